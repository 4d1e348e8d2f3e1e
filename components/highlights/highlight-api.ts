import type { CommentDto, ThreadPageDto } from "@/lib/api/comment-schemas";
import type { ArticleHighlightsDto, HighlightDto, MyHighlightPageDto } from "@/lib/api/highlight-schemas";
import type { HighlightVisibility } from "@/components/highlights/highlight-visibility";
import type { HighlightSelectors } from "@/lib/anchoring/types";
import { call } from "@/components/discussion/api-client";

const articleBase = (slug: string) => `/api/v1/articles/${encodeURIComponent(slug)}`;
const highlightBase = (id: string) => `/api/v1/highlights/${encodeURIComponent(id)}`;

export function fetchHighlights(slug: string, signal?: AbortSignal) {
  return call<ArticleHighlightsDto>(`${articleBase(slug)}/highlights`, { signal });
}

export function createHighlight(
  slug: string,
  input: { selectors: HighlightSelectors; visibility: HighlightVisibility; note?: string; idempotencyKey: string },
) {
  const { quote, position } = input.selectors;
  return call<HighlightDto>(`${articleBase(slug)}/highlights`, {
    method: "POST",
    body: JSON.stringify({ selectors: [quote, position], visibility: input.visibility, note: input.note, idempotencyKey: input.idempotencyKey }),
    headers: { "Idempotency-Key": input.idempotencyKey },
  });
}

export function updateHighlight(id: string, change: { visibility?: HighlightVisibility; note?: string | null }) {
  return call<HighlightDto>(highlightBase(id), { method: "PATCH", body: JSON.stringify(change) });
}

export function deleteHighlight(id: string) {
  return call<unknown>(highlightBase(id), { method: "DELETE" });
}

/** The note's discussion: its root (the note) with the replies. */
export function fetchNoteThread(id: string, cursor: string | null, signal?: AbortSignal) {
  const query = cursor ? `?${new URLSearchParams({ cursor })}` : "";
  return call<ThreadPageDto>(`${highlightBase(id)}/comments${query}`, { signal });
}

export function replyToNote(id: string, input: { body: string; parentId?: string; idempotencyKey: string }) {
  return call<CommentDto>(`${highlightBase(id)}/comments`, {
    method: "POST",
    body: JSON.stringify(input),
    headers: { "Idempotency-Key": input.idempotencyKey },
  });
}

export function fetchMyHighlights(cursor: string | null) {
  const query = cursor ? `?${new URLSearchParams({ cursor })}` : "";
  return call<MyHighlightPageDto>(`/api/v1/me/highlights${query}`);
}
