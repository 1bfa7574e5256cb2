import { describe, expect, it } from "vitest";
import { isPrivatePath } from "./routes.mjs";

describe("private paths (nonce policy, never cached)", () => {
  it("are the editorial system's and Auth.js's, in every interface language", () => {
    for (const path of ["/admin", "/admin/entries/new", "/login", "/setup", "/api/auth/session", "/hy/admin", "/ru/login", "/hy/setup"]) {
      expect(isPrivatePath(path), path).toBe(true);
    }
  });

  it("are nothing else", () => {
    for (const path of ["/", "/entries", "/entries/admin-statement", "/administrators", "/loginx", "/api/v1/entries", "/hy", "/hy/entries", "/feed.xml"]) {
      expect(isPrivatePath(path), path).toBe(false);
    }
  });
});
