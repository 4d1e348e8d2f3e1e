"use client";

import { ThreadView } from "@/components/discussion/thread-view";

/** The discussion of the whole article (anchor null, ?thread=article), inline below it. */
export function ArticleDiscussion() {
  return <ThreadView source={{ kind: "block", anchor: null }} withIdentity lazy />;
}
