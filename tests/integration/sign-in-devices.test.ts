// Sign-in abuse (issue 12): device cookies against lockouts of known editors (OWASP's "Slow down online guessing
// attacks with device cookies"), the audit trail kept from editors, and a sign-in written whole or not at all.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { listAuditLog } from "@/lib/audit";
import { checkCredentials, checkSecondFactor, type CredentialsResult } from "@/lib/auth/credentials";
import { createSignInThrottle, throttleKeys, type ThrottleRule, type ThrottleScope } from "@/lib/auth/throttle";
import { confirmEnrolment, getTwoFactorStatus, startEnrolment } from "@/lib/auth/two-factor";
import { totpCode } from "@/lib/auth/totp";
import { createUser } from "@/lib/users/write";

const password = "correct horse battery staple";
const unique = () => crypto.randomBytes(4).toString("hex");
const ip = () => `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;

const RULES: Record<ThrottleScope, ThrottleRule> = {
  device: { limit: 3, windowSeconds: 3600, blockSeconds: 3600 },
  pair: { limit: 1000, windowSeconds: 900, blockSeconds: 900 },
  account: { limit: 6, windowSeconds: 3600, blockSeconds: 900 },
  ip: { limit: 1000, windowSeconds: 86400, blockSeconds: 3600 },
};
/** Small limits and no slow-down, so a test can reach every limit in a few attempts. */
const fastThrottle = () => createSignInThrottle({ rules: RULES, slowDown: { afterFailures: 1000, firstDelayMs: 0, maxDelayMs: 0 } });

async function newUser(role: "editor" | "admin" = "editor") {
  const email = `device-${unique()}@example.org`;
  const { id } = await createUser({ input: { email, name: `User ${email}`, role, password }, actorId: null });
  return { id, email };
}

function deviceOf(result: CredentialsResult): string {
  expect(result.ok, "the sign-in succeeded").toBe(true);
  return result.ok ? result.device : "";
}

const waits = (result: CredentialsResult) => (result.ok ? 0 : (result.retryAfter ?? 0));

describe("device cookies: unknown devices cannot lock out a known one", () => {
  it("unknown-device attempts exhaust the account's allowance while a known device still signs in", async () => {
    const throttle = fastThrottle();
    const { email } = await newUser();
    const home = ip();
    const device = deviceOf(await checkCredentials({ email, password }, home, { throttle }));

    // A guesser who knows the email, from many addresses and from the editor's own, with no device cookie.
    let last: CredentialsResult = { ok: false };
    for (let i = 0; i < RULES.account.limit; i++) last = await checkCredentials({ email, password: `guess ${i}!` }, i % 2 ? home : ip(), { throttle });
    expect(waits(last)).toBeGreaterThan(800);
    // Now even the right password waits on an unknown device…
    expect(waits(await checkCredentials({ email, password }, ip(), { throttle }))).toBeGreaterThan(800);
    expect(waits(await checkCredentials({ email, password }, home, { throttle }))).toBeGreaterThan(800);
    // …but not in the editor's own browser, from any address.
    const own = await checkCredentials({ email, password }, home, { throttle, deviceCookie: device });
    expect(own.ok).toBe(true);
    expect((await checkCredentials({ email, password }, ip(), { throttle, deviceCookie: device })).ok).toBe(true);
  });

  it("a known device's own failures lock only that device, which then falls back to the unknown-device limits", async () => {
    const throttle = fastThrottle();
    const { email } = await newUser();
    const laptop = deviceOf(await checkCredentials({ email, password }, ip(), { throttle }));
    const desktop = deviceOf(await checkCredentials({ email, password }, ip(), { throttle }));
    for (let i = 0; i < RULES.device.limit; i++) {
      // A known device that fails is not told to wait: its next attempt is simply an unknown device's.
      expect(await checkCredentials({ email, password: `typo ${i}!` }, ip(), { throttle, deviceCookie: laptop })).toEqual({ ok: false });
    }
    // The other known device and an unknown one are untouched: the laptop's failures were its own.
    expect((await checkCredentials({ email, password }, ip(), { throttle, deviceCookie: desktop })).ok).toBe(true);
    expect((await checkCredentials({ email, password }, ip(), { throttle })).ok).toBe(true);
    // The locked laptop is now an unknown device: once unknown devices are locked out, so is it.
    for (let i = 0; i < RULES.account.limit; i++) await checkCredentials({ email, password: `guess ${i}!` }, ip(), { throttle });
    expect(waits(await checkCredentials({ email, password }, ip(), { throttle, deviceCookie: laptop }))).toBeGreaterThan(800);
    expect((await checkCredentials({ email, password }, ip(), { throttle, deviceCookie: desktop })).ok).toBe(true);
  });

  it("a sign-in through the second factor is a known device's too, and its wrong codes count on that device only", async () => {
    const throttle = fastThrottle();
    const user = await newUser();
    await startEnrolment({ userId: user.id });
    const pending = (await getTwoFactorStatus({ userId: user.id })).pending!;
    const codes = await confirmEnrolment({ userId: user.id, code: totpCode(pending.secret, Date.now() - 30_000) });
    const first = await checkCredentials({ email: user.email, password }, ip(), { throttle });
    expect(first).toMatchObject({ ok: false, challenge: expect.any(String) });
    const signedIn = await checkSecondFactor({ challenge: first.ok ? "" : first.challenge, code: codes[0] }, ip(), { throttle });
    expect(signedIn.ok).toBe(true);
    const device = signedIn.ok ? signedIn.device : "";

    for (let i = 0; i < RULES.account.limit; i++) await checkCredentials({ email: user.email, password: `guess ${i}!` }, ip(), { throttle });
    expect(waits(await checkCredentials({ email: user.email, password }, ip(), { throttle }))).toBeGreaterThan(800);
    const again = await checkCredentials({ email: user.email, password }, ip(), { throttle, deviceCookie: device });
    expect(again).toMatchObject({ ok: false, challenge: expect.any(String) });
    const wrong = await checkSecondFactor({ challenge: again.ok ? "" : again.challenge, code: "000000" }, ip(), { throttle, deviceCookie: device });
    expect(wrong).toEqual({ ok: false });
    const right = await checkSecondFactor({ challenge: again.ok ? "" : again.challenge, code: codes[1] }, ip(), { throttle, deviceCookie: device });
    expect(right.ok).toBe(true);
  });

  it("unknown-device failures are slowed down, more with each one; a known device's are not", async () => {
    const throttle = createSignInThrottle({ rules: RULES, slowDown: { afterFailures: 2, firstDelayMs: 100, maxDelayMs: 400 } });
    const who = `slow-${unique()}@example.org`;
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) delays.push((await throttle.recordFailure({ email: who, ip: ip(), device: null })).delayMs);
    expect(delays).toEqual([0, 0, 100, 200, 400, 400]);
    expect((await throttle.recordFailure({ email: who, ip: ip(), device: crypto.randomUUID() })).delayMs).toBe(0);

    // And the answer really is held back for that long.
    const slow = createSignInThrottle({ rules: RULES, slowDown: { afterFailures: 1, firstDelayMs: 1500, maxDelayMs: 1500 } });
    const { email } = await newUser();
    await checkCredentials({ email, password: "wrong password 1" }, ip(), { throttle: slow });
    const started = performance.now();
    expect(await checkCredentials({ email, password: "wrong password 2" }, ip(), { throttle: slow })).toEqual({ ok: false });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1450);
  });
});

describe("the audit trail is for admins", () => {
  it("an editor's read of the audit log has no user.* or setup.* line, even when asked for them; an admin's has", async () => {
    const { id, email } = await newUser();
    await checkCredentials({ email, password }, ip());
    await checkCredentials({ email, password: "a wrong password" }, ip());
    for (const prefixes of [undefined, ["user.", "setup.", "entry.publish"]]) {
      const seen = await listAuditLog({ limit: 500, prefixes, viewerRole: "editor" });
      expect(seen.filter((line) => /^(user|setup)\./.test(line.action))).toEqual([]);
    }
    const admin = await listAuditLog({ limit: 50, prefixes: ["user."], viewerRole: "admin" });
    expect(admin.some((line) => line.action === "user.sign_in" && line.targetId === id)).toBe(true);
    expect(admin.some((line) => line.action === "user.sign_in_failed" && line.targetId === id)).toBe(true);
  });
});

describe("emails typed for no account, written before the fix", () => {
  it("lose the typed text in the migration; lines of real accounts keep theirs", async () => {
    const typed = `legacy-${unique()}-a-password-in-the-email-field`;
    const { id, email } = await newUser();
    await getDb()
      .insert(schema.auditLog)
      .values([
        { userId: null, action: "user.sign_in_failed", targetType: "user", details: { email: typed, reason: "unknown email" } },
        { userId: null, action: "user.sign_in_locked", targetType: "user", details: { email: typed, scope: "pair", seconds: 900 } },
        { userId: id, action: "user.sign_in_failed", targetType: "user", targetId: id, details: { email, reason: "wrong password" } },
      ]);
    await getDb().insert(schema.signInThrottle).values([{ key: `account:${typed}` }, { key: `pair:${typed}|10.0.0.1` }]);
    const file = fs.readdirSync(MIGRATIONS_FOLDER).find((name) => name.endsWith("_scrub_unknown_sign_in_emails.sql"))!;
    for (const statement of fs.readFileSync(path.join(MIGRATIONS_FOLDER, file), "utf8").split("--> statement-breakpoint")) {
      await getDb().execute(sql.raw(statement));
    }
    const left = await getDb()
      .select({ id: schema.auditLog.id })
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.details}::text like ${`%${typed}%`}`);
    expect(left).toEqual([]);
    const keys = await getDb().select().from(schema.signInThrottle).where(sql`${schema.signInThrottle.key} like ${`%${typed}%`}`);
    expect(keys).toEqual([]);
    const kept = await getDb().select({ details: schema.auditLog.details }).from(schema.auditLog).where(and(eq(schema.auditLog.targetId, id), eq(schema.auditLog.action, "user.sign_in_failed")));
    expect(kept).toEqual([{ details: { email, reason: "wrong password" } }]);
  });
});

