import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site with their query and fragment", () => {
    expect(safeCallbackPath("/admin/entries?status=draft#list")).toBe("/admin/entries?status=draft#list");
    expect(safeCallbackPath("/entries/2014-visit")).toBe("/entries/2014-visit");
  });

  it("refuses other hosts in every disguise", () => {
    for (const bad of [
      "https://evil.example/admin",
      "//evil.example/admin",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "http:evil.example",
      "",
      null,
      42,
    ]) {
      expect(safeCallbackPath(bad), String(bad)).toBe("/admin");
    }
  });

  it("accepts an absolute URL only on the given origin", () => {
    expect(safeCallbackPath("http://localhost:3000/admin/actors", { origin: "http://localhost:3000" })).toBe("/admin/actors");
    expect(safeCallbackPath("http://localhost:3001/admin/actors", { origin: "http://localhost:3000" })).toBe("/admin");
    expect(safeCallbackPath("http://localhost:3000/admin/actors")).toBe("/admin");
  });

  it("never loops back to the sign-in or setup pages", () => {
    expect(safeCallbackPath("/login?callbackUrl=/admin")).toBe("/admin");
    expect(safeCallbackPath("/setup?token=x")).toBe("/admin");
    expect(safeCallbackPath("/api/auth/signout")).toBe("/admin");
    expect(safeCallbackPath("/loginx", { fallback: "/" })).toBe("/loginx");
  });
});
