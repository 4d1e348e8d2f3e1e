import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * Opaque keyset cursors: the sort key of the last item of a page, so the next
 * page starts right after it with an index range scan (never an OFFSET).
 *
 * A cursor only says where to resume, so it carries no secret and is not
 * signed; it is decoded strictly, and anything that is not a cursor we issued
 * for the same list (edited, truncated, from another sort or thread) is a 400.
 */

const SORTS = ["hot", "newest", "oldest"] as const;
export type ThreadSort = (typeof SORTS)[number];

/** Where a page of threads ended: the last root's sort key. */
export type ThreadCursor = { sort: ThreadSort; scope: string; likeCount: number; createdAt: Date; id: string };

/** Where a page of notifications ended (newest first). */
export type NotificationCursor = { createdAt: Date; id: string };

const MAX_INT4 = 2_147_483_647;
// Prisma's cuid() ids; a bound keeps decoded values from reaching the database as junk.
const Id = z.string().regex(/^[a-z0-9]{1,40}$/);
const Instant = z.iso.datetime();

const ThreadPayload = z.strictObject({
  t: z.literal("thread"),
  sort: z.enum(SORTS),
  scope: z.string().min(1).max(200),
  likes: z.number().int().min(0).max(MAX_INT4),
  at: Instant,
  id: Id,
});

const NotificationPayload = z.strictObject({ t: z.literal("notification"), at: Instant, id: Id });

function encode(payload: object): string {
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

function decode<T extends z.ZodType>(schema: T, raw: string): z.infer<T> {
  const invalid = () => new AppError("bad_request", "The cursor is not valid for this list; start again without it.");
  if (!/^[A-Za-z0-9_-]{1,500}$/.test(raw)) throw invalid();
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalid();
  // Re-encoding must give back the same text: rejects extra bits and padding tricks.
  if (encode(parsed.data as object) !== raw) throw invalid();
  return parsed.data;
}

export function encodeThreadCursor(cursor: ThreadCursor): string {
  return encode({
    t: "thread",
    sort: cursor.sort,
    scope: cursor.scope,
    likes: cursor.likeCount,
    at: cursor.createdAt.toISOString(),
    id: cursor.id,
  });
}

/** The cursor, which must have been issued for the same sort and thread list (`scope`). */
export function decodeThreadCursor(raw: string, expected: { sort: ThreadSort; scope: string }): ThreadCursor {
  const payload = decode(ThreadPayload, raw);
  if (payload.sort !== expected.sort || payload.scope !== expected.scope) {
    throw new AppError("bad_request", "The cursor belongs to another list; start again without it.");
  }
  return { sort: payload.sort, scope: payload.scope, likeCount: payload.likes, createdAt: new Date(payload.at), id: payload.id };
}

export function encodeNotificationCursor(cursor: NotificationCursor): string {
  return encode({ t: "notification", at: cursor.createdAt.toISOString(), id: cursor.id });
}

export function decodeNotificationCursor(raw: string): NotificationCursor {
  const payload = decode(NotificationPayload, raw);
  return { createdAt: new Date(payload.at), id: payload.id };
}

/** Where a page of a newest-first list ended; `list` names the list (a queue tab, a user's comments). */
export type ListCursor = { createdAt: Date; id: string };

const ListPayload = z.strictObject({ t: z.literal("list"), list: z.string().min(1).max(200), at: Instant, id: Id });

export function encodeListCursor(list: string, cursor: ListCursor): string {
  return encode({ t: "list", list, at: cursor.createdAt.toISOString(), id: cursor.id });
}

/** The cursor, which must have been issued for the same list. */
export function decodeListCursor(raw: string, list: string): ListCursor {
  const payload = decode(ListPayload, raw);
  if (payload.list !== list) throw new AppError("bad_request", "The cursor belongs to another list; start again without it.");
  return { createdAt: new Date(payload.at), id: payload.id };
}