describe("a successful sign-in is one transaction", () => {
  /** Makes the database refuse the sign-in's audit line for one user: a failure in the middle of the write. */
  async function failSignInAuditOf(userId: string) {
    const name = `fail_sign_in_${unique()}`;
    await getDb().execute(
      sql.raw(`create function ${name}() returns trigger language plpgsql as $$
        begin
          if new.action = 'user.sign_in' and new.target_id = '${userId}' then raise exception 'injected failure'; end if;
          return new;
        end $$`),
    );
    await getDb().execute(sql.raw(`create trigger ${name} before insert on audit_log for each row execute function ${name}()`));
    return async () => {
      await getDb().execute(sql.raw(`drop trigger ${name} on audit_log`));
      await getDb().execute(sql.raw(`drop function ${name}()`));
    };
  }

  const sessionsOf = async (userId: string) =>
    (await getDb().select().from(schema.userSessions).where(eq(schema.userSessions.userId, userId))).length;

  it("with a password: a failure at the audit line leaves no session, no audit line, and the failures still counted", async () => {
    const throttle = fastThrottle();
    const { id, email } = await newUser();
    const where = ip();
    await checkCredentials({ email, password: "one wrong password" }, where, { throttle });
    const pairKey = throttleKeys({ email, ip: where, device: null }).pair;
    const restore = await failSignInAuditOf(id);
    try {
      await expect(checkCredentials({ email, password }, where, { throttle })).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await sessionsOf(id)).toBe(0);
    const signIns = await getDb()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, "user.sign_in"), eq(schema.auditLog.targetId, id)));
    expect(signIns).toEqual([]);
    const [pair] = await getDb().select().from(schema.signInThrottle).where(eq(schema.signInThrottle.key, pairKey));
    expect(pair?.failures).toBe(1);
    // Once the database accepts it again, the same sign-in goes through.
    expect((await checkCredentials({ email, password }, where, { throttle })).ok).toBe(true);
  });

  it("with a recovery code: a failure at the audit line leaves no session and the code unused", async () => {
    const throttle = fastThrottle();
    const user = await newUser();
    await startEnrolment({ userId: user.id });
    const pending = (await getTwoFactorStatus({ userId: user.id })).pending!;
    const codes = await confirmEnrolment({ userId: user.id, code: totpCode(pending.secret, Date.now() - 30_000) });
    const first = await checkCredentials({ email: user.email, password }, ip(), { throttle });
    const challenge = first.ok ? "" : first.challenge!;
    const restore = await failSignInAuditOf(user.id);
    try {
      await expect(checkSecondFactor({ challenge, code: codes[0] }, ip(), { throttle })).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await sessionsOf(user.id)).toBe(0);
    expect((await getTwoFactorStatus({ userId: user.id })).recoveryCodesLeft).toBe(10);
    // The challenge and the code are both still good.
    expect((await checkSecondFactor({ challenge, code: codes[0] }, ip(), { throttle })).ok).toBe(true);
  });
});
