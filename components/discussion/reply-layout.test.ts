import { describe, expect, it } from "vitest";
import type { CommentDto } from "@/lib/api/comment-schemas";
import { layoutReplies, type ReplyNode } from "./reply-layout";

const person = (name: string) => ({ id: `u-${name}`, name, image: null });

function reply(id: string, parentId: string, depth: number, minute: number, author: string, replyTo: string | null = null): CommentDto {
  return {
    id,
    anchor: null,
    highlightId: null,
    parentId,
    rootId: "root",
    depth,
    replyTo: replyTo ? person(replyTo) : null,
    author: person(author),
    body: id,
    status: "published",
    moderationReason: null,
    likeCount: 0,
    likedByMe: false,
    replyCount: 0,
    editedAt: null,
    createdAt: `2026-11-29T10:${String(minute).padStart(2, "0")}:00.000Z`,
    pinned: false,
    locked: false,
    canEdit: false,
    canDelete: false,
  };
}

const shape = (nodes: ReplyNode[]): unknown => nodes.map((n) => [n.comment.id, n.replyToName, ...(n.children.length ? [shape(n.children)] : [])]);

describe("layoutReplies", () => {
  it("nests two levels; answers to level 2 stay there and name whom they answer", () => {
    // As the server stores them: an answer to a level-2 comment shares its parent and has replyTo.
    const replies = [
      reply("d4", "b1", 2, 5, "丁", "甲"),
      reply("b1", "root", 1, 1, "乙"),
      reply("c2", "b1", 2, 2, "丙"),
      reply("d3", "b1", 2, 3, "甲", "丙"),
      reply("b2", "root", 1, 6, "己"),
    ];
    expect(shape(layoutReplies("root", replies))).toEqual([
      ["b1", null, [["c2", null], ["d3", "丙"], ["d4", "甲"]]],
      ["b2", null],
    ]);
  });

  it("keeps a reply filed under a level-2 comment on level 2, after it", () => {
    const replies = [reply("b1", "root", 1, 1, "乙"), reply("c2", "b1", 2, 2, "丙"), reply("e2", "b1", 2, 4, "戊"), reply("d3", "c2", 2, 3, "甲")];
    expect(shape(layoutReplies("root", replies))).toEqual([["b1", null, [["c2", null], ["d3", "丙"], ["e2", null]]]]);
  });

  it("still shows a reply whose parent is gone", () => {
    expect(shape(layoutReplies("root", [reply("x", "vanished", 2, 1, "乙", "丙")]))).toEqual([["x", null]]);
  });
});
