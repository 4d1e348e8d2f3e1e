import { describe, expect, it } from "vitest";
import { queueCommand, type ShortcutKey } from "@/components/moderation/queue-shortcuts";

const press = (key: string, extra: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  keyCode: key.toUpperCase().charCodeAt(0),
  target: { tagName: "BODY", isContentEditable: false },
  ...extra,
});

describe("queueCommand", () => {
  it("maps the documented keys", () => {
    expect(queueCommand(press("j"))).toBe("next");
    expect(queueCommand(press("k"))).toBe("previous");
    expect(queueCommand(press("x"))).toBe("toggleSelect");
    expect(queueCommand(press("a"))).toBe("approve");
    expect(queueCommand(press("r"))).toBe("reject");
    expect(queueCommand(press("?"))).toBe("help");
    expect(queueCommand(press("q"))).toBeNull();
  });

  it("ignores keys typed into fields", () => {
    expect(queueCommand(press("a", { target: { tagName: "TEXTAREA", isContentEditable: false } }))).toBeNull();
    expect(queueCommand(press("a", { target: { tagName: "INPUT", isContentEditable: false, type: "text" } }))).toBeNull();
    expect(queueCommand(press("a", { target: { tagName: "SELECT", isContentEditable: false } }))).toBeNull();
    expect(queueCommand(press("a", { target: { tagName: "DIV", isContentEditable: true } }))).toBeNull();
  });

  it("still works on a focused checkbox or button", () => {
    expect(queueCommand(press("x", { target: { tagName: "INPUT", isContentEditable: false, type: "checkbox" } }))).toBe("toggleSelect");
    expect(queueCommand(press("j", { target: { tagName: "BUTTON", isContentEditable: false } }))).toBe("next");
  });

  it("never fires during IME composition", () => {
    expect(queueCommand(press("a", { isComposing: true }))).toBeNull();
    expect(queueCommand(press("a", { keyCode: 229 }))).toBeNull();
  });

  it("leaves browser shortcuts alone", () => {
    expect(queueCommand(press("r", { ctrlKey: true }))).toBeNull();
    expect(queueCommand(press("r", { metaKey: true }))).toBeNull();
    expect(queueCommand(press("a", { altKey: true }))).toBeNull();
  });
});
