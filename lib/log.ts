// Structured logs (JSON lines on stdout) with the request id; secrets are redacted wherever they might appear.
import pino from "pino";
import { currentRequest } from "@/lib/request-context";

export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: undefined,
  mixin() {
    const requestId = currentRequest()?.requestId;
    return requestId ? { requestId } : {};
  },
  redact: {
    paths: [
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
    ],
    censor: "[redacted]",
  },
});
