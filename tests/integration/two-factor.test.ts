// Two-factor sign-in: enrolment with a sealed key, sign-in with a code or a recovery code, no replays, who must use it.
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { englishMessage } from "@/lib/i18n/english";
import { getDb, schema } from "@/db";
import { checkCredentials, checkSecondFactor } from "@/lib/auth/credentials";
import { checkSessionRecord } from "@/lib/auth/sessions";
import { totpCode, totpStep } from "@/lib/auth/totp";
import {
  TwoFactorError,
  confirmEnrolment,
  getTwoFactorStatus,
  resetTwoFactor,
  setTwoFactorRequired,
  startEnrolment,
} from "@/lib/auth/two-factor";
import { createUser, resetUserPassword } from "@/lib/users/write";

/** The error a write was refused with, its message (a catalogue key) read in English as the form shows it. */
async function refusal(write: Promise<unknown>): Promise<{ message: string; field?: string; retryAfter?: number }> {
  try {
    await write;
  } catch (error) {
    const { field, retryAfter } = error as { field?: string; retryAfter?: number };
    return { field, retryAfter, message: englishMessage((error as Error).message) };
  }
  throw new Error("the write was not refused");
}

const password = "correct horse battery staple";
const ip = () => `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;

async function newUser(role: "editor" | "admin" = "editor") {
  const email = `tfa-${crypto.randomBytes(4).toString("hex")}@example.org`;
  const { id } = await createUser({ input: { email, name: `User ${email}`, role, password }, actorId: null });
  return { id, email };
}

async function enrolled(role: "editor" | "admin" = "editor") {
  const user = await newUser(role);
  await startEnrolment({ userId: user.id });
  const pending = (await getTwoFactorStatus({ userId: user.id })).pending!;
  // The previous step's code: the next sign-in can use the current one (a code is good once).
  const codes = await confirmEnrolment({ userId: user.id, code: totpCode(pending.secret, Date.now() - 30_000) });
  return { ...user, secret: pending.secret, codes };
}

describe("enrolment", () => {
  it("keeps the key sealed, confirms it with a code, gives ten recovery codes stored only as hashes", async () => {
    const user = await newUser();
    await startEnrolment({ userId: user.id });
    const status = await getTwoFactorStatus({ userId: user.id });
    expect(status).toMatchObject({ enabled: false, required: false, pending: { secret: expect.stringMatching(/^[A-Z2-7]{32}$/) } });
    const [row] = await getDb().select().from(schema.users).where(eq(schema.users.id, user.id));
    expect(row?.totpPendingSecret).toMatch(/^v1\./);
    expect(row?.totpPendingSecret).not.toContain(status.pending!.secret);

    await expect(confirmEnrolment({ userId: user.id, code: "000000" })).rejects.toBeInstanceOf(TwoFactorError);
    const codes = await confirmEnrolment({ userId: user.id, code: totpCode(status.pending!.secret) });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const after = await getTwoFactorStatus({ userId: user.id });
    // Once on, the key is never handed out again.
    expect(after).toMatchObject({ enabled: true, recoveryCodesLeft: 10, pending: null });
    const stored = await getDb().select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, user.id));
    expect(JSON.stringify(stored)).not.toContain(codes[0]!.replace("-", ""));
    await expect(startEnrolment({ userId: user.id })).rejects.toBeInstanceOf(TwoFactorError);
  });

  it("is required for admins, and for an editor once an admin says so", async () => {
    const admin = await newUser("admin");
    const editor = await newUser();
    expect((await getTwoFactorStatus({ userId: admin.id })).required).toBe(true);
    expect((await getTwoFactorStatus({ userId: editor.id })).required).toBe(false);
    await setTwoFactorRequired({ userId: editor.id, required: true, actorId: admin.id });
    expect((await getTwoFactorStatus({ userId: editor.id })).required).toBe(true);
    // An editor's session then says "enrol first" until they do.
    const signedIn = await checkCredentials({ email: editor.email, password }, ip());
    const standing = await checkSessionRecord({ sessionId: signedIn.ok ? signedIn.user.sessionId : "", userId: editor.id, sessionVersion: 1 });
    expect(standing).toMatchObject({ status: "ok", user: { needsTwoFactor: true } });
    expect((await refusal(resetTwoFactor({ userId: editor.id, actorId: editor.id, proof: { value: password, ip: null } }))).message).toMatch(/must use two-factor/);
  });
});

describe("recovery codes at rest", () => {
  it("are stored as an HMAC keyed from AUTH_SECRET, not as a bare SHA-256 anyone can search", async () => {
    const user = await enrolled();
    const stored = await getDb().select({ codeHash: schema.recoveryCodes.codeHash }).from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    const bare = new Set(user.codes.map((c) => crypto.createHash("sha256").update(c.replace("-", "")).digest("hex")));
    for (const { codeHash } of stored) {
      expect(codeHash).toMatch(/^v2\.[0-9a-f]{64}$/);
      expect(bare.has(codeHash)).toBe(false);
      expect(bare.has(codeHash.slice(3))).toBe(false);
    }
  });

  it("a code stored the old way (bare SHA-256) still signs in, once", async () => {
    const user = await enrolled();
    const legacy = "abcde-fghij";
    await getDb().insert(schema.recoveryCodes).values({ userId: user.id, codeHash: crypto.createHash("sha256").update("abcdefghij").digest("hex") });
    const start = async () => {
      const r = await checkCredentials({ email: user.email, password }, ip());
      return r.ok ? "" : r.challenge!;
    };
    expect(await checkSecondFactor({ challenge: await start(), code: legacy }, ip())).toMatchObject({ ok: true });
    expect(await checkSecondFactor({ challenge: await start(), code: legacy }, ip())).toEqual({ ok: false });
  });
});

describe("signing in with two-factor", () => {
  it("the right password alone gives a challenge, not a session; the code completes it", async () => {
    const user = await enrolled();
    const first = await checkCredentials({ email: user.email, password }, ip());
    expect(first).toEqual({ ok: false, challenge: expect.any(String) });
    const sessionsBefore = await getDb().select().from(schema.userSessions).where(eq(schema.userSessions.userId, user.id));
    expect(sessionsBefore).toHaveLength(0);
    const second = await checkSecondFactor({ challenge: first.ok ? "" : first.challenge, code: totpCode(user.secret) }, ip());
    expect(second).toMatchObject({ ok: true, user: { id: user.id, sessionId: expect.any(String) } });
    // The challenge is used up.
    expect(await checkSecondFactor({ challenge: first.ok ? "" : first.challenge, code: totpCode(user.secret) }, ip())).toEqual({ ok: false, expired: true });
  });

  it("refuses a replayed code, a wrong code, and ends the challenge after five tries", async () => {
    const user = await enrolled();
    const where = ip();
    const challenge = async () => {
      const r = await checkCredentials({ email: user.email, password }, where);
      return r.ok ? "" : r.challenge!;
    };
    const code = totpCode(user.secret);
    expect((await checkSecondFactor({ challenge: await challenge(), code }, where)).ok).toBe(true);
    // The same code again, within its 30 seconds: refused (RFC 6238 §5.2).
    const replay = await challenge();
    expect(await checkSecondFactor({ challenge: replay, code }, where)).toEqual({ ok: false });
    for (let i = 0; i < 3; i++) expect((await checkSecondFactor({ challenge: replay, code: "123456" }, where)).ok).toBe(false);
    expect(await checkSecondFactor({ challenge: replay, code: "654321" }, where)).toEqual({ ok: false });
    // A sixth try, even with a good code (the next step's), finds the challenge gone.
    expect(await checkSecondFactor({ challenge: replay, code: totpCode(user.secret, Date.now() + 30_000) }, where)).toEqual({ ok: false, expired: true });
    const failed = await getDb()
      .select()
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.action} = 'user.sign_in_failed' and ${schema.auditLog.targetId} = ${user.id}`);
    expect(failed.length).toBe(5);
  });

  it("a recovery code works once, in any letter case and spacing", async () => {
    const user = await enrolled();
    const recovery = user.codes[3]!;
    const start = async () => {
      const r = await checkCredentials({ email: user.email, password }, ip());
      return r.ok ? "" : r.challenge!;
    };
    expect(await checkSecondFactor({ challenge: await start(), code: ` ${recovery.toUpperCase().replace("-", " ")} ` }, ip())).toMatchObject({ ok: true });
    expect(await checkSecondFactor({ challenge: await start(), code: recovery }, ip())).toEqual({ ok: false });
    expect((await getTwoFactorStatus({ userId: user.id })).recoveryCodesLeft).toBe(9);
  });

  it("an expired challenge is refused", async () => {
    const user = await enrolled();
    const r = await checkCredentials({ email: user.email, password }, ip());
    await getDb().execute(sql`update sign_in_challenges set created_at = now() - interval '6 minutes' where user_id = ${user.id}`);
    expect(await checkSecondFactor({ challenge: r.ok ? "" : r.challenge!, code: totpCode(user.secret) }, ip())).toEqual({ ok: false, expired: true });
  });

  it("an admin's reset turns it off and ends the user's sessions", async () => {
    const admin = await newUser("admin");
    const user = await enrolled();
    await resetTwoFactor({ userId: user.id, actorId: admin.id, proof: { value: password, ip: null } });
    expect(await getTwoFactorStatus({ userId: user.id })).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect((await checkCredentials({ email: user.email, password }, ip())).ok).toBe(true);
    expect(totpStep()).toBeGreaterThan(0);
  });
});

