// First run: while no user exists, a one-time setup link (its token kept only as a hash) creates the first admin.
import { messageKey } from "@/lib/i18n/message-key";
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { like, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { getEnv } from "@/lib/env";
import { LOCKS, takeAdvisoryLock } from "@/lib/locks";
import type { Executor } from "@/lib/tx";
import type { NewUserInput } from "./input";
import { countUsers } from "./queries";
import { insertUser } from "./write";

const KEY_PREFIX = "setup-token:";
const LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const SETUP_LINK_FILE = "setup-link.txt";

export type SetupTokenState = "valid" | "invalid" | "done";

export class SetupError extends Error {
  constructor(readonly state: Exclude<SetupTokenState, "valid">) {
    super(messageKey(state === "done" ? "setup.error.done" : "setup.error.invalidLink"));
  }
}

function tokenKey(token: string): string {
  return KEY_PREFIX + crypto.createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a new setup token when no user exists, and returns the link. Only one token lives at a time: a new one
 * replaces any earlier (a link printed by an earlier start, copied from an old log, stops working). With several
 * instances starting together, the link printed last is the one that works.
 */
export async function issueSetupLink({ siteUrl, db = getDb() }: { siteUrl: string; db?: Database }): Promise<string | null> {
  const token = crypto.randomBytes(32).toString("base64url");
  const issued = await db.transaction(async (tx) => {
    // The lock completeSetup takes: no token is issued while the first admin is being created, nor two at once.
    await takeAdvisoryLock(tx, LOCKS.setup);
    if ((await countUsers(tx)) > 0) return false;
    await tx.delete(schema.settings).where(like(schema.settings.key, `${KEY_PREFIX}%`));
    await tx.insert(schema.settings).values({ key: tokenKey(token), value: new Date(Date.now() + LIFETIME_MS).toISOString() });
    return true;
  });
  return issued ? `${siteUrl}/setup?token=${token}` : null;
}

async function tokenState(db: Executor, token: string): Promise<SetupTokenState> {
  if ((await countUsers(db)) > 0) return "done";
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "invalid";
  const [row] = await db
    .select({ expires: schema.settings.value })
    .from(schema.settings)
    .where(sql`${schema.settings.key} = ${tokenKey(token)}`)
    .limit(1);
  return row && Date.parse(row.expires) > Date.now() ? "valid" : "invalid";
}

export function checkSetupToken({ token, db = getDb() }: { token: string; db?: Database }): Promise<SetupTokenState> {
  return tokenState(db, token);
}

/** Creates the first admin; refuses once any user exists. The tokens and the link file go with it. */
export async function completeSetup({
  token,
  input,
  db = getDb(),
}: {
  token: string;
  input: Omit<NewUserInput, "role">;
  db?: Database;
}): Promise<{ id: string }> {
  const created = await db.transaction(async (tx) => {
    // Two people opening the link at once: the second waits here, then finds a user and is refused.
    await takeAdvisoryLock(tx, LOCKS.setup);
    const state = await tokenState(tx, token);
    if (state !== "valid") throw new SetupError(state);
    const user = await insertUser(tx, { ...input, role: "admin" }, null, "setup.complete");
    await tx.delete(schema.settings).where(like(schema.settings.key, `${KEY_PREFIX}%`));
    return user;
  });
  removeSetupLinkFile();
  return created;
}

/** Where start-up leaves the link for operators and tests; null when there is no writable data directory. */
export function setupLinkPath(): string | null {
  const { dataDir } = getEnv();
  return dataDir === "memory://" ? null : path.join(dataDir, SETUP_LINK_FILE);
}

export function writeSetupLinkFile(link: string): string | null {
  const file = setupLinkPath();
  if (!file) return null;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${link}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return file;
}

export function removeSetupLinkFile(): void {
  const file = setupLinkPath();
  if (file) fs.rmSync(file, { force: true });
}
