// Keyed hashes (HMAC-SHA-256) with keys derived from AUTH_SECRET (HKDF, one key per purpose): what the record keeps
// instead of text it must be able to match again but must not show, such as an email typed for no account.
import "server-only";
import crypto from "node:crypto";
import { resolveAuthSecret } from "./secret";

const keys = new Map<string, { secret: string; key: Buffer }>();

/** The key for one purpose; a new AUTH_SECRET gives new keys. */
export function derivedKey(purpose: string): Buffer {
  const secret = resolveAuthSecret();
  const known = keys.get(purpose);
  if (known?.secret === secret) return known.key;
  const key = Buffer.from(crypto.hkdfSync("sha256", secret, "artsakh-record", `keyed-hash:${purpose}`, 32));
  keys.set(purpose, { secret, key });
  return key;
}

export function keyedHash(purpose: string, text: string): string {
  return crypto.createHmac("sha256", derivedKey(purpose)).update(text, "utf8").digest("base64url");
}

/** An email as typed at sign-in, kept only this way: the throttle's keys and the audit lines of unknown accounts. */
export function hashSignInEmail(email: string): string {
  return keyedHash("sign-in-email", email.trim().toLowerCase());
}
