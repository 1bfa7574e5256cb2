// Structured logs (JSON lines on stdout); secrets are redacted wherever they might appear.
import pino from "pino";

export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: undefined,
  redact: {
    paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token", "cookie", "*.cookie", "headers.cookie", "headers.authorization"],
    censor: "[redacted]",
  },
});
