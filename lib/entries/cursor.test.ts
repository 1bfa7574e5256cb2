import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

const id = "0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b";

describe("entry cursors", () => {
  it("round-trip with and without a rank", () => {
    expect(decodeCursor(encodeCursor({ date: "2014-05-01", id }))).toEqual({ date: "2014-05-01", id });
    expect(decodeCursor(encodeCursor({ date: "2014-05-01", id, rank: 0.0607927 }))).toEqual({
      date: "2014-05-01",
      id,
      rank: 0.0607927,
    });
    expect(decodeCursor(encodeCursor({ date: "2014-05-01", id, rank: 1e-20 }))?.rank).toBe(1e-20);
  });

  it("refuses anything else", () => {
    expect(decodeCursor("abc")).toBeNull();
    expect(decodeCursor("not a cursor!")).toBeNull();
    expect(decodeCursor(Buffer.from(`2014-05-01|${id}' or 1=1`).toString("base64url"))).toBeNull();
    expect(decodeCursor("A".repeat(500))).toBeNull();
  });
});
