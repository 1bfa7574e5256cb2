import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookie, deviceNonceFor, issueDeviceToken, readDeviceCookie, rememberDevice } from "./device-cookie";
import { resetAuthSecretForTests } from "./secret";

const saved = { ...process.env };
const alice = crypto.randomUUID();
const bob = crypto.randomUUID();

function useSecret(secret: string) {
  process.env.AUTH_SECRET = secret;
  resetEnvForTests();
  resetAuthSecretForTests();
}

beforeAll(() => useSecret("device-cookie-unit-tests-secret-0123456789"));
afterAll(() => {
  process.env = { ...saved };
  resetEnvForTests();
  resetAuthSecretForTests();
});

describe("the device cookie", () => {
  it("names its account: valid for that account only, with a new nonce at every sign-in", () => {
    const first = rememberDevice(null, alice);
    const second = rememberDevice(first, alice);
    expect(deviceNonceFor(first, alice)).toMatch(/^[\w-]{22}$/);
    expect(deviceNonceFor(first, bob)).toBeNull();
    expect(deviceNonceFor(second, alice)).not.toBe(deviceNonceFor(first, alice));
    // The account's old token is replaced, not kept beside the new one.
    expect(second.split("~")).toHaveLength(1);
  });

  it("forged, altered or too old: no device", () => {
    const token = issueDeviceToken(alice);
    const [user, nonce, issued, mac] = token.split(".");
    expect(deviceNonceFor(`${user}.${nonce}.${issued}.${mac!.slice(0, -2)}xx`, alice)).toBeNull();
    expect(deviceNonceFor(`${alice}.${crypto.randomBytes(16).toString("base64url")}.${issued}.${mac}`, alice)).toBeNull();
    expect(deviceNonceFor(`${user}.${nonce}.${Number(issued) + 1}.${mac}`, alice)).toBeNull();
    expect(deviceNonceFor(`${token}.extra`, alice)).toBeNull();
    expect(deviceNonceFor(issueDeviceToken(alice, Date.now() - (DEVICE_COOKIE_MAX_AGE_SECONDS + 1) * 1000), alice)).toBeNull();
    expect(deviceNonceFor(issueDeviceToken(alice, Date.now() - (DEVICE_COOKIE_MAX_AGE_SECONDS - 60) * 1000), alice)).not.toBeNull();
    expect(deviceNonceFor("x".repeat(10_000), alice)).toBeNull();
  });

  it("is signed with a key derived from AUTH_SECRET: another secret, no device", () => {
    const token = issueDeviceToken(alice);
    useSecret("another-secret-for-the-device-cookie-tests-987");
    expect(deviceNonceFor(token, alice)).toBeNull();
    useSecret("device-cookie-unit-tests-secret-0123456789");
    expect(deviceNonceFor(token, alice)).not.toBeNull();
  });

  it("keeps the accounts of a shared browser, newest first, five at most", () => {
    const people = Array.from({ length: 6 }, () => crypto.randomUUID());
    let value: string | null = null;
    for (const person of people) value = rememberDevice(value, person);
    expect(deviceNonceFor(value, people[0]!)).toBeNull();
    for (const person of people.slice(1)) expect(deviceNonceFor(value, person)).not.toBeNull();
  });

  it("is read from the Cookie header under either name, and set HttpOnly, SameSite=Lax, for 90 days", () => {
    const value = rememberDevice(null, alice);
    expect(deviceNonceFor(readDeviceCookie(`a=1; record-device=${encodeURIComponent(value)}; b=2`), alice)).not.toBeNull();
    expect(deviceNonceFor(readDeviceCookie(`__Host-record-device=${value}`), alice)).not.toBeNull();
    expect(readDeviceCookie("record-device=%E0%A4%A")).toBeNull();
    expect(readDeviceCookie("other=1")).toBeNull();
    expect(deviceCookie(true)).toEqual({
      name: "__Host-record-device",
      options: { httpOnly: true, sameSite: "lax", secure: true, path: "/", maxAge: 90 * 24 * 60 * 60 },
    });
    expect(deviceCookie(false)).toMatchObject({ name: "record-device", options: { secure: false, httpOnly: true } });
  });
});
