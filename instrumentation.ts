// Next.js calls register() once when the server starts, before it answers requests, and onRequestError for
// every error a request meets on the server.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Before anything can fail: Next.js's own error lines must not print a query's parameters either.
  const { guardConsoleFromDatabaseErrors } = await import("./lib/log-error");
  guardConsoleFromDatabaseErrors();
  const { startServer } = await import("./lib/startup");
  await startServer();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportRequestError } = await import("./lib/request-errors");
  reportRequestError(error, request, context);
};
