import { describe, expect, it } from "vitest";
import { demoAvatarSvg, demoUser } from "@/lib/runtime/demo-users";

describe("demoUser", () => {
  it("derives a stable subject and e-mail from the name", () => {
    const first = demoUser(" alice ");
    const again = demoUser("alice");
    expect(first).toEqual(again);
    expect(first).toMatchObject({ ok: true, user: { name: "alice", email: "alice@demo.invalid" } });
    if (first.ok) expect(first.user.sub).toMatch(/^demo-[0-9a-f]{24}$/);
  });

  it("gives different names different subjects", () => {
    const alice = demoUser("alice");
    const bob = demoUser("bob");
    if (!alice.ok || !bob.ok) throw new Error("valid names refused");
    expect(alice.user.sub).not.toBe(bob.user.sub);
  });

  it("uses the subject for e-mails of names that are not plain ASCII", () => {
    const result = demoUser("林小舟");
    if (!result.ok) throw new Error("valid name refused");
    expect(result.user.email).toBe(`${result.user.sub}@demo.invalid`);
  });

  it("refuses names the app would refuse", () => {
    expect(demoUser("   ")).toEqual({ ok: false, problem: "empty" });
    expect(demoUser("a\u200Bb")).toEqual({ ok: false, problem: "invalid_characters" });
  });
});

describe("demoAvatarSvg", () => {
  it("draws the first character, escaped", () => {
    expect(demoAvatarSvg("林小舟")).toContain(">林</text>");
    expect(demoAvatarSvg("<script>")).toContain(">&#60;</text>");
    expect(demoAvatarSvg("<script>")).not.toContain("<script");
  });
});
