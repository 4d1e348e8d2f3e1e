"use client";

import { useTranslations } from "next-intl";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";
import { PanelDialog } from "@/components/discussion/thread-panel";
import { ThreadView } from "@/components/discussion/thread-view";
import { useHighlights } from "@/components/highlights/highlight-provider";

/** A note's discussion in the thread panel, when ?thread=note-<id> names one; it quotes the highlighted passage. */
export function NotePanel() {
  const t = useTranslations("highlights.panel");
  const { openNoteId, closeThread } = useRequiredDiscussion();
  const { highlights } = useHighlights();
  if (!openNoteId) return null;
  const highlight = highlights.find((item) => item.id === openNoteId);
  return (
    <PanelDialog
      key={openNoteId}
      id={`note-${openNoteId}`}
      title={highlight ? t("title", { name: highlight.owner.name }) : t("titleUnknown")}
      quote={highlight?.exact ?? ""}
      scrollTo={() => (highlight ? document.getElementById(highlight.startAnchor) : null)}
      onClose={closeThread}
    >
      <ThreadView
        source={{ kind: "note", highlightId: openNoteId }}
        closedNotice={highlight?.isMine && highlight.visibility === "private" ? t("privateNote") : undefined}
      />
    </PanelDialog>
  );
}
