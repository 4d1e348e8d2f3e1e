"use client";

import { Component, type ReactNode } from "react";

type Props = { fallback: ReactNode; children: ReactNode };

/**
 * Catches a comment body that fails to render in the browser, so one bad body
 * shows its fallback instead of taking the whole thread (or moderation list)
 * down to the error page. Keyed by body where used, so an edit tries again.
 */
export class CommentBodyBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
