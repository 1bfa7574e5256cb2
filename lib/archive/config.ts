// The archive's settings, read from the environment once (docs/OPERATIONS.md lists them).
import "server-only";
import { z } from "zod";
import { ConfigError, getEnv } from "@/lib/env";
import { SITE_NAME } from "@/lib/feeds/urls";

const hostPort = z
  .string()
  .trim()
  .regex(/^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, "each item must be host:port");

const schema = z.object({
  /** Test-only: host:port pairs the fetcher may reach although their address is private (a local test server). */
  ARCHIVE_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(hostPort)),
  /** off: this process runs no archive worker (another instance, or nothing, does). */
  ARCHIVE_WORKER: z.enum(["on", "off"]).default("on"),
  /** Fetches at once, per process. */
  ARCHIVE_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** The pause between two fetches from one host, in milliseconds. */
  ARCHIVE_HOST_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  /** Hours between link checks of every cited URL; 0 turns the scheduled check off. */
  LINK_CHECK_INTERVAL_HOURS: z.coerce.number().min(0).max(24 * 365).default(24 * 7),
});

export type ArchiveConfig = {
  allowedHosts: string[];
  worker: boolean;
  concurrency: number;
  hostDelayMs: number;
  linkCheckIntervalHours: number;
  userAgent: string;
  /** host:port forms of this site itself: never fetched, allow-listed or not. */
  ownAddresses: string[];
  listenPort: number;
};

let cached: ArchiveConfig | undefined;

export function getArchiveConfig(): ArchiveConfig {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${String(issue?.path[0])} ${issue?.message}`);
  }
  const e = parsed.data;
  const env = getEnv();
  const site = new URL(env.siteUrl);
  cached = {
    allowedHosts: e.ARCHIVE_ALLOWED_HOSTS.map((h) => h.toLowerCase()),
    worker: e.ARCHIVE_WORKER === "on",
    concurrency: e.ARCHIVE_CONCURRENCY,
    hostDelayMs: e.ARCHIVE_HOST_DELAY_MS,
    linkCheckIntervalHours: e.LINK_CHECK_INTERVAL_HOURS,
    userAgent: `ArtsakhRecordArchiver/1.0 (+${env.siteUrl}; archives the sources cited by the ${SITE_NAME})`,
    ownAddresses: [hostPortOf(site)],
    listenPort: env.port,
  };
  return cached;
}

/** For tests that change the environment between cases. */
export function resetArchiveConfigForTests() {
  cached = undefined;
}

/** "host:port" of a URL, the port written out. */
export function hostPortOf(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname.toLowerCase()}:${port}`;
}
