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

  it("an open redirect through dot segments that normalise to //host is refused", () => {
    for (const bad of [
      "/.//evil.example",
      "/..//evil.example",
      "/a/..//evil.example",
      "/a/b/../..//evil.example/admin",
      "/./\\evil.example",
    ]) {
      expect(safeCallbackPath(bad), bad).toBe("/admin");
    }
  });

  it("an open redirect through percent-encoded dots, slashes and backslashes is refused", () => {
    for (const bad of [
      "/%2e//evil.example",
      "/%2E%2E//evil.example",
      "/a/%2e%2e//evil.example",
      "/%2fevil.example",
      "/%2F%2Fevil.example",
      "/.%2f/evil.example",
      "/%5cevil.example",
      "/%5C%5Cevil.example",
      "/admin%5c..%5c..%5cevil",
      "/%2e%2e%2f%2fevil.example",
      "/%E0%A4%A", // malformed escape
    ]) {
      expect(safeCallbackPath(bad), bad).toBe("/admin");
    }
  });

  it("an open redirect through whitespace around the slashes is refused", () => {
    for (const bad of [
      " //evil.example",
      "/ /evil.example",
      "/%20/evil.example",
      "/%09/evil.example",
      "/\n/evil.example",
      "/.\r//evil.example",
      "/%0a/evil.example",
      "\u00a0//evil.example",
    ]) {
      expect(safeCallbackPath(bad), bad).toBe("/admin");
      expect(safeCallbackPath(bad, { origin: "http://localhost:3000" }), bad).toBe("/admin");
    }
    expect(safeCallbackPath("http://localhost:3000/.//evil.example", { origin: "http://localhost:3000" })).toBe("/admin");
  });

  it("keeps dot segments that stay on the site", () => {
    expect(safeCallbackPath("/admin/./entries")).toBe("/admin/entries");
    expect(safeCallbackPath("/admin/x/../actors")).toBe("/admin/actors");
    expect(safeCallbackPath("/entries?q=%2F%2Fnot-a-host")).toBe("/entries?q=%2F%2Fnot-a-host");
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
