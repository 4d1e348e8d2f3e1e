import { describe, expect, it } from "vitest";
import { compareEventIds } from "@/lib/realtime/article-event-types";
import { articleEventsUrl, createEventCursor } from "@/lib/realtime/event-cursor";

describe("event cursor", () => {
  it("applies each id once and only moving forward", () => {
    const cursor = createEventCursor();
    cursor.start("7");
    expect(cursor.accept("7")).toBe(false);
    expect(cursor.accept("8")).toBe(true);
    expect(cursor.accept("8")).toBe(false);
    expect(cursor.accept("5")).toBe(false);
    expect(cursor.accept("10")).toBe(true);
    expect(cursor.lastId).toBe("10");
  });

  it("compares ids as numbers, not strings", () => {
    const cursor = createEventCursor("9");
    expect(cursor.accept("10")).toBe(true);
    expect(compareEventIds("9", "10")).toBe(-1);
    expect(compareEventIds("9007199254740993", "9007199254740992")).toBe(1);
  });

  it("keeps its place when a resumed stream opens at an older id", () => {
    const cursor = createEventCursor("20");
    cursor.start("15");
    expect(cursor.lastId).toBe("20");
    expect(cursor.accept("18")).toBe(false);
  });

  it("follows a resync even backwards (the server's log was reset)", () => {
    const cursor = createEventCursor("500");
    cursor.reset("3");
    expect(cursor.accept("4")).toBe(true);
  });

  it("accepts the first event when it has no position yet, and ignores malformed ids", () => {
    const cursor = createEventCursor();
    expect(cursor.accept("")).toBe(false);
    expect(cursor.accept("12abc")).toBe(false);
    expect(cursor.accept("1")).toBe(true);
  });

  it("builds the stream address, resuming with ?lastEventId=", () => {
    expect(articleEventsUrl("openai-board-reversal", null)).toBe("/api/v1/articles/openai-board-reversal/events");
    expect(articleEventsUrl("openai-board-reversal", "41")).toBe("/api/v1/articles/openai-board-reversal/events?lastEventId=41");
  });
});
