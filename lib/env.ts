// Configuration, read from the environment and validated once.
import "server-only";
import path from "node:path";
import { z } from "zod";
import { trustProxySchema } from "@/lib/security/forwarded";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "must start with postgres:// or postgresql://",
    }),
  DATA_DIR: z.string().trim().min(1).default("./.data"),
  AUTH_SECRET: z.string().trim().optional(),
  SITE_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^https?:\/\/[^\s/]+/.test(v), { message: "must be an http(s) URL" }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  TRUST_PROXY: z.preprocess((v) => (v === "" ? undefined : v), trustProxySchema),
  // Read again by lib/cache/data-cache.mjs (which Next.js loads without the app's modules); checked here so a
  // bad value stops the server at start-up.
  DATA_CACHE_MB: z.coerce.number().int().min(1).max(65536).default(32),
});

export type Env = {
  databaseUrl: string | undefined;
  /** Absolute path, or "memory://" for a throw-away in-memory database (tests). */
  dataDir: string;
  authSecret: string | undefined;
  siteUrl: string;
  port: number;
  poolMax: number;
  statementTimeoutMs: number;
  /** Proxies in front whose X-Forwarded-For / X-Forwarded-Proto are believed (lib/security/forwarded.ts). */
  trustProxy: number;
};

export class ConfigError extends Error {}

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${String(issue?.path[0])} ${issue?.message}`);
  }
  const e = parsed.data;
  cached = {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR.startsWith("memory://") ? "memory://" : path.resolve(e.DATA_DIR),
    authSecret: e.AUTH_SECRET || undefined,
    siteUrl: (e.SITE_URL || `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    port: e.PORT,
    poolMax: e.DB_POOL_MAX,
    statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    trustProxy: e.TRUST_PROXY,
  };
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvForTests() {
  cached = undefined;
}
