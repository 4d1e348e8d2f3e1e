import type { CommentDto } from "@/lib/api/comment-schemas";

/** Replies shown under a root: level 1 and level 2 are indented; nothing goes deeper. */
export type ReplyNode = {
  comment: CommentDto;
  /** Set when the reply answers someone on the last visible level, so the nesting alone cannot say whom. */
  replyToName: string | null;
  children: ReplyNode[];
};

/**
 * Arranges a root's replies (any order) into at most two indented levels.
 * Answers to level-2 comments stay on level 2 and name whom they answer
 * ("回复 @name"): the server files them beside the comment they answer with
 * `replyTo` set; should one point at a level-2 parent instead, it follows that
 * parent. A reply whose parent is missing hangs from the root.
 */
export function layoutReplies(rootId: string, replies: readonly CommentDto[]): ReplyNode[] {
  const ordered = [...replies].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const byId = new Map(ordered.map((reply) => [reply.id, reply]));
  const children = new Map<string, CommentDto[]>();
  for (const reply of ordered) {
    // An orphan hangs from the root, so it is still shown.
    const parent = reply.parentId !== null && (reply.parentId === rootId || byId.has(reply.parentId)) ? reply.parentId : rootId;
    children.set(parent, [...(children.get(parent) ?? []), reply]);
  }

  // Everything below a level-2 comment, conversation by conversation, on level 2.
  const deeper = (parent: CommentDto): ReplyNode[] =>
    (children.get(parent.id) ?? []).flatMap((reply) => [
      { comment: reply, replyToName: reply.replyTo?.name ?? parent.author.name, children: [] },
      ...deeper(reply),
    ]);

  return (children.get(rootId) ?? []).map((first) => ({
    comment: first,
    replyToName: null,
    // The server files an answer to a level-2 comment beside it (same parent) with replyTo set.
    children: (children.get(first.id) ?? []).flatMap((second) => [
      { comment: second, replyToName: second.replyTo?.name ?? null, children: [] },
      ...deeper(second),
    ]),
  }));
}
