// Export → import into an empty database (the real command) → export again: every file comes back byte for byte.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { closeDb, getEngine } from "@/db";
import { resetEnvForTests } from "@/lib/env";
import { runImportCli } from "./helpers/cli";
import { EXPORT_NAMES, fetchAllExports } from "./helpers/exports";
import { removeTestData, writeAwkwardEntries } from "./helpers/record";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidateTag: () => {} }));

// On the shared PostgreSQL database, later files expect the seed record alone; an in-memory one is gone already.
afterAll(async () => {
  if (process.env.DATABASE_URL) await removeTestData({ tag: "roundtrip-test" });
});

describe("export, import, export", () => {
  it("gives identical files", async () => {
    await writeAwkwardEntries("roundtrip-test");
    const before = await fetchAllExports();
    const record = JSON.parse(before["record.json"].toString("utf8"));
    expect(record.entries.length).toBeGreaterThan(50);
    expect(record.entries.some((e: { title: string }) => e.title.includes("Tom & Jerry"))).toBe(true);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "record-roundtrip-"));
    const file = path.join(dir, "record.json");
    fs.writeFileSync(file, before["record.json"]);
    const dataDir = path.join(dir, "data");
    const run = runImportCli([file], { DATA_DIR: dataDir });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Imported ${record.entries.length} entries, ${record.actors.length} new actors`);

    // Read the imported installation (an embedded database, whatever engine the export came from).
    const previous = { url: process.env.DATABASE_URL, dir: process.env.DATA_DIR };
    await closeDb();
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = dataDir;
    resetEnvForTests();
    try {
      expect(getEngine()).toBe("pglite");
      const after = await fetchAllExports();
      for (const name of EXPORT_NAMES) expect(after[name].equals(before[name]), name).toBe(true);
    } finally {
      await closeDb();
      if (previous.url) process.env.DATABASE_URL = previous.url;
      process.env.DATA_DIR = previous.dir;
      resetEnvForTests();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
