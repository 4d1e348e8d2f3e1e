import { describe, expect, it } from "vitest";
import { checkDisplayName, displayNameFromProvider } from "@/lib/auth/display-name";

describe("checkDisplayName", () => {
  it("accepts and trims ordinary names, including full-width spaces around them", () => {
    expect(checkDisplayName("  林小舟 ")).toEqual({ ok: true, name: "林小舟" });
    expect(checkDisplayName("\u3000Ada Lovelace\u3000")).toEqual({ ok: true, name: "Ada Lovelace" });
  });

  it("normalises to NFC", () => {
    expect(checkDisplayName("Cafe\u0301")).toEqual({ ok: true, name: "Caf\u00e9" });
  });

  it("refuses names that are empty after trimming", () => {
    expect(checkDisplayName("")).toEqual({ ok: false, problem: "empty" });
    expect(checkDisplayName(" \t\u3000 ")).toEqual({ ok: false, problem: "empty" });
  });

  it("counts code points: 30 characters outside the BMP fit, 31 do not", () => {
    expect(checkDisplayName("𠮷".repeat(30))).toEqual({ ok: true, name: "𠮷".repeat(30) });
    expect(checkDisplayName("😀".repeat(30))).toMatchObject({ ok: true });
    expect(checkDisplayName("字".repeat(31))).toEqual({ ok: false, problem: "too_long" });
    expect(checkDisplayName("a".repeat(31))).toEqual({ ok: false, problem: "too_long" });
  });

  it("refuses control characters", () => {
    expect(checkDisplayName("a\u0000b")).toEqual({ ok: false, problem: "invalid_characters" });
    expect(checkDisplayName("line\nbreak")).toEqual({ ok: false, problem: "invalid_characters" });
    expect(checkDisplayName("tab\there")).toEqual({ ok: false, problem: "invalid_characters" });
    expect(checkDisplayName("del\u007f")).toEqual({ ok: false, problem: "invalid_characters" });
    expect(checkDisplayName("c1\u0085")).toEqual({ ok: false, problem: "invalid_characters" });
  });

  it("refuses zero-width and bidi format characters", () => {
    for (const char of ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u2066"]) {
      expect(checkDisplayName(`ad${char}min`)).toEqual({ ok: false, problem: "invalid_characters" });
    }
  });

  it("refuses line separators, private-use characters and lone surrogates", () => {
    expect(checkDisplayName("a\u2028b")).toEqual({ ok: false, problem: "invalid_characters" });
    expect(checkDisplayName("a\uE000b")).toEqual({ ok: false, problem: "invalid_characters" });
    expect(checkDisplayName("a\uD800b")).toEqual({ ok: false, problem: "invalid_characters" });
  });
});

describe("displayNameFromProvider", () => {
  it("keeps a clean name", () => {
    expect(displayNameFromProvider("Ada Lovelace")).toBe("Ada Lovelace");
  });

  it("drops invisible and control characters and cuts to 30 code points", () => {
    expect(displayNameFromProvider("ad\u200Bmin\u0007")).toBe("admin");
    expect(displayNameFromProvider("𠮷".repeat(40))).toBe("𠮷".repeat(30));
  });

  it("gives null when nothing usable is left", () => {
    expect(displayNameFromProvider(null)).toBeNull();
    expect(displayNameFromProvider(" \u200B ")).toBeNull();
  });
});
