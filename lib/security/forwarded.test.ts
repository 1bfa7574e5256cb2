import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, getEnv, resetEnvForTests } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER, clientAddress, forwardedProto, trustedProxyHops } from "./forwarded";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("clientAddress", () => {
  it("a forged X-Forwarded-For (or X-Real-IP) is ignored without TRUST_PROXY: the socket's address counts", () => {
    const headers = request({ [SOCKET_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" });
    expect(clientAddress(headers, 0)).toBe("203.0.113.9");
    // Rotating the header changes nothing.
    for (const forged of ["1.1.1.1", "2.2.2.2, 3.3.3.3", "garbage"]) {
      expect(clientAddress(request({ [SOCKET_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": forged }), 0)).toBe("203.0.113.9");
    }
  });

  it("with N trusted proxies, takes the Nth address from the right; entries the client prepended prove nothing", () => {
    const headers = request({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.1" });
    expect(clientAddress(headers, 1)).toBe("10.0.0.1");
    expect(clientAddress(headers, 2)).toBe("198.51.100.7");
    // A list shorter than the hops: the leftmost (the first proxy saw it).
    expect(clientAddress(request({ "x-forwarded-for": "198.51.100.7" }), 3)).toBe("198.51.100.7");
    // No header at all: the socket.
    expect(clientAddress(request({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });

  it("refuses what is not an address and unwraps IPv4-mapped IPv6", () => {
    expect(clientAddress(request({ [SOCKET_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientAddress(request({ [SOCKET_ADDRESS_HEADER]: "::1" }), 0)).toBe("::1");
    expect(clientAddress(request({ "x-forwarded-for": "<script>" }), 1)).toBeNull();
    expect(clientAddress(request({}), 0)).toBeNull();
  });
});

describe("forwardedProto", () => {
  it("a forged X-Forwarded-Proto is ignored without TRUST_PROXY; with it, the nearest proxy's word counts", () => {
    expect(forwardedProto(request({ "x-forwarded-proto": "https" }), 0)).toBeNull();
    expect(forwardedProto(request({ "x-forwarded-proto": "https" }), 1)).toBe("https");
    expect(forwardedProto(request({ "x-forwarded-proto": "https, http" }), 1)).toBe("http");
    expect(forwardedProto(request({ "x-forwarded-proto": "HTTPS, http" }), 2)).toBe("https");
  });
});

describe("TRUST_PROXY", () => {
  const before = process.env.TRUST_PROXY;
  afterEach(() => {
    if (before === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = before;
    resetEnvForTests();
  });

  it("defaults to 0 and is validated at start-up", () => {
    delete process.env.TRUST_PROXY;
    resetEnvForTests();
    expect(getEnv().trustProxy).toBe(0);
    process.env.TRUST_PROXY = "2";
    resetEnvForTests();
    expect(getEnv().trustProxy).toBe(2);
    for (const bad of ["yes", "-1", "1.5", "99"]) {
      process.env.TRUST_PROXY = bad;
      resetEnvForTests();
      expect(() => getEnv(), bad).toThrow(ConfigError);
      expect(trustedProxyHops(bad), bad).toBe(0);
    }
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("1")).toBe(1);
  });
});
