// Each user's interface language is stored with their account: English by default, changed by the user,
// read back with the session (which is how the editorial system picks its language), limited to the record's
// languages by the database itself, and no change to the public record.
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import { checkCredentials } from "@/lib/auth/credentials";
import { checkSessionRecord } from "@/lib/auth/sessions";
import { getRecordGeneration } from "@/lib/record-generation";
import { createUser, getUserLocale, setUserLocale, UserWriteError } from "@/lib/users/write";

const password = "correct horse battery staple";
const ip = () => `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;

async function signedIn() {
  const email = `locale-${crypto.randomBytes(4).toString("hex")}@example.org`;
  const { id } = await createUser({ input: { email, name: `User ${email}`, role: "editor", password }, actorId: null });
  const result = await checkCredentials({ email, password }, ip());
  if (!result.ok) throw new Error("sign-in failed");
  return { id, userId: id, sessionId: result.user.sessionId, sessionVersion: result.user.sessionVersion };
}

describe("a user's interface language", () => {
  it("is English for a new account, and the session carries it", async () => {
    const user = await signedIn();
    expect(await getUserLocale({ userId: user.id })).toBe("en");
    const standing = await checkSessionRecord(user);
    expect(standing.status === "ok" && standing.user.locale).toBe("en");
  });

  it("is stored when the user changes it, and read back with the session", async () => {
    const user = await signedIn();
    await setUserLocale({ userId: user.id, locale: "ru" });
    expect(await getUserLocale({ userId: user.id })).toBe("ru");
    const [row] = await getDb().select({ locale: schema.users.locale }).from(schema.users).where(eq(schema.users.id, user.id));
    expect(row?.locale).toBe("ru");
    const standing = await checkSessionRecord(user);
    expect(standing.status === "ok" && standing.user.locale).toBe("ru");

    await setUserLocale({ userId: user.id, locale: "hy" });
    const again = await checkSessionRecord(user);
    expect(again.status === "ok" && again.user.locale).toBe("hy");
  });

  it("belongs to one user: another account keeps its own", async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    await setUserLocale({ userId: alice.id, locale: "hy" });
    expect(await getUserLocale({ userId: bob.id })).toBe("en");
  });

  it("is one of the record's languages: the database refuses any other", async () => {
    const user = await signedIn();
    await expect(getDb().execute(sql`update users set locale = 'de' where id = ${user.id}`)).rejects.toThrow();
    expect(await getUserLocale({ userId: user.id })).toBe("en");
  });

  it("for no such user: refused, nothing written", async () => {
    await expect(setUserLocale({ userId: crypto.randomUUID(), locale: "ru" })).rejects.toBeInstanceOf(UserWriteError);
  });

  it("changes nothing the public sees: the record's generation stays", async () => {
    const user = await signedIn();
    const before = await getRecordGeneration();
    await setUserLocale({ userId: user.id, locale: "ru" });
    expect(await getRecordGeneration()).toBe(before);
  });
});
