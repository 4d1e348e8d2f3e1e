import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions";

const people = [
  { id: "1", name: "小明" },
  { id: "2", name: "小明同学" },
  { id: "3", name: "Ada Lovelace" },
  { id: "4", name: "" },
];

describe("findMentions", () => {
  it("finds CJK and spaced names, longest first", () => {
    expect(findMentions("@小明同学 你好,@Ada Lovelace 也来看看", people)).toEqual(["2", "3"]);
    expect(findMentions("@小明 你好", people)).toEqual(["1"]);
  });

  it("ignores unknown names, bare @ and duplicates", () => {
    expect(findMentions("@nobody @ @小明 @小明", people)).toEqual(["1"]);
    expect(findMentions("邮件 a@b.com", people)).toEqual([]);
  });
});
