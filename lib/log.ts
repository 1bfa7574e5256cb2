// Structured logs (JSON lines on stdout) with the request id; secrets are redacted wherever they might appear.
import pino, { type DestinationStream, type Logger } from "pino";
import { serializeError } from "@/lib/log-error";
import { currentRequest } from "@/lib/request-context";

const REDACTED_PATHS = [
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "cookie",
  "*.cookie",
  "headers.cookie",
  "headers.authorization",
  "*.headers.cookie",
  "*.headers.authorization",
];

export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    base: undefined,
    mixin() {
      const requestId = currentRequest()?.requestId;
      return requestId ? { requestId } : {};
    },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    // Errors by class and code, never pino's default (message, every own property: a query's `params` too).
    serializers: { err: serializeError, error: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLogger();

// scripts/server.mjs (plain JavaScript, outside the bundles) logs the errors it catches through the same serializer.
(globalThis as unknown as { __recordSerializeError?: typeof serializeError }).__recordSerializeError = serializeError;
