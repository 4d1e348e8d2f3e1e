import type { CommentCountsDto, CommentDto, CommentSort, NotificationPageDto, ThreadPageDto } from "@/lib/api/comment-schemas";

/** A failed call, in the API's error shape; `network` when no answer came at all. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly fields?: Record<string, string[]>,
    /** What a client words itself: the wait of a rate limit, the blocked words, a suspension's end and reason. */
    readonly details?: { retryAfterSeconds?: number; words?: string[]; suspendedUntil?: string; reason?: string },
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type ErrorShape = { error?: { code?: unknown; message?: unknown; fields?: unknown; details?: unknown } };

/** One JSON call to the API; failures throw ApiError. */
export async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: "application/json", ...(init.body ? { "Content-Type": "application/json" } : {}), ...init.headers },
      cache: "no-store",
    });
  } catch {
    throw new ApiError("network", "", 0);
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = (body as ErrorShape | null)?.error;
    throw new ApiError(
      typeof error?.code === "string" ? error.code : "internal",
      typeof error?.message === "string" ? error.message : "",
      response.status,
      error?.fields && typeof error.fields === "object" ? (error.fields as Record<string, string[]>) : undefined,
      error?.details && typeof error.details === "object" ? (error.details as ApiError["details"]) : undefined,
    );
  }
  return body as T;
}

const articleBase = (slug: string) => `/api/v1/articles/${encodeURIComponent(slug)}`;
const commentBase = (id: string) => `/api/v1/comments/${encodeURIComponent(id)}`;

/** `anchor` null is the article-wide discussion (`article` on the wire). */
export function fetchThreads(slug: string, anchor: string | null, sort: CommentSort, cursor: string | null, signal?: AbortSignal) {
  const query = new URLSearchParams({ anchor: anchor ?? "article", sort });
  if (cursor) query.set("cursor", cursor);
  return call<ThreadPageDto>(`${articleBase(slug)}/comments?${query}`, { signal });
}

export function fetchCounts(slug: string) {
  return call<CommentCountsDto>(`${articleBase(slug)}/comment-counts`);
}

export function createComment(slug: string, input: { anchor: string | null; parentId?: string; body: string; idempotencyKey: string }) {
  return call<CommentDto>(`${articleBase(slug)}/comments`, {
    method: "POST",
    body: JSON.stringify(input),
    headers: { "Idempotency-Key": input.idempotencyKey },
  });
}

export function updateComment(id: string, body: string) {
  return call<CommentDto>(commentBase(id), { method: "PATCH", body: JSON.stringify({ body }) });
}

export function deleteComment(id: string) {
  return call<unknown>(commentBase(id), { method: "DELETE" });
}

export function setLiked(id: string, liked: boolean) {
  return call<{ likeCount: number; likedByMe: boolean }>(`${commentBase(id)}/like`, { method: liked ? "PUT" : "DELETE" });
}

export function fetchUnreadCount() {
  return call<{ unread: number }>("/api/v1/notifications/unread-count");
}

export function fetchNotifications(cursor: string | null) {
  const query = cursor ? `?${new URLSearchParams({ cursor })}` : "";
  return call<NotificationPageDto>(`/api/v1/notifications${query}`);
}

/** Marks the given notifications (or all) read; answers with what is still unread. */
export function markNotificationsRead(target: { ids: string[] } | { all: true }, options: { keepalive?: boolean } = {}) {
  return call<{ unread: number }>("/api/v1/notifications/read", { method: "POST", body: JSON.stringify(target), keepalive: options.keepalive });
}
