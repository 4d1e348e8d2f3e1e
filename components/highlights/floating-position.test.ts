import { describe, expect, it } from "vitest";
import { placeFloating } from "./floating-position";

const phone = { width: 360, height: 640 };
const size = { width: 240, height: 40 };

describe("placeFloating", () => {
  it("centres above the passage when there is room", () => {
    expect(placeFloating({ left: 100, right: 200, top: 300, bottom: 320 }, size, phone, "above")).toEqual({ left: 30, top: 252, side: "above" });
  });

  it("goes below on request (touch) and stays inside a 360 px screen", () => {
    expect(placeFloating({ left: 300, right: 350, top: 300, bottom: 320 }, size, phone, "below")).toEqual({ left: 112, top: 328, side: "below" });
    expect(placeFloating({ left: 0, right: 10, top: 300, bottom: 320 }, size, phone, "below").left).toBe(8);
  });

  it("flips when the preferred side has no room", () => {
    expect(placeFloating({ left: 100, right: 200, top: 20, bottom: 40 }, size, phone, "above").side).toBe("below");
    expect(placeFloating({ left: 100, right: 200, top: 580, bottom: 620 }, size, phone, "below").side).toBe("above");
  });

  it("keeps a passage taller than the screen's panel on screen", () => {
    const place = placeFloating({ left: 10, right: 350, top: -500, bottom: 900 }, size, phone, "below");
    expect(place.top).toBe(592);
  });
});
