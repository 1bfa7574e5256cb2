// The embedded engine's memory settings reach PostgreSQL, and PGlite's own parameters are kept.
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { PGLITE_SETTINGS, pgliteStartParams } from "./pglite-settings";

describe("the embedded engine's settings", () => {
  it("bounds shared_buffers and maintenance_work_mem and keeps PGlite's defaults", async () => {
    const client = new PGlite({ startParams: pgliteStartParams() });
    try {
      for (const [name, value] of Object.entries(PGLITE_SETTINGS)) {
        const { rows } = await client.query<Record<string, string>>(`show ${name}`);
        expect(rows[0]?.[name]).toBe(value);
      }
      // One of PGlite's own defaults, still there.
      const { rows } = await client.query<{ search_path: string }>("show search_path");
      expect(rows[0]?.search_path).toBe("public");
    } finally {
      await client.close();
    }
    // Starting PostgreSQL in WebAssembly takes seconds on a busy machine: a generous limit, not a measure.
  }, 120_000);
});
