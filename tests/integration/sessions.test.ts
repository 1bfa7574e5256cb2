// Session records: rotation at sign-in, maximum age, idle timeout, the user id checked, revocation.
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import { checkCredentials } from "@/lib/auth/credentials";
import { checkSessionRecord, endSession } from "@/lib/auth/sessions";
import { getUserStanding } from "@/lib/users/queries";
import { createUser, resetUserPassword, setUserDisabled } from "@/lib/users/write";

const password = "correct horse battery staple";
const ip = () => `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;

async function signedIn(role: "editor" | "admin" = "editor") {
  const email = `session-${crypto.randomBytes(4).toString("hex")}@example.org`;
  const { id } = await createUser({ input: { email, name: `User ${email}`, role, password }, actorId: null });
  const result = await checkCredentials({ email, password }, ip());
  if (!result.ok) throw new Error("sign-in failed");
  return { id, userId: id, email, sessionId: result.user.sessionId, sessionVersion: result.user.sessionVersion };
}

const age = (sessionId: string, column: "created_at" | "last_seen_at", interval: string) =>
  getDb().execute(sql`update user_sessions set ${sql.raw(column)} = now() - ${interval}::interval where id = ${sessionId}`);

describe("sessions", () => {
  it("a new session at every sign-in (rotation), both standing until ended", async () => {
    const user = await signedIn();
    const again = await checkCredentials({ email: user.email, password }, ip());
    expect(again.ok && again.user.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(again.ok && again.user.sessionId).not.toBe(user.sessionId);
    expect((await checkSessionRecord(user)).status).toBe("ok");
    await endSession({ sessionId: user.sessionId, userId: user.id });
    expect(await checkSessionRecord(user)).toEqual({ status: "ended", reason: "ended" });
    expect((await checkSessionRecord({ ...user, sessionId: again.ok ? again.user.sessionId : "" })).status).toBe("ok");
  });

  it("checks the user id: another user's session id is refused", async () => {
    const alice = await signedIn();
    const bob = await signedIn("admin");
    expect(await checkSessionRecord({ ...alice, userId: bob.userId })).toEqual({ status: "ended", reason: "unknown" });
    expect(await checkSessionRecord({ ...alice, sessionId: crypto.randomUUID() })).toEqual({ status: "ended", reason: "unknown" });
  });

  it("ends after 2 hours idle, and renews last-seen while in use", async () => {
    const user = await signedIn();
    await age(user.sessionId, "last_seen_at", "119 minutes");
    expect((await checkSessionRecord(user)).status).toBe("ok");
    const [row] = await getDb().select().from(schema.userSessions).where(eq(schema.userSessions.id, user.sessionId));
    expect(Date.now() - row!.lastSeenAt.getTime()).toBeLessThan(60_000);
    await age(user.sessionId, "last_seen_at", "121 minutes");
    expect(await checkSessionRecord(user)).toEqual({ status: "ended", reason: "idle" });
  });

  it("ends 12 hours after sign-in however active it was", async () => {
    const user = await signedIn();
    await age(user.sessionId, "created_at", "12 hours 1 minute");
    expect(await checkSessionRecord(user)).toEqual({ status: "ended", reason: "expired" });
  });

  it("disabling a user or changing the password ends every open session", async () => {
    const admin = await signedIn("admin");
    const user = await signedIn();
    const second = await checkCredentials({ email: user.email, password }, ip());
    await setUserDisabled({ userId: user.id, disabled: true, actorId: admin.id });
    expect((await checkSessionRecord(user)).status).toBe("ended");
    await setUserDisabled({ userId: user.id, disabled: false, actorId: admin.id });
    // Enabling again does not bring the old sessions back.
    const version = (await getUserStanding({ id: user.id }))!.sessionVersion;
    expect(await checkSessionRecord({ ...user, sessionVersion: version })).toEqual({ status: "ended", reason: "ended" });

    const fresh = await signedIn();
    await resetUserPassword({ userId: fresh.id, password: "another long passphrase", actorId: admin.id, proof: { value: password, ip: null } });
    const newVersion = (await getUserStanding({ id: fresh.id }))!.sessionVersion;
    expect(await checkSessionRecord({ ...fresh, sessionVersion: newVersion })).toEqual({ status: "ended", reason: "ended" });
    expect(second.ok).toBe(true);
    const open = await getDb()
      .select()
      .from(schema.userSessions)
      .where(sql`${schema.userSessions.userId} = ${user.id} and ${schema.userSessions.endedAt} is null`);
    expect(open).toHaveLength(0);
  });

  it("a cookie from before a password change (older session version) is refused", async () => {
    const user = await signedIn();
    expect(await checkSessionRecord({ ...user, sessionVersion: user.sessionVersion - 1 })).toEqual({ status: "ended", reason: "version" });
  });
});
