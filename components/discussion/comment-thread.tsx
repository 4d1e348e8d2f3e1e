"use client";

import { useMemo } from "react";
import type { ThreadDto } from "@/lib/api/comment-schemas";
import { CommentView } from "@/components/discussion/comment-view";
import { layoutReplies, type ReplyNode } from "@/components/discussion/reply-layout";
import { ThreadLockedContext } from "@/components/discussion/thread-lock";

function Replies({ nodes, level }: { nodes: ReplyNode[]; level: 1 | 2 }) {
  if (nodes.length === 0) return null;
  return (
    <ol className="mt-3 space-y-4 border-l border-black/10 pl-3 sm:pl-4">
      {nodes.map((node) => (
        <li key={node.comment.id}>
          <CommentView comment={node.comment} replyToName={node.replyToName} level={level}>
            {level === 1 && <Replies nodes={node.children} level={2} />}
          </CommentView>
        </li>
      ))}
    </ol>
  );
}

/** A root comment and its replies, indented two levels deep at most. */
export function CommentThread({ thread }: { thread: ThreadDto }) {
  const nodes = useMemo(() => layoutReplies(thread.id, thread.replies), [thread.id, thread.replies]);
  return (
    <ThreadLockedContext value={thread.locked}>
      <CommentView comment={thread} replyToName={null} level={0}>
        <Replies nodes={nodes} level={1} />
      </CommentView>
    </ThreadLockedContext>
  );
}
