// One log line per failed request, and the mark that turns a database outage into 503 instead of 500.
import type { Instrumentation } from "next";
import { databaseErrorCode, isDatabaseUnavailable } from "@/lib/db-errors";
import { log } from "@/lib/log";
import { markDatabaseUnavailable } from "@/lib/request-context";

type Request = Parameters<Instrumentation.onRequestError>[1];
type Context = Parameters<Instrumentation.onRequestError>[2];

export function reportRequestError(error: unknown, request: Request, context: Context): void {
  const path = request.path.split("?")[0];
  const where = { method: request.method, path, route: context.routePath, type: context.routeType };
  if (isDatabaseUnavailable(error)) {
    markDatabaseUnavailable();
    log.warn({ ...where, code: databaseErrorCode(error) }, "database unavailable");
    return;
  }
  log.error({ ...where, err: error }, "request failed");
}
