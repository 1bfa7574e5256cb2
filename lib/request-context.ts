// What the production server (scripts/server.mjs) knows about the request being served, shared through
// AsyncLocalStorage on globalThis: its id for the logs, and whether the database failed it (answered 503).
import type { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string; databaseUnavailable: boolean };

const holder = globalThis as unknown as { __recordRequestContext?: AsyncLocalStorage<RequestContext> };

/** The current request's context, or undefined outside the production server (tests, scripts, next dev). */
export function currentRequest(): RequestContext | undefined {
  return holder.__recordRequestContext?.getStore();
}

/** Marks the current request as failed by the database, so the server answers 503 instead of 500. */
export function markDatabaseUnavailable(): void {
  const context = currentRequest();
  if (context) context.databaseUnavailable = true;
}
