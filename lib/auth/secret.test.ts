import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, resetEnvForTests } from "@/lib/env";
import { AUTH_SECRET_FILE, resetAuthSecretForTests, resolveAuthSecret } from "./secret";

const saved = { ...process.env };
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "auth-secret-"));
  delete process.env.AUTH_SECRET;
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = dir;
  resetEnvForTests();
  resetAuthSecretForTests();
});

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
  resetAuthSecretForTests();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the session secret", () => {
  it("is generated once into DATA_DIR, readable by the owner only, and reused", () => {
    const first = resolveAuthSecret();
    const file = path.join(dir, AUTH_SECRET_FILE);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    resetAuthSecretForTests();
    expect(resolveAuthSecret()).toBe(first);
  });

  it("comes from AUTH_SECRET when set, which must be long enough", () => {
    process.env.AUTH_SECRET = "x".repeat(40);
    resetEnvForTests();
    expect(resolveAuthSecret()).toBe("x".repeat(40));
    expect(fs.existsSync(path.join(dir, AUTH_SECRET_FILE))).toBe(false);
    process.env.AUTH_SECRET = "short";
    resetEnvForTests();
    resetAuthSecretForTests();
    expect(() => resolveAuthSecret()).toThrow(/at least 32 characters/);
  });

  it("is required with DATABASE_URL: instances sharing a database must share it", () => {
    process.env.DATABASE_URL = "postgres://localhost/record";
    resetEnvForTests();
    expect(() => resolveAuthSecret()).toThrow(ConfigError);
    expect(() => resolveAuthSecret()).toThrow(/^AUTH_SECRET must be set when DATABASE_URL is set/);
  });
});
