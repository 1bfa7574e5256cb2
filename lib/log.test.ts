import { AsyncLocalStorage } from "node:async_hooks";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "./log";
import type { RequestContext } from "./request-context";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split("\n"));
      done();
    },
  });
  return { logger: createLogger(stream), lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const holder = globalThis as unknown as { __recordRequestContext?: AsyncLocalStorage<RequestContext> };

afterEach(() => {
  holder.__recordRequestContext = undefined;
});

describe("logs", () => {
  it("never contain passwords, hashes, tokens, secrets, cookies or authorization headers", () => {
    const { logger, lines } = capture();
    logger.warn(
      {
        password: "correct horse battery staple",
        user: { email: "e@example.org", passwordHash: "$argon2id$v=19$abc" },
        token: "setup-token-value",
        session: { token: "jwt-value", secret: "totp-secret" },
        headers: { cookie: "__Secure-authjs.session-token=abc", authorization: "Bearer xyz" },
      },
      "sign-in failed",
    );
    const text = JSON.stringify(lines());
    for (const secret of ["correct horse", "$argon2id", "setup-token-value", "jwt-value", "totp-secret", "session-token=abc", "Bearer xyz"]) {
      expect(text).not.toContain(secret);
    }
    expect(lines()[0]).toMatchObject({ password: "[redacted]", user: { email: "e@example.org", passwordHash: "[redacted]" } });
  });

  it("carry the request id of the request being served, and none outside one", () => {
    const { logger, lines } = capture();
    const requests = new AsyncLocalStorage<RequestContext>();
    holder.__recordRequestContext = requests;
    requests.run({ requestId: "req-1234abcd", databaseUnavailable: false }, () => logger.warn("inside"));
    logger.warn("outside");
    expect(lines()[0]).toMatchObject({ msg: "inside", requestId: "req-1234abcd" });
    expect(lines()[1]).not.toHaveProperty("requestId");
  });
});
