// Time-based one-time passwords (RFC 6238, through otpauth): 6 digits, 30-second steps, SHA-1 — what every
// authenticator app reads from the QR code. Pure functions; the database side is in two-factor.ts.
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD = 30;
/** One step either side: a phone clock 30 s off still works; a code is never good for more than 90 s. */
export const TOTP_WINDOW = 1;
const ISSUER = "Artsakh Record";

function totp(secret: string, label = "user"): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD, secret: Secret.fromBase32(secret) });
}

/** A new random secret (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The code for a moment (tests and the e2e fixtures use it). */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return totp(secret).generate({ timestamp });
}

/** The time step a moment falls in. */
export function totpStep(timestamp = Date.now()): number {
  return Math.floor(timestamp / 1000 / TOTP_PERIOD);
}

/**
 * The step of the code if it is valid now (within the window) and newer than `lastStep` — a code once used is
 * never accepted again (RFC 6238 §5.2) — or null.
 */
export function verifyTotp(secret: string, code: string, { lastStep = null, timestamp = Date.now() }: { lastStep?: number | null; timestamp?: number } = {}): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp, window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = totpStep(timestamp) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}
