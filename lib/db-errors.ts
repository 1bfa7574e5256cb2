// Which errors mean "the database is unavailable just now" (answered 503, retried later) rather than a bug.

/** The driver's error code, looking through the wrappers drizzle and Next.js put around it. */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

const UNAVAILABLE_CODES = new Set([
  // the network and postgres.js
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  // PostgreSQL: statement timeout or cancel, lock timeout, shutting down, starting up, too many connections
  "57014",
  "55P03",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = databaseErrorCode(error);
  if (!code) return false;
  // Class 08: connection exceptions.
  return UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}

/** A unique constraint refused the write (PostgreSQL 23505): a race another writer won, or a taken value. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
