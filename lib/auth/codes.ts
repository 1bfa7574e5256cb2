// The second factor's codes, checked the same way wherever one is asked for (signing in, confirming a change): a
// TOTP code accepted once, or a one-time recovery code, stored as an HMAC keyed from AUTH_SECRET.
import "server-only";
import crypto from "node:crypto";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { schema } from "@/db";
import type { Executor } from "@/lib/tx";
import { derivedKey, open } from "./secret-box";
import { verifyTotp } from "./totp";

const { users, recoveryCodes } = schema;
export const TOTP_PURPOSE = "totp";

/** Stored recovery-code hashes start with this; the unprefixed 64-hex ones are the older bare SHA-256. */
const HMAC_PREFIX = "v2.";

export function newRecoveryCode(): string {
  // 10 characters of base32 (50 bits), read in two groups: "k7m2q-x4p9d".
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  const bytes = crypto.randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * HMAC-SHA-256 under a key derived from AUTH_SECRET for this purpose only: a copy of the database alone cannot be
 * searched for the 50-bit codes, as bare SHA-256 could be.
 */
export function hashRecoveryCode(code: string): string {
  const mac = crypto.createHmac("sha256", derivedKey("recovery-code")).update(normaliseRecoveryCode(code)).digest("hex");
  return `${HMAC_PREFIX}${mac}`;
}

/** How codes were stored before: accepted once each (they are one-time anyway), never written any more. */
function legacyRecoveryCodeHash(code: string): string {
  return crypto.createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

/**
 * Uses up `code` for the user: a 6-digit TOTP code of a later step than the last accepted one (atomically, so two
 * requests racing with one code cannot both pass), or an unused recovery code. Null when it is neither.
 */
export async function consumeSecondFactorCode(
  db: Executor,
  { userId, sealed, lastStep, code }: { userId: string; sealed: string; lastStep: number | null; code: string },
): Promise<"totp" | "recovery code" | null> {
  const digits = code.replace(/\s+/g, "");
  if (/^\d{6}$/.test(digits)) {
    const secret = open(sealed, TOTP_PURPOSE);
    const step = secret ? verifyTotp(secret, digits, { lastStep }) : null;
    if (step === null) return null;
    const moved = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    return moved.length > 0 ? "totp" : null;
  }
  if (normaliseRecoveryCode(code).length !== 10) return null;
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        or(eq(recoveryCodes.codeHash, hashRecoveryCode(code)), eq(recoveryCodes.codeHash, legacyRecoveryCodeHash(code))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length > 0 ? "recovery code" : null;
}
