// Slows password guessing across every app instance: failed sign-ins counted in the database (table
// sign_in_throttle) per account and address, per account, and per address, each in a fixed window with a
// block once its limit is reached. One atomic upsert per key, so concurrent instances never lose a count.
import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";

export type ThrottleRule = {
  /** Failures allowed in one window; the one that reaches it starts the block. */
  limit: number;
  windowSeconds: number;
  blockSeconds: number;
};

export type ThrottleScope = "pair" | "account" | "ip";

/** What callers pass when the request says nothing of its address. */
export const UNKNOWN_IP = "unknown";

/**
 * OWASP's advice: per account and address to stop a guesser on one account quickly, per account (higher) to
 * stop one spread over many addresses, per address to stop one trying many accounts.
 */
export const DEFAULT_RULES: Record<ThrottleScope, ThrottleRule> = {
  pair: { limit: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  account: { limit: 30, windowSeconds: 60 * 60, blockSeconds: 15 * 60 },
  ip: { limit: 100, windowSeconds: 24 * 60 * 60, blockSeconds: 60 * 60 },
};

export type Lockout = { scope: ThrottleScope; seconds: number };

export type SignInThrottle = {
  /** Seconds until an attempt for this email from this address may go ahead; 0 when it may now. */
  retryAfter(email: string, ip: string): Promise<number>;
  /** Counts a failure under every key; returns the blocks this failure started (empty when none). */
  recordFailure(email: string, ip: string): Promise<Lockout[]>;
  /** A success forgets the account's failures (the address keeps its count: it may be guessing elsewhere). */
  recordSuccess(email: string, ip: string): Promise<void>;
};

function keys(email: string, ip: string): Record<ThrottleScope, string> {
  const account = email.trim().toLowerCase().slice(0, 254);
  const address = ip.slice(0, 100);
  return { pair: `pair:${account}|${address}`, account: `account:${account}`, ip: `ip:${address}` };
}

export function createSignInThrottle({
  rules = DEFAULT_RULES,
  db: given,
}: { rules?: Record<ThrottleScope, ThrottleRule>; db?: Database } = {}): SignInThrottle {
  const db = () => given ?? getDb();
  const table = schema.signInThrottle;

  async function fail(key: string, rule: ThrottleRule): Promise<number | null> {
    const window = sql`(${rule.windowSeconds}::int * interval '1 second')`;
    const block = sql`(${rule.blockSeconds}::int * interval '1 second')`;
    const expired = sql`sign_in_throttle.window_start + ${window} <= now()`;
    const counted = sql`(case when ${expired} then 1 else sign_in_throttle.failures + 1 end)`;
    // The window restarts once it is over; the block starts when the count reaches the limit, exactly once.
    const rows = await db().execute<{ failures: number; blocked_seconds: number | null }>(sql`
      insert into sign_in_throttle (key, failures, window_start, blocked_until)
      values (${key}, 1, now(), case when 1 >= ${rule.limit}::int then now() + ${block} end)
      on conflict (key) do update set
        failures = ${counted},
        window_start = case when ${expired} then now() else sign_in_throttle.window_start end,
        blocked_until = case
          when ${counted} = ${rule.limit}::int then now() + ${block}
          else sign_in_throttle.blocked_until end
      returning failures,
        case when failures = ${rule.limit}::int then ceil(extract(epoch from blocked_until - now()))::int end as blocked_seconds`);
    const row = (Array.isArray(rows) ? rows[0] : (rows as { rows: unknown[] }).rows[0]) as
      | { failures: number; blocked_seconds: number | null }
      | undefined;
    return row?.blocked_seconds ?? null;
  }

  return {
    async retryAfter(email, ip) {
      const k = keys(email, ip);
      const rows = await db()
        .select({ seconds: sql<number>`ceil(extract(epoch from ${table.blockedUntil} - now()))::int` })
        .from(table)
        .where(sql`${inArray(table.key, [k.pair, k.account, k.ip])} and ${table.blockedUntil} > now()`);
      return Math.max(0, ...rows.map((r) => Number(r.seconds)));
    },
    async recordFailure(email, ip) {
      const k = keys(email, ip);
      const lockouts: Lockout[] = [];
      // Without a known address (no proxy header), every visitor would share one "ip" count: a stranger's
      // hundred failures would lock everyone out. The account counts still hold then.
      const scopes = ip === UNKNOWN_IP ? (["pair", "account"] as const) : (["pair", "account", "ip"] as const);
      for (const scope of scopes) {
        const seconds = await fail(k[scope], rules[scope]);
        if (seconds !== null) lockouts.push({ scope, seconds });
      }
      // Old windows that blocked nothing are of no further use; keep the table small.
      if (Math.random() < 0.02) {
        await db().execute(
          sql`delete from sign_in_throttle where window_start < now() - interval '2 days' and (blocked_until is null or blocked_until < now())`,
        );
      }
      return lockouts;
    },
    async recordSuccess(email, ip) {
      const k = keys(email, ip);
      await db().delete(table).where(inArray(table.key, [k.pair, k.account]));
    },
  };
}
