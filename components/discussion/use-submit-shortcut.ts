"use client";

import { useRef, type KeyboardEvent } from "react";

/**
 * Ctrl/Cmd+Enter submits; plain Enter stays a newline. Nothing submits while an
 * IME composition is open: the Enter that confirms a 拼音 candidate must not post.
 */
export function useSubmitShortcut(submit: () => void) {
  const composing = useRef(false);
  return {
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: () => {
      composing.current = false;
    },
    onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => {
      // Safari ends the composition before the confirming keydown; keyCode 229 still marks it.
      const imeBusy = composing.current || event.nativeEvent.isComposing || event.keyCode === 229;
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !imeBusy) {
        event.preventDefault();
        submit();
      }
    },
  };
}
