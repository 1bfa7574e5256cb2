// Encrypts small secrets for storage (TOTP keys): AES-256-GCM with a key derived from AUTH_SECRET (HKDF), so a
// copy of the database alone does not give away anyone's second factor.
import "server-only";
import crypto from "node:crypto";
import { resolveAuthSecret } from "./secret";

const VERSION = "v1";

/** A 32-byte key for one purpose, derived from AUTH_SECRET with HKDF-SHA-256: one purpose's key tells nothing of another's. */
export function derivedKey(info: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", resolveAuthSecret(), "artsakh-record", info, 32));
}

function key(purpose: string): Buffer {
  return derivedKey(`secret-box:${purpose}`);
}

export function seal(plain: string, purpose: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The plain text, or null when the box was not sealed with this secret (AUTH_SECRET changed) or was altered. */
export function open(sealed: string, purpose: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !body) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
