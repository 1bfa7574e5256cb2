import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, acquireDataDirLock } from "./lock";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "record-lock-"));

describe("acquireDataDirLock", () => {
  it("refuses while another live process holds the directory", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "app.lock"), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
  });

  it("takes over a lock left by a dead process and releases it", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "app.lock"), "999999999");
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, "app.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "app.lock"))).toBe(false);
  });
});
