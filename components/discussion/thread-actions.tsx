"use client";

import { createContext, use } from "react";
import type { Participant } from "@/components/discussion/composer-field";
import type { ThreadController } from "@/components/discussion/use-thread";

/** What the comments of one open discussion share: its mutations, its participants, where drafts are kept. */
export type ThreadActions = {
  anchor: string | null;
  controller: ThreadController;
  participants: readonly Participant[];
  /** The sessionStorage key of a draft: one per discussion, and one per comment being answered. */
  draftKey: (parentId: string | null) => string;
  /** After a deletion the focused control is gone: focus the placeholder left behind, or the thread. */
  refocusAfterRemoval: (id: string) => void;
};

export const ThreadActionsContext = createContext<ThreadActions | null>(null);

export function useThreadActions(): ThreadActions {
  const value = use(ThreadActionsContext);
  if (!value) throw new Error("useThreadActions outside a ThreadView");
  return value;
}
