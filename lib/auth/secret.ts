// The secret that signs session cookies: AUTH_SECRET, or one generated once and kept in DATA_DIR (embedded database only).
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, getEnv } from "@/lib/env";

export const AUTH_SECRET_FILE = "auth-secret";
const MIN_LENGTH = 32;

const state = globalThis as unknown as { __recordAuthSecret?: string };

function readOrCreate(file: string): string {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= MIN_LENGTH) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": if another process wrote it first, use theirs.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    // An empty or short file left behind: replace it.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

/** Throws ConfigError (one line) when no secret can be had: with DATABASE_URL, AUTH_SECRET is required. */
export function resolveAuthSecret(): string {
  if (state.__recordAuthSecret) return state.__recordAuthSecret;
  const env = getEnv();
  let secret: string;
  if (env.authSecret) {
    if (env.authSecret.length < MIN_LENGTH) {
      throw new ConfigError(`AUTH_SECRET must be at least ${MIN_LENGTH} characters (openssl rand -base64 32 makes one)`);
    }
    secret = env.authSecret;
  } else if (env.databaseUrl) {
    throw new ConfigError(
      "AUTH_SECRET must be set when DATABASE_URL is set, the same on every instance (openssl rand -base64 32 makes one)",
    );
  } else if (env.dataDir === "memory://") {
    secret = crypto.randomBytes(32).toString("base64url");
  } else {
    secret = readOrCreate(path.join(env.dataDir, AUTH_SECRET_FILE));
  }
  state.__recordAuthSecret = secret;
  return secret;
}

/** For tests that change the environment between cases. */
export function resetAuthSecretForTests() {
  state.__recordAuthSecret = undefined;
}
