import { describe, expect, it } from "vitest";
import { isReservedName, nameSkeleton } from "@/lib/auth/name-skeleton";

describe("nameSkeleton", () => {
  it("gives look-alike names one skeleton", () => {
    expect(nameSkeleton("\u0430lice")).toBe(nameSkeleton("alice"));
    expect(nameSkeleton("ALICE")).toBe(nameSkeleton("alice"));
    expect(nameSkeleton("ａｌｉｃｅ")).toBe(nameSkeleton("alice"));
    expect(nameSkeleton("a1ice")).toBe(nameSkeleton("alice"));
  });

  it("keeps different names apart", () => {
    expect(nameSkeleton("alice")).not.toBe(nameSkeleton("alina"));
    expect(nameSkeleton("林小舟")).not.toBe(nameSkeleton("林小船"));
  });
});

describe("isReservedName", () => {
  it("refuses names that claim to speak for the site, look-alikes included", () => {
    for (const name of ["admin", "Admin", "\u0430dmin", "Site Administrator", "mod", "the mod", "管理员", "系统通知", "官方客服", "Staff-Team", "ＳＹＳＴＥＭ"]) {
      expect(isReservedName(name), name).toBe(true);
    }
  });

  it("accepts ordinary names", () => {
    for (const name of ["alice", "Modern Reader", "林小舟", "Ada Lovelace", "读者"]) {
      expect(isReservedName(name), name).toBe(false);
    }
  });
});
