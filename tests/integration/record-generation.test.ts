// The record generation (db/migrations/0005_record_generation.sql): raised once by every committed transaction that
// writes what the public reads, never by a rolled-back one or by private tables, and announced on commit to the
// listener every app instance runs — which survives losing its connection.
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LISTENER_APPLICATION_NAME, getDb, getEngine, listenToDb, schema, type Listener } from "@/db";
import { createEntry } from "@/lib/entries/write";
import { RECORD_CHANNEL, getRecordGeneration } from "@/lib/record-generation";
import { createUser } from "@/lib/users/write";
import { removeTestData, statementInput } from "./helpers/record";

const announced: string[] = [];
let listenings = 0;
let listener: Listener;

beforeAll(async () => {
  listener = await listenToDb(RECORD_CHANNEL, (payload) => announced.push(payload), () => (listenings += 1));
});

afterAll(async () => {
  await listener.close();
  // One database serves every file on PostgreSQL: the entry written here must not change the others' counts.
  await removeTestData({ tag: "generation" });
});

async function announcedWithin(generation: number, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (announced.includes(String(generation))) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

const quiet = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the record generation", () => {
  it("an entry saved with its sources, actors and revision raises it once, announced with the new value", async () => {
    const before = await getRecordGeneration();
    await createEntry({ input: await statementInput({ title: "Generation once", tag: "generation" }), userId: null, status: "published" });
    const after = await getRecordGeneration();
    expect(after).toBe(before + 1);
    expect(await announcedWithin(after)).toBe(true);
  });

  it("a rolled-back transaction raises nothing and announces nothing", async () => {
    const before = await getRecordGeneration();
    const seen = announced.length;
    await expect(
      getDb().transaction(async (tx) => {
        await tx.update(schema.entries).set({ title: sql`title || ' (never)'` });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await quiet(300);
    expect(await getRecordGeneration()).toBe(before);
    expect(announced.length).toBe(seen);
  });

  it("nothing is announced before the commit", async () => {
    const before = await getRecordGeneration();
    await getDb().transaction(async (tx) => {
      await tx.update(schema.actors).set({ description: sql`description` }).where(eq(schema.actors.slug, "russia"));
      await quiet(300);
      expect(announced).not.toContain(String(before + 1));
    });
    expect(await announcedWithin(before + 1)).toBe(true);
  });

  it("every table the public output reads raises it: entries, entry_actors, sources, actors, an editor's name", async () => {
    const db = getDb();
    const user = await createUser({
      input: { email: `gen-${crypto.randomUUID()}@example.org`, name: "Gen", role: "editor", password: "long enough password" },
      actorId: null,
    });
    const writes: Record<string, () => Promise<unknown>> = {
      entries: () => db.execute(sql`update entries set title = title where id = (select id from entries limit 1)`),
      entry_actors: () => db.execute(sql`update entry_actors set position = position where entry_id = (select entry_id from entry_actors limit 1)`),
      sources: () => db.execute(sql`update sources set link_status = link_status where id = (select id from sources limit 1)`),
      actors: () => db.execute(sql`update actors set name_en = name_en where slug = 'russia'`),
      "users (name)": () => db.update(schema.users).set({ name: "Gen Renamed" }).where(eq(schema.users.id, user.id)),
    };
    for (const [table, write] of Object.entries(writes)) {
      const before = await getRecordGeneration();
      await write();
      expect(await getRecordGeneration(), table).toBe(before + 1);
      expect(await announcedWithin(before + 1), table).toBe(true);
    }
  });

  it("writes the public never reads leave it alone: sessions, the audit log, sign-in limits, settings, a user's sign-in state", async () => {
    const db = getDb();
    const [user] = await db.select({ id: schema.users.id }).from(schema.users).limit(1);
    const before = await getRecordGeneration();
    await db.insert(schema.auditLog).values({ action: "generation.test" });
    await db.insert(schema.userSessions).values({ userId: user!.id });
    await db.insert(schema.signInThrottle).values({ key: `ip:${crypto.randomUUID()}` });
    await db.insert(schema.settings).values({ key: `generation-${crypto.randomUUID()}`, value: "x" });
    await db.update(schema.users).set({ totpLastStep: 1, updatedAt: sql`now()` }).where(eq(schema.users.id, user!.id));
    expect(await getRecordGeneration()).toBe(before);
  });

  it.skipIf(getEngine() !== "postgres")(
    "the listener's connection, killed, comes back by itself, says so, and hears the next change",
    async () => {
      const db = getDb();
      const killed = await db.execute<{ pid: number }>(sql`select pg_terminate_backend(pid) as pid from pg_stat_activity
        where application_name = ${LISTENER_APPLICATION_NAME} and datname = current_database()`);
      expect(Array.from(killed as unknown as unknown[]).length).toBe(1);
      const listeningBefore = listenings;
      const until = Date.now() + 5000;
      while (listenings === listeningBefore && Date.now() < until) await quiet(20);
      expect(listenings, "onListening runs again after the reconnection").toBe(listeningBefore + 1);
      const before = await getRecordGeneration();
      await db.execute(sql`update actors set name_en = name_en where slug = 'russia'`);
      expect(await announcedWithin(before + 1)).toBe(true);
    },
  );
});
