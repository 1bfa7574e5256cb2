// The device cookie (OWASP's "Slow down online guessing attacks with device cookies"): after a successful sign-in
// the browser keeps a token naming the account and a random nonce, signed with a key derived from AUTH_SECRET. An
// attempt that presents a valid one for its account is limited by that device's own allowance, never by what
// unknown devices did to the account (throttle.ts).
import "server-only";
import crypto from "node:crypto";
import { derivedKey } from "./keyed-hash";

export const DEVICE_COOKIE_MAX_AGE_SECONDS = 90 * 24 * 60 * 60;
/** Accounts one browser remembers (a shared computer in a newsroom); the oldest sign-in is forgotten first. */
const MAX_TOKENS = 5;
const MAX_COOKIE_LENGTH = 4096;
const PURPOSE = "device-cookie";
const SEPARATOR = "~";
const COOKIE = "record-device";
/** Over HTTPS the prefix makes browsers refuse the cookie unless Secure, host-only and for the whole site. */
const SECURE_COOKIE = `__Host-${COOKIE}`;

type Token = { userId: string; nonce: string; raw: string };

const sign = (body: string) => crypto.createHmac("sha256", derivedKey(PURPOSE)).update(body, "utf8").digest("base64url");

/** A new token for `userId`: its id, 16 random bytes, the time it was issued, and the signature of the three. */
export function issueDeviceToken(userId: string, now = Date.now()): string {
  const body = `${userId}.${crypto.randomBytes(16).toString("base64url")}.${Math.floor(now / 1000)}`;
  return `${body}.${sign(body)}`;
}

function parse(raw: string, now: number): Token | null {
  const [userId, nonce, issued, mac, ...rest] = raw.split(".");
  if (!userId || !nonce || !issued || !mac || rest.length > 0) return null;
  if (!/^[0-9a-f-]{36}$/.test(userId) || !/^[\w-]{22}$/.test(nonce) || !/^\d{1,12}$/.test(issued)) return null;
  const expected = Buffer.from(sign(`${userId}.${nonce}.${issued}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  // The browser keeps the cookie 90 days; a copy kept longer than that is worth nothing either.
  const age = now / 1000 - Number(issued);
  if (age > DEVICE_COOKIE_MAX_AGE_SECONDS || age < -300) return null;
  return { userId, nonce, raw };
}

function tokensOf(value: string | null | undefined, now: number): Token[] {
  if (!value || value.length > MAX_COOKIE_LENGTH) return [];
  return value
    .split(SEPARATOR)
    .slice(0, MAX_TOKENS * 2)
    .map((raw) => parse(raw, now))
    .filter((token): token is Token => token !== null);
}

/** The nonce of the cookie's token for this account; null when there is none, or it is forged, another's or too old. */
export function deviceNonceFor(value: string | null | undefined, userId: string, now = Date.now()): string | null {
  return tokensOf(value, now).find((token) => token.userId === userId)?.nonce ?? null;
}

/** The cookie's value after `userId` signed in on this device: a new token first (a new nonce at every sign-in). */
export function rememberDevice(value: string | null | undefined, userId: string, now = Date.now()): string {
  const others = tokensOf(value, now).filter((token) => token.userId !== userId);
  return [issueDeviceToken(userId, now), ...others.map((token) => token.raw)].slice(0, MAX_TOKENS).join(SEPARATOR);
}

/** The device cookie from a request's Cookie header (under either name), or null. */
export function readDeviceCookie(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  const values: string[] = [];
  for (const pair of cookieHeader.split(";")) {
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    if (at < 0 || (name !== COOKIE && name !== SECURE_COOKIE)) continue;
    try {
      values.push(decodeURIComponent(pair.slice(at + 1).trim()));
    } catch {
      // Not even percent-encoding: no device cookie.
    }
  }
  return values.length > 0 ? values.join(SEPARATOR) : null;
}

/** Name and attributes: HttpOnly, SameSite=Lax, 90 days; Secure (and `__Host-`) when the site is reached over HTTPS. */
export function deviceCookie(secure: boolean) {
  return {
    name: secure ? SECURE_COOKIE : COOKIE,
    options: { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS },
  };
}
