import { describe, expect, it } from "vitest";
import { compileWordFilter } from "@/lib/moderation/word-filter";
import { containsLink, duplicateForm, screeningVerdict, wordHits, type HoldInput } from "@/lib/moderation/screening-rules";

describe("containsLink", () => {
  it.each([
    "看这里 https://example.com/x",
    "HTTP://EXAMPLE.COM",
    "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ",
    "www.example.org 有好东西",
    "加我 spam-shop.cn 领取",
    "访问example。com",
    "exam\u200Bple.com",
    "(see foo.io)",
    "链接:t.cn/abc",
    "中文域名.com 也算",
  ])("finds a link in %j", (text) => {
    expect(containsLink(text)).toBe(true);
  });

  it.each([
    "这篇文章写得很好。",
    "Node.js 和 e.g. 之类的写法",
    "email me at someone@example.com",
    "版本 1.2.3 发布",
    "the U.S. board",
    "comment.commentary",
  ])("finds none in %j", (text) => {
    expect(containsLink(text)).toBe(false);
  });
});

describe("duplicateForm", () => {
  it("treats spacing, width and case variants as the same text", () => {
    expect(duplicateForm("  好文章！ Great  POST ")).toBe(duplicateForm("好文章! great post"));
    expect(duplicateForm("好\u200B文章")).toBe(duplicateForm("好文章"));
    expect(duplicateForm("好文章")).not.toBe(duplicateForm("好文章。"));
  });
});

describe("wordHits", () => {
  it("lists each blocked and suspect entry once, as the list has it", () => {
    const filter = compileWordFilter({ blocked: ["傻逼", "Scam"], suspect: ["加微信"] });
    expect(wordHits(filter.scan("傻逼，加微信，傻 逼，SCAM"))).toEqual({ blocked: ["傻逼", "Scam"], suspect: ["加微信"] });
    expect(wordHits(filter.scan("好文章"))).toEqual({ blocked: [], suspect: [] });
  });
});

describe("screeningVerdict", () => {
  const base: HoldInput = {
    settings: { preModeration: "OFF", holdLinksFromNewUsers: true },
    isNewUser: false,
    isStaff: false,
    suspectTerms: [],
    hasLink: false,
    isEdit: false,
  };
  const verdict = (changes: Partial<HoldInput>) => screeningVerdict({ ...base, ...changes });

  it("publishes when nothing calls for review", () => {
    expect(verdict({})).toEqual({ status: "PUBLISHED" });
    expect(verdict({ hasLink: true })).toEqual({ status: "PUBLISHED" });
    expect(verdict({ isNewUser: true })).toEqual({ status: "PUBLISHED" });
  });

  it("holds suspect words, for everyone", () => {
    expect(verdict({ suspectTerms: ["加微信"], isStaff: true })).toEqual({ status: "PENDING", moderationFlags: [{ kind: "suspect_word", terms: ["加微信"] }] });
  });

  it("holds new users' comments under NEW_USERS and everyone's under EVERYONE, but not staff or edits", () => {
    const newUsers = { preModeration: "NEW_USERS" as const, holdLinksFromNewUsers: false };
    expect(verdict({ settings: newUsers, isNewUser: true })).toEqual({ status: "PENDING", moderationFlags: [{ kind: "pre_moderation", rule: "NEW_USERS" }] });
    expect(verdict({ settings: newUsers, isNewUser: false })).toEqual({ status: "PUBLISHED" });
    const everyone = { preModeration: "EVERYONE" as const, holdLinksFromNewUsers: false };
    expect(verdict({ settings: everyone })).toEqual({ status: "PENDING", moderationFlags: [{ kind: "pre_moderation", rule: "EVERYONE" }] });
    expect(verdict({ settings: everyone, isStaff: true })).toEqual({ status: "PUBLISHED" });
    expect(verdict({ settings: everyone, isEdit: true })).toEqual({ status: "PUBLISHED" });
  });

  it("holds links from new users when the setting says so, on edits too", () => {
    expect(verdict({ isNewUser: true, hasLink: true })).toEqual({ status: "PENDING", moderationFlags: [{ kind: "link_from_new_user" }] });
    expect(verdict({ isNewUser: true, hasLink: true, isEdit: true })).toEqual({ status: "PENDING", moderationFlags: [{ kind: "link_from_new_user" }] });
    expect(verdict({ isNewUser: true, hasLink: true, isStaff: true })).toEqual({ status: "PUBLISHED" });
    expect(verdict({ isNewUser: true, hasLink: true, settings: { preModeration: "OFF", holdLinksFromNewUsers: false } })).toEqual({ status: "PUBLISHED" });
  });

  it("gives every reason at once", () => {
    expect(verdict({ settings: { preModeration: "NEW_USERS", holdLinksFromNewUsers: true }, isNewUser: true, hasLink: true, suspectTerms: ["a", "b"] })).toEqual({
      status: "PENDING",
      moderationFlags: [{ kind: "suspect_word", terms: ["a", "b"] }, { kind: "pre_moderation", rule: "NEW_USERS" }, { kind: "link_from_new_user" }],
    });
  });
});
