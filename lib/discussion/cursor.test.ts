import { describe, expect, it } from "vitest";
import {
  decodeNotificationCursor,
  decodeThreadCursor,
  encodeNotificationCursor,
  encodeThreadCursor,
  type ThreadCursor,
} from "@/lib/discussion/cursor";
import { AppError } from "@/lib/errors";

const cursor: ThreadCursor = {
  sort: "hot",
  scope: "b-3f9a2c1d",
  likeCount: 7,
  createdAt: new Date("2026-11-29T10:12:29.123Z"),
  id: "cmigx0abc0000xyz12345678",
};

function expectBadRequest(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("bad_request");
    return;
  }
  throw new Error("expected a bad_request AppError");
}

describe("thread cursors", () => {
  it("round-trips the sort key, including milliseconds", () => {
    const raw = encodeThreadCursor(cursor);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeThreadCursor(raw, { sort: "hot", scope: "b-3f9a2c1d" })).toEqual(cursor);
  });

  it("refuses a cursor issued for another sort or another thread list", () => {
    const raw = encodeThreadCursor(cursor);
    expectBadRequest(() => decodeThreadCursor(raw, { sort: "newest", scope: "b-3f9a2c1d" }));
    expectBadRequest(() => decodeThreadCursor(raw, { sort: "hot", scope: "article" }));
  });

  it("refuses tampered, truncated and foreign text", () => {
    const raw = encodeThreadCursor(cursor);
    const flipped = `${raw.slice(0, 10)}${raw[10] === "A" ? "B" : "A"}${raw.slice(11)}`;
    for (const bad of [flipped, raw.slice(0, -3), `${raw}==`, "", "not a cursor!", "e30", encodeNotificationCursor(cursor)]) {
      expectBadRequest(() => decodeThreadCursor(bad, { sort: "hot", scope: "b-3f9a2c1d" }));
    }
  });

  it("refuses well-formed JSON whose values are out of range", () => {
    const forge = (payload: object) => Buffer.from(JSON.stringify(payload)).toString("base64url");
    const base = { t: "thread", sort: "hot", scope: "article", likes: 1, at: "2026-11-29T10:12:29.123Z", id: "abc" };
    expect(decodeThreadCursor(forge(base), { sort: "hot", scope: "article" }).likeCount).toBe(1);
    for (const payload of [
      { ...base, likes: -1 },
      { ...base, likes: 1.5 },
      { ...base, likes: 2 ** 31 },
      { ...base, at: "yesterday" },
      { ...base, id: "'; DROP TABLE \"Comment\"; --" },
      { ...base, extra: true },
    ]) {
      expectBadRequest(() => decodeThreadCursor(forge(payload), { sort: "hot", scope: "article" }));
    }
  });
});

describe("notification cursors", () => {
  it("round-trips and refuses thread cursors", () => {
    const at = { createdAt: new Date("2026-01-02T03:04:05.006Z"), id: "cnotif0001" };
    expect(decodeNotificationCursor(encodeNotificationCursor(at))).toEqual(at);
    expectBadRequest(() => decodeNotificationCursor(encodeThreadCursor(cursor)));
  });
});
