import { describe, expect, it } from "vitest";
import { noteIdOf, noteThreadKey } from "./note-thread-key";

describe("note thread keys", () => {
  it("round-trips a highlight id and tells block anchors apart", () => {
    expect(noteIdOf(noteThreadKey("cm1abc"))).toBe("cm1abc");
    expect(noteIdOf("b-1a2b3c4d")).toBeNull();
    expect(noteIdOf("article")).toBeNull();
    expect(noteIdOf("note-")).toBeNull();
    expect(noteIdOf(null)).toBeNull();
  });
});
