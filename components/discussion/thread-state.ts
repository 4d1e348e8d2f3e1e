import type { CommentDto, ThreadDto, ThreadPageDto } from "@/lib/api/comment-schemas";

/**
 * Pure updates of a loaded thread list. Every update is keyed by comment id, so
 * applying the same change twice (our own POST answer, then its live event)
 * leaves one comment, not two.
 */

export type Placement = "top" | "bottom" | "skip";

/** Fields that depend on who is looking; a broadcast event cannot know them. */
type ViewerFields = Pick<CommentDto, "likedByMe" | "canEdit" | "canDelete" | "moderationReason">;

function viewerFields(existing: CommentDto | undefined, incoming: CommentDto, viewerId: string | null): ViewerFields {
  if (existing) {
    return {
      likedByMe: existing.likedByMe,
      canEdit: existing.canEdit && incoming.status !== "deleted",
      canDelete: existing.canDelete && incoming.status !== "deleted",
      moderationReason: existing.moderationReason,
    };
  }
  const own = viewerId !== null && incoming.author.id === viewerId && incoming.status !== "deleted";
  return { likedByMe: false, canEdit: own, canDelete: own, moderationReason: null };
}

/** The comment as the viewer should see it: a live event keeps what only the viewer's own answers know. */
export function mergeComment(existing: CommentDto | undefined, incoming: CommentDto, source: "own" | "event", viewerId: string | null): CommentDto {
  if (source === "own") return incoming;
  return { ...incoming, ...viewerFields(existing, incoming, viewerId) };
}

function toThread(comment: CommentDto, replies: CommentDto[] = []): ThreadDto {
  return { ...comment, replies };
}

function byCreatedAt(a: CommentDto, b: CommentDto): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** Adds a page from the API; threads already shown (say, a live arrival) are not repeated. */
export function appendPage(threads: readonly ThreadDto[], page: ThreadPageDto): ThreadDto[] {
  const seen = new Set(threads.map((thread) => thread.id));
  return [...threads, ...page.threads.filter((thread) => !seen.has(thread.id))];
}

export function findComment(threads: readonly ThreadDto[], id: string): CommentDto | undefined {
  for (const thread of threads) {
    if (thread.id === id) return thread;
    const reply = thread.replies.find((candidate) => candidate.id === id);
    if (reply) return reply;
  }
  return undefined;
}

/**
 * Inserts or updates a comment. A new root goes where `placement` says; a new
 * reply joins its root (in time order) and bumps the root's reply count. A
 * reply whose root is not loaded is left for the root's own load.
 */
export function upsertComment(
  threads: readonly ThreadDto[],
  incoming: CommentDto,
  options: { source: "own" | "event"; viewerId: string | null; placement: Placement },
): ThreadDto[] {
  const { source, viewerId } = options;
  if (incoming.parentId === null) {
    const index = threads.findIndex((thread) => thread.id === incoming.id);
    if (index >= 0) {
      const existing = threads[index]!;
      const next = [...threads];
      next[index] = toThread(mergeComment(existing, incoming, source, viewerId), existing.replies);
      return next;
    }
    // A hidden or pending comment announced live is not for this reader's list.
    if (source === "event" && incoming.status !== "published") return [...threads];
    const thread = toThread(mergeComment(undefined, incoming, source, viewerId));
    if (options.placement === "skip") return [...threads];
    return options.placement === "top" ? [thread, ...threads] : [...threads, thread];
  }
  return threads.map((thread) => {
    if (thread.id !== incoming.rootId) return thread;
    const at = thread.replies.findIndex((reply) => reply.id === incoming.id);
    if (at >= 0) {
      const replies = [...thread.replies];
      replies[at] = mergeComment(thread.replies[at], incoming, source, viewerId);
      return { ...thread, replies };
    }
    if (source === "event" && incoming.status !== "published") return thread;
    // Like the server, each ancestor (the parent and the root) counts the replies below it.
    const replies = [...thread.replies.map((reply) => countReply(reply, incoming.parentId, 1)), mergeComment(undefined, incoming, source, viewerId)].sort(byCreatedAt);
    return { ...thread, replies, replyCount: thread.replyCount + 1 };
  });
}

function countReply(comment: CommentDto, parentId: string | null, delta: 1 | -1): CommentDto {
  return comment.id === parentId ? { ...comment, replyCount: Math.max(0, comment.replyCount + delta) } : comment;
}

/**
 * A deletion: with replies below it the comment stays as a placeholder without
 * its body; otherwise it leaves the list (a root takes its thread with it).
 */
export function removeComment(
  threads: readonly ThreadDto[],
  removal: { id: string; rootId: string; keepsPlaceholder: boolean },
): ThreadDto[] {
  const { id, rootId, keepsPlaceholder } = removal;
  const placeholder = (comment: CommentDto): CommentDto => ({
    ...comment,
    body: null,
    status: "deleted",
    canEdit: false,
    canDelete: false,
    likedByMe: false,
  });
  if (id === rootId) {
    if (!keepsPlaceholder) return threads.filter((thread) => thread.id !== id);
    return threads.map((thread) => (thread.id === id ? { ...placeholder(thread), replies: thread.replies } : thread));
  }
  return threads.map((thread) => {
    if (thread.id !== rootId) return thread;
    if (keepsPlaceholder) return { ...thread, replies: thread.replies.map((reply) => (reply.id === id ? placeholder(reply) : reply)) };
    const removed = thread.replies.find((reply) => reply.id === id);
    if (!removed) return thread;
    const replies = thread.replies.filter((reply) => reply.id !== id).map((reply) => countReply(reply, removed.parentId, -1));
    return { ...thread, replies, replyCount: Math.max(0, thread.replyCount - 1) };
  });
}

/** New like figures for one comment; `likedByMe` only when this viewer's own toggle knows it. */
export function setLikes(threads: readonly ThreadDto[], id: string, likes: { likeCount: number; likedByMe?: boolean }): ThreadDto[] {
  const patch = (comment: CommentDto): CommentDto =>
    comment.id === id ? { ...comment, likeCount: likes.likeCount, likedByMe: likes.likedByMe ?? comment.likedByMe } : comment;
  return threads.map((thread) => {
    const root = patch(thread);
    const replies = thread.replies.some((reply) => reply.id === id) ? thread.replies.map(patch) : thread.replies;
    return root === thread && replies === thread.replies ? thread : { ...root, replies };
  });
}

/** Everyone who wrote in these threads, first appearance first: the @mention candidates. */
export function participants(threads: readonly ThreadDto[], exceptId: string | null): CommentDto["author"][] {
  const seen = new Map<string, CommentDto["author"]>();
  for (const thread of threads) {
    for (const comment of [thread, ...thread.replies]) {
      if (comment.author.id !== exceptId && !seen.has(comment.author.id)) seen.set(comment.author.id, comment.author);
    }
  }
  return [...seen.values()];
}

/**
 * A comment as a live event announces it. One that moderation held or removed
 * leaves other readers' lists like a deletion does (a placeholder while
 * replies hang from it); its author keeps seeing it, with its status.
 */
export function applyLiveComment(threads: readonly ThreadDto[], incoming: CommentDto, options: { viewerId: string | null; placement: Placement }): ThreadDto[] {
  const withdrawn = incoming.status !== "published" && incoming.status !== "deleted" && incoming.author.id !== options.viewerId;
  if (withdrawn) return removeComment(threads, { id: incoming.id, rootId: incoming.rootId, keepsPlaceholder: incoming.replyCount > 0 });
  return upsertComment(threads, incoming, { source: "event", ...options });
}