describe("changes that need proof, not a session alone", () => {
  const status = (userId: string) => getTwoFactorStatus({ userId });

  it("turning one's own two-factor off with a session alone (no code, a wrong code, the password) is refused; a current code does it", async () => {
    const user = await enrolled();
    for (const value of [undefined, "", "123456", password]) {
      expect(await refusal(resetTwoFactor({ userId: user.id, actorId: user.id, proof: { value, ip: null } })), String(value)).toMatchObject({
        field: "proof",
        message: expect.stringMatching(/nothing was changed/),
      });
      expect((await status(user.id)).enabled).toBe(true);
    }
    await resetTwoFactor({ userId: user.id, actorId: user.id, proof: { value: totpCode(user.secret), ip: null } });
    expect(await status(user.id)).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
  });

  it("a recovery code also proves it, once", async () => {
    const user = await enrolled();
    await resetTwoFactor({ userId: user.id, actorId: user.id, proof: { value: user.codes[0]!, ip: null } });
    expect((await status(user.id)).enabled).toBe(false);
  });

  it("an admin resetting someone's two-factor gives the admin's own current code; a session alone is refused", async () => {
    const admin = await enrolled("admin");
    const user = await enrolled();
    await expect(resetTwoFactor({ userId: user.id, actorId: admin.id, proof: { value: undefined, ip: null } })).rejects.toMatchObject({ field: "proof" });
    // The target's code proves nothing about the admin.
    await expect(resetTwoFactor({ userId: user.id, actorId: admin.id, proof: { value: totpCode(user.secret), ip: null } })).rejects.toMatchObject({ field: "proof" });
    expect((await status(user.id)).enabled).toBe(true);
    await resetTwoFactor({ userId: user.id, actorId: admin.id, proof: { value: totpCode(admin.secret), ip: null } });
    expect((await status(user.id)).enabled).toBe(false);
  });

  it("setting a password with a session alone is refused and the old one stays; the actor's proof sets it", async () => {
    const admin = await enrolled("admin");
    const user = await newUser();
    for (const value of [undefined, "999999", password]) {
      await expect(resetUserPassword({ userId: user.id, password: "a takeover passphrase", actorId: admin.id, proof: { value, ip: null } })).rejects.toMatchObject({
        field: "proof",
      });
    }
    expect((await checkCredentials({ email: user.email, password }, ip())).ok).toBe(true);
    expect((await checkCredentials({ email: user.email, password: "a takeover passphrase" }, ip())).ok).toBe(false);
    await resetUserPassword({ userId: user.id, password: "a takeover passphrase", actorId: admin.id, proof: { value: totpCode(admin.secret), ip: null } });
    expect((await checkCredentials({ email: user.email, password: "a takeover passphrase" }, ip())).ok).toBe(true);
  });

  it("without two-factor the password is the proof: a wrong one is refused", async () => {
    const editor = await newUser();
    const user = await newUser();
    expect(await refusal(resetUserPassword({ userId: user.id, password: "yet another passphrase", actorId: editor.id, proof: { value: "not the password", ip: null } }))).toMatchObject({
      message: expect.stringMatching(/password is not right/),
    });
    await resetUserPassword({ userId: user.id, password: "yet another passphrase", actorId: editor.id, proof: { value: password, ip: null } });
    expect((await checkCredentials({ email: user.email, password: "yet another passphrase" }, ip())).ok).toBe(true);
  });

  it("guessing the proof counts toward the sign-in limits: the tenth wrong code blocks even the right one, and each is audited", async () => {
    const user = await enrolled();
    const where = ip();
    for (let i = 1; i <= 10; i++) {
      expect(await refusal(resetTwoFactor({ userId: user.id, actorId: user.id, proof: { value: String(100000 + i), ip: where } }))).toMatchObject({
        message: i < 10 ? expect.stringMatching(/code is not right/) : expect.stringMatching(/Too many wrong codes or passwords\. Try again in 15 minutes/),
      });
    }
    await expect(resetTwoFactor({ userId: user.id, actorId: user.id, proof: { value: totpCode(user.secret), ip: where } })).rejects.toMatchObject({
      retryAfter: expect.any(Number),
    });
    expect((await status(user.id)).enabled).toBe(true);
    const failed = await getDb()
      .select()
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.action} = 'user.sign_in_failed' and ${schema.auditLog.targetId} = ${user.id}`);
    expect(failed.length).toBe(10);
  });
});
