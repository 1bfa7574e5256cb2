// Slows password guessing across every app instance: failed sign-ins counted in the database (table
// sign_in_throttle), each key in a fixed window with a block once its limit is reached. One atomic upsert per key,
// so concurrent instances never lose a count. Attempts from a known device (a valid device cookie for the account,
// device-cookie.ts) count on that device only; the rest count per account and address, per account and per address,
// and are slowed down more with every failure — so a guesser can lock out unknown devices, never a known one.
import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import type { Executor } from "@/lib/tx";
import { hashSignInEmail } from "./keyed-hash";

export type ThrottleRule = {
  /** Failures allowed in one window; the one that reaches it starts the block. */
  limit: number;
  windowSeconds: number;
  blockSeconds: number;
};

export type ThrottleScope = "device" | "pair" | "account" | "ip";

/** Unknown-device failures answered at once; each one after them waits twice as long as the last, up to a cap. */
export type SlowDown = { afterFailures: number; firstDelayMs: number; maxDelayMs: number };

/** What callers pass when the request says nothing of its address. */
export const UNKNOWN_IP = "unknown";

/**
 * OWASP's advice: a known device has its own small allowance (once used up, the device is an unknown one for the
 * block's length). Unknown devices: per account and address to stop a guesser on one account quickly, per account
 * (higher) to stop one spread over many addresses, per address to stop one trying many accounts.
 */
export const DEFAULT_RULES: Record<ThrottleScope, ThrottleRule> = {
  device: { limit: 5, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
  pair: { limit: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  account: { limit: 30, windowSeconds: 60 * 60, blockSeconds: 15 * 60 },
  ip: { limit: 100, windowSeconds: 24 * 60 * 60, blockSeconds: 60 * 60 },
};

export const DEFAULT_SLOW_DOWN: SlowDown = { afterFailures: 3, firstDelayMs: 250, maxDelayMs: 2000 };

export type Lockout = { scope: ThrottleScope; seconds: number };

export type SignInAttempt = {
  /** The email typed, or the account's: only its keyed hash is stored. */
  email: string;
  ip: string;
  /** The nonce of a valid device cookie for this account: the attempt comes from a known device. */
  device: string | null;
};

export type SignInThrottle = {
  /**
   * Which limits the attempt falls under — a known device whose own allowance is used up is an unknown one — and
   * the seconds until it may go ahead (0: now).
   */
  admit(attempt: SignInAttempt): Promise<{ attempt: SignInAttempt; retryAfter: number }>;
  /** Counts a failure; returns the blocks it started and how long to hold back the answer. */
  recordFailure(attempt: SignInAttempt, db?: Executor): Promise<{ lockouts: Lockout[]; delayMs: number }>;
  /**
   * A success forgets this device's failures, or this address's for the account. Not the account's unknown-device
   * count: an editor signing in must not give a guesser elsewhere a new allowance.
   */
  recordSuccess(attempt: SignInAttempt, db?: Executor): Promise<void>;
};

/** The rows' keys: no email is stored as typed, only its keyed hash (an email typed for no account stays unknown). */
export function throttleKeys({ email, ip, device }: SignInAttempt): Record<ThrottleScope, string> {
  const account = hashSignInEmail(email);
  const address = ip.slice(0, 100);
  return {
    device: `device:${device ?? ""}`,
    pair: `pair:${account}|${address}`,
    account: `account:${account}`,
    ip: `ip:${address}`,
  };
}

function scopesOf({ ip, device }: SignInAttempt): ThrottleScope[] {
  if (device) return ["device"];
  // Without a known address (no proxy header), every visitor would share one "ip" count: a stranger's
  // hundred failures would lock everyone out. The account counts still hold then.
  return ip === UNKNOWN_IP ? ["pair", "account"] : ["pair", "account", "ip"];
}

function firstRow<T>(rows: unknown): T | undefined {
  return (Array.isArray(rows) ? rows[0] : (rows as { rows: unknown[] }).rows[0]) as T | undefined;
}

export function createSignInThrottle({
  rules = DEFAULT_RULES,
  slowDown = DEFAULT_SLOW_DOWN,
  db: given,
}: { rules?: Record<ThrottleScope, ThrottleRule>; slowDown?: SlowDown; db?: Database } = {}): SignInThrottle {
  const db = () => given ?? getDb();
  const table = schema.signInThrottle;

  async function fail(executor: Executor, key: string, rule: ThrottleRule) {
    const window = sql`(${rule.windowSeconds}::int * interval '1 second')`;
    const block = sql`(${rule.blockSeconds}::int * interval '1 second')`;
    const expired = sql`sign_in_throttle.window_start + ${window} <= now()`;
    const counted = sql`(case when ${expired} then 1 else sign_in_throttle.failures + 1 end)`;
    // The window restarts once it is over; the block starts when the count reaches the limit, exactly once.
    const rows = await executor.execute(sql`
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
    const row = firstRow<{ failures: number; blocked_seconds: number | null }>(rows);
    return { failures: Number(row?.failures ?? 0), blockedSeconds: row?.blocked_seconds ?? null };
  }

  function delayAfter(failures: number): number {
    const over = failures - slowDown.afterFailures;
    if (over <= 0) return 0;
    return Math.min(slowDown.maxDelayMs, slowDown.firstDelayMs * 2 ** Math.min(over - 1, 20));
  }

  return {
    async admit(attempt) {
      const k = throttleKeys(attempt);
      const rows = await db()
        .select({ key: table.key, seconds: sql<number>`ceil(extract(epoch from ${table.blockedUntil} - now()))::int` })
        .from(table)
        .where(sql`${inArray(table.key, Object.values(k))} and ${table.blockedUntil} > now()`);
      const blocked = new Map(rows.map((r) => [r.key, Number(r.seconds)]));
      // A known device that used up its own allowance is, for the block's length, one more unknown device.
      const admitted = attempt.device && blocked.has(k.device) ? { ...attempt, device: null } : attempt;
      return { attempt: admitted, retryAfter: Math.max(0, ...scopesOf(admitted).map((scope) => blocked.get(k[scope]) ?? 0)) };
    },
    async recordFailure(attempt, executor = db()) {
      const k = throttleKeys(attempt);
      const lockouts: Lockout[] = [];
      let accountFailures = 0;
      for (const scope of scopesOf(attempt)) {
        const { failures, blockedSeconds } = await fail(executor, k[scope], rules[scope]);
        if (scope === "account") accountFailures = failures;
        if (blockedSeconds !== null) lockouts.push({ scope, seconds: blockedSeconds });
      }
      // Old windows that blocked nothing are of no further use; keep the table small.
      if (Math.random() < 0.02) {
        await executor.execute(
          sql`delete from sign_in_throttle where window_start < now() - interval '2 days' and (blocked_until is null or blocked_until < now())`,
        );
      }
      return { lockouts, delayMs: delayAfter(accountFailures) };
    },
    async recordSuccess(attempt, executor = db()) {
      const k = throttleKeys(attempt);
      await executor.delete(table).where(inArray(table.key, [attempt.device ? k.device : k.pair]));
    },
  };
}
