import { describe, expect, it } from "vitest";
import { activeMention, insertMention, matchParticipants } from "./mention-query";

describe("activeMention", () => {
  it("finds the @query the caret is in, after CJK text too", () => {
    expect(activeMention("同意@小", 4)).toEqual({ start: 2, query: "小" });
    expect(activeMention("@", 1)).toEqual({ start: 0, query: "" });
    expect(activeMention("hi @Al and", 6)).toEqual({ start: 3, query: "Al" });
  });

  it("is not fooled by e-mail addresses, finished mentions or long runs", () => {
    expect(activeMention("mail me at a@b.c", 16)).toBeNull();
    expect(activeMention("@小明 你好", 6)).toBeNull();
    expect(activeMention(`@${"字".repeat(31)}`, 32)).toBeNull();
    expect(activeMention("没有", 2)).toBeNull();
  });
});

describe("matchParticipants", () => {
  const people = [{ name: "Alice" }, { name: "Malik" }, { name: "小明" }, { name: "明月" }];
  it("matches case-insensitively, prefixes first", () => {
    expect(matchParticipants(people, "ali").map((p) => p.name)).toEqual(["Alice", "Malik"]);
    expect(matchParticipants(people, "明").map((p) => p.name)).toEqual(["明月", "小明"]);
    expect(matchParticipants(people, "")).toHaveLength(4);
    expect(matchParticipants(people, "", 2)).toHaveLength(2);
  });
});

describe("insertMention", () => {
  it("replaces the query with the name and a space, caret after it", () => {
    const text = "同意@小 后面";
    const mention = activeMention(text, 4);
    if (!mention) throw new Error("no mention");
    expect(insertMention(text, 4, mention, "小明")).toEqual({ text: "同意@小明 后面", caret: 6 });
  });
});
