// The server refuses to start without a usable AUTH_SECRET when it cannot keep one itself (with DATABASE_URL):
// start-up checks the secret before anything else and exits with a one-line error.
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetAuthSecretForTests } from "@/lib/auth/secret";
import { resetEnvForTests } from "@/lib/env";
import { startServer } from "@/lib/startup";

const saved = { ...process.env };
const started = globalThis as unknown as { __recordStarted?: boolean };

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
  resetAuthSecretForTests();
  vi.restoreAllMocks();
});

async function startWith(env: Record<string, string | undefined>): Promise<{ code: unknown; errors: string[] }> {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
  resetAuthSecretForTests();
  started.__recordStarted = false;
  const errors: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: unknown) => void errors.push(String(line)));
  let code: unknown = null;
  vi.spyOn(process, "exit").mockImplementation(((c?: number) => {
    code = c;
    throw new Error("exit");
  }) as never);
  await startServer().catch((error: Error) => {
    if (error.message !== "exit") throw error;
  });
  return { code, errors };
}

describe("fail closed on the session secret", () => {
  it("refuses to start with DATABASE_URL and no AUTH_SECRET", async () => {
    const { code, errors } = await startWith({ DATABASE_URL: "postgres://127.0.0.1:1/nowhere", AUTH_SECRET: undefined });
    expect(code).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/^Error: AUTH_SECRET must be set when DATABASE_URL is set/)]);
  });

  it("refuses to start with an AUTH_SECRET shorter than 32 characters", async () => {
    const { code, errors } = await startWith({ DATABASE_URL: "postgres://127.0.0.1:1/nowhere", AUTH_SECRET: "too-short-secret" });
    expect(code).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/^Error: AUTH_SECRET must be at least 32 characters/)]);
  });
});
