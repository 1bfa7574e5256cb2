// Users, first-run setup and sign-in checks, on whichever engine this run uses.
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import { checkCredentials } from "@/lib/auth/credentials";
import { listAuditLog } from "@/lib/audit";
import { countUsers, getUserStanding } from "@/lib/users/queries";
import { SetupError, checkSetupToken, completeSetup, issueSetupLink } from "@/lib/users/setup";
import { UserWriteError, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/write";
import { withFreshDatabase } from "./fresh-db";

const password = "correct horse battery staple";
const unique = () => crypto.randomBytes(4).toString("hex");
const ip = () => `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;

async function newUser(role: "editor" | "admin" = "editor") {
  const email = `user-${unique()}@example.org`;
  const { id } = await createUser({ input: { email, name: `User ${email}`, role, password }, actorId: null });
  return { id, email };
}

describe("first-run setup", () => {
  it("issues a link while no user exists, creates the first admin once, then refuses", async () => {
    await withFreshDatabase(async (db) => {
      expect(await countUsers(db)).toBe(0);
      const link = await issueSetupLink({ siteUrl: "http://localhost:3000", db });
      expect(link).toMatch(/^http:\/\/localhost:3000\/setup\?token=[A-Za-z0-9_-]{40,}$/);
      const token = new URL(link!).searchParams.get("token")!;
      expect(await checkSetupToken({ token, db })).toBe("valid");
      expect(await checkSetupToken({ token: `${token.slice(0, -2)}xx`, db })).toBe("invalid");
      // Only a hash of the token is stored.
      const stored = await db.select().from(schema.settings);
      expect(JSON.stringify(stored)).not.toContain(token);

      const input = { email: "First@Example.org", name: "First Admin", password };
      const [first, second] = await Promise.allSettled([completeSetup({ token, input, db }), completeSetup({ token, input: { ...input, email: "other@example.org" }, db })]);
      expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
      const refused = (first.status === "rejected" ? first.reason : (second as PromiseRejectedResult).reason) as unknown;
      expect(refused).toBeInstanceOf(SetupError);
      expect(await countUsers(db)).toBe(1);
      const [admin] = await db.select().from(schema.users);
      expect(admin).toMatchObject({ role: "admin", email: expect.stringMatching(/@example\.org$/) });
      expect(admin?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await checkSetupToken({ token, db })).toBe("done");
      expect(await issueSetupLink({ siteUrl: "http://localhost:3000", db })).toBeNull();
      await expect(completeSetup({ token, input, db })).rejects.toMatchObject({ state: "done" });
    });
  });
});

describe("first-run setup: one live token", () => {
  it("a restart with no user replaces the old setup token: the earlier link stops working", async () => {
    await withFreshDatabase(async (db) => {
      const first = new URL((await issueSetupLink({ siteUrl: "http://localhost:3000", db }))!).searchParams.get("token")!;
      expect(await checkSetupToken({ token: first, db })).toBe("valid");
      // The next start issues another link; only that one works now.
      const second = new URL((await issueSetupLink({ siteUrl: "http://localhost:3000", db }))!).searchParams.get("token")!;
      expect(await checkSetupToken({ token: first, db })).toBe("invalid");
      expect(await checkSetupToken({ token: second, db })).toBe("valid");
      const stored = await db.select().from(schema.settings).where(sql`${schema.settings.key} like 'setup-token:%'`);
      expect(stored).toHaveLength(1);
      await expect(completeSetup({ token: first, input: { email: "old-link@example.org", name: "Old Link", password }, db })).rejects.toMatchObject({ state: "invalid" });
      expect(await countUsers(db)).toBe(0);
      // Issued at the same moment (two instances starting together): still one token, and it works.
      const links = await Promise.all([1, 2, 3].map(() => issueSetupLink({ siteUrl: "http://localhost:3000", db })));
      const states = await Promise.all(links.map((l) => checkSetupToken({ token: new URL(l!).searchParams.get("token")!, db })));
      expect(states.filter((s) => s === "valid")).toHaveLength(1);
      expect(await db.select().from(schema.settings).where(sql`${schema.settings.key} like 'setup-token:%'`)).toHaveLength(1);
    });
  });
});

describe("users", () => {
  it("refuses a second user with the same email in other letter case", async () => {
    const { email } = await newUser();
    await expect(createUser({ input: { email: email.toUpperCase(), name: "Twin", role: "editor", password }, actorId: null })).rejects.toBeInstanceOf(
      UserWriteError,
    );
  });

  it("signs in with the right password only, and says nothing about which part was wrong", async () => {
    const { id, email } = await newUser();
    const where = ip();
    const ok = await checkCredentials({ email: email.toUpperCase(), password }, where);
    expect(ok).toMatchObject({ ok: true, user: { id, email } });
    expect(await checkCredentials({ email, password: "wrong password here" }, where)).toEqual({ ok: false });
    expect(await checkCredentials({ email: `nobody-${unique()}@example.org`, password }, where)).toEqual({ ok: false });
    const audit = await listAuditLog({ limit: 10, prefixes: ["user."], viewerRole: "admin" });
    expect(audit.some((a) => a.action === "user.sign_in" && a.targetId === id)).toBe(true);
    expect(audit.some((a) => a.action === "user.sign_in_failed" && a.details.email === email)).toBe(true);
  });

  it("slows guessing: after ten failures even the right password waits", async () => {
    const { email } = await newUser();
    const where = ip();
    for (let i = 0; i < 10; i++) await checkCredentials({ email, password: `guess number ${i}!` }, where);
    const blocked = await checkCredentials({ email, password }, where);
    expect(blocked.ok).toBe(false);
    expect(blocked.ok ? 0 : blocked.retryAfter).toBeGreaterThan(60);
    // Another address is not blocked for the same account.
    expect((await checkCredentials({ email, password }, ip())).ok).toBe(true);
  }, 60_000);

  it("disabling a user ends their sessions and their sign-ins; enabling lets them back", async () => {
    const admin = await newUser("admin");
    const { id, email } = await newUser();
    const before = await getUserStanding({ id });
    await setUserDisabled({ userId: id, disabled: true, actorId: admin.id });
    const after = await getUserStanding({ id });
    expect(after?.disabled).toBe(true);
    expect(after?.sessionVersion).toBe(before!.sessionVersion + 1);
    expect((await checkCredentials({ email, password }, ip())).ok).toBe(false);
    await setUserDisabled({ userId: id, disabled: false, actorId: admin.id });
    expect((await checkCredentials({ email, password }, ip())).ok).toBe(true);
  });

  it("a new password ends the old sessions and replaces the old password", async () => {
    const admin = await newUser("admin");
    const { id, email } = await newUser();
    const before = await getUserStanding({ id });
    await resetUserPassword({ userId: id, password: "a brand new passphrase", actorId: admin.id, proof: { value: password, ip: null } });
    expect((await getUserStanding({ id }))?.sessionVersion).toBe(before!.sessionVersion + 1);
    expect((await checkCredentials({ email, password }, ip())).ok).toBe(false);
    expect((await checkCredentials({ email, password: "a brand new passphrase" }, ip())).ok).toBe(true);
  });

  it("never leaves the record without an active administrator", async () => {
    await withFreshDatabase(async (db) => {
      const { id } = await createUser({ input: { email: "only@example.org", name: "Only", role: "admin", password }, actorId: null, db });
      const { id: editor } = await createUser({ input: { email: "ed@example.org", name: "Ed", role: "editor", password }, actorId: id, db });
      await expect(setUserDisabled({ userId: id, disabled: true, actorId: editor, db })).rejects.toThrow(/last active administrator/);
      await expect(setUserDisabled({ userId: id, disabled: true, actorId: editor, db })).rejects.toMatchObject({ key: "admin.users.error.lastAdminDisable" });
      await expect(setUserDisabled({ userId: id, disabled: true, actorId: id, db })).rejects.toThrow(/your own account/);
      const [row] = await db.select({ disabledAt: schema.users.disabledAt }).from(schema.users).where(eq(schema.users.id, id));
      expect(row?.disabledAt).toBeNull();
    });
  });
});

describe("the audit log", () => {
  it("records user changes with who made them", async () => {
    const admin = await newUser("admin");
    const { id } = await newUser();
    await setUserDisabled({ userId: id, disabled: true, actorId: admin.id });
    const [line] = await getDb()
      .select()
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.action} = 'user.disable' and ${schema.auditLog.targetId} = ${id}`);
    expect(line?.userId).toBe(admin.id);
  });
});
