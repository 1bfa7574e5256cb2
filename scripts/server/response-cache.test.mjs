// The cache's store (LRU by bytes, TTL, epochs) and which requests it may answer.
import { describe, expect, it } from "vitest";
import { bypassReason, cacheKey, cacheOptionsFromEnv, isShareable, ResponseCache, varyIsUnderstood } from "./response-cache.mjs";

const entry = (size) => ({ size, status: 200, headers: {}, bodies: {} });
const request = (headers = {}, { method = "GET", url = "/entries" } = {}) => ({ method, url, headers });

describe("the store", () => {
  it("evicts the least recently used entries by bytes, counting every entry's whole size", () => {
    const cache = new ResponseCache({ maxBytes: 1000, ttlMs: 60_000, maxEntryFraction: 1 / 2 });
    expect(cache.set("a", entry(300), { epoch: 0 })).toBe(true);
    expect(cache.set("b", entry(300), { epoch: 0 })).toBe(true);
    expect(cache.set("c", entry(300), { epoch: 0 })).toBe(true);
    cache.get("a"); // a is now the most recently used
    expect(cache.set("d", entry(300), { epoch: 0 })).toBe(true);
    expect([...cache.entries.keys()]).toEqual(["c", "a", "d"]);
    expect(cache.stats()).toMatchObject({ entries: 3, bytes: 903 });
    expect(cache.bytes).toBeLessThanOrEqual(1000);
  });

  it("does not store an answer larger than its share of the budget", () => {
    const cache = new ResponseCache({ maxBytes: 1000, ttlMs: 60_000, maxEntryFraction: 1 / 4 });
    expect(cache.set("big", entry(260), { epoch: 0 })).toBe(false);
    expect(cache.set("small", entry(200), { epoch: 0 })).toBe(true);
    expect(cache.stats()).toMatchObject({ entries: 1 });
  });

  it("never stores a fill that began before an invalidation, and forgets everything on one", () => {
    const cache = new ResponseCache({ maxBytes: 1000, ttlMs: 60_000 });
    cache.set("a", entry(10), { epoch: cache.epoch });
    const begun = cache.epoch;
    cache.invalidate();
    expect(cache.get("a")).toBeUndefined();
    expect(cache.set("b", entry(10), { epoch: begun })).toBe(false);
    expect(cache.set("b", entry(10), { epoch: cache.epoch })).toBe(true);
    expect(cache.stats()).toMatchObject({ entries: 1, invalidations: 1 });
  });

  it("does not answer with an entry older than the TTL, but keeps it as the stale copy until its refill", () => {
    let now = 0;
    const cache = new ResponseCache({ maxBytes: 1000, ttlMs: 60_000, now: () => now });
    cache.set("a", entry(10), { epoch: 0 });
    now = 59_000;
    expect(cache.get("a")).toBeDefined();
    expect(cache.stale("a")).toBeUndefined();
    now = 61_000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.stale("a")).toBeDefined();
    cache.set("a", entry(10), { epoch: 0 });
    expect(cache.get("a")).toBeDefined();
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 11 });
    cache.invalidate();
    expect(cache.stale("a")).toBeUndefined();
  });

  it("stores nothing with PAGE_CACHE_MB=0, defaults to 32 MB and 60 s, and refuses nonsense", () => {
    const off = new ResponseCache(cacheOptionsFromEnv({ PAGE_CACHE_MB: "0" }));
    expect(off.set("a", entry(1), { epoch: 0 })).toBe(false);
    expect(cacheOptionsFromEnv({})).toEqual({ maxBytes: 32 * 1024 * 1024, ttlMs: 60_000 });
    expect(() => cacheOptionsFromEnv({ PAGE_CACHE_MB: "lots" })).toThrow(/PAGE_CACHE_MB/);
    expect(() => cacheOptionsFromEnv({ PAGE_CACHE_TTL_S: "0" })).toThrow(/PAGE_CACHE_TTL_S/);
  });
});

describe("which requests the cache may answer", () => {
  it("answers a plain public GET or HEAD", () => {
    expect(bypassReason(request(), "/entries")).toBeNull();
    expect(bypassReason(request({}, { method: "HEAD" }), "/feed.xml")).toBeNull();
    expect(bypassReason(request({ cookie: "theme=dark", "cache-control": "no-cache" }), "/")).toBeNull();
  });

  it("never answers a request carrying any Auth.js cookie, chunked session tokens included", () => {
    for (const cookie of [
      "authjs.session-token=x",
      "__Secure-authjs.session-token.0=x; __Secure-authjs.session-token.1=y",
      "a=1; __Host-authjs.csrf-token=t",
      "authjs.callback-url=%2F",
      "next-auth.session-token=x",
    ]) {
      expect(bypassReason(request({ cookie }), "/"), cookie).toBe("auth-cookie");
    }
  });

  it("never answers the editorial system, server actions, other methods, Authorization or the health check", () => {
    for (const path of ["/admin", "/admin/entries", "/login", "/setup", "/api/auth/session", "/hy/admin", "/ru/login"]) {
      expect(bypassReason(request({}, { url: path }), path), path).toBe("private");
    }
    expect(bypassReason(request({ "next-action": "abc" }), "/")).toBe("server-action");
    expect(bypassReason(request({}, { method: "POST" }), "/")).toBe("method");
    expect(bypassReason(request({ authorization: "Bearer x" }), "/api/v1/entries")).toBe("authorization");
    expect(bypassReason(request(), "/healthz")).toBe("uncached-path");
    expect(bypassReason(request(), "/administrators-guide")).toBeNull();
  });

  it("keys on what Next.js varies on: the RSC headers, the _rsc query, scheme, host, and a user agent's presence", () => {
    const base = { host: "record.example", "user-agent": "Mozilla/5.0" };
    const html = cacheKey(request(base), { https: false });
    const rsc = cacheKey(request({ ...base, rsc: "1" }), { https: false });
    const tree = cacheKey(request({ ...base, rsc: "1", "next-router-state-tree": "%5B%22%22%5D" }), { https: false });
    const prefetch = cacheKey(request({ ...base, rsc: "1", "next-router-prefetch": "1" }), { https: false });
    const segment = cacheKey(request({ ...base, rsc: "1", "next-router-segment-prefetch": "/_tree" }), { https: false });
    const nextUrl = cacheKey(request({ ...base, rsc: "1", "next-url": "/entries" }), { https: false });
    const query = cacheKey(request(base, { url: "/entries?_rsc=abc" }), { https: false });
    const https = cacheKey(request(base), { https: true });
    const noAgent = cacheKey(request({ host: "record.example" }), { https: false });
    expect(new Set([html, rsc, tree, prefetch, segment, nextUrl, query, https, noAgent]).size).toBe(9);
    expect(cacheKey(request({ ...base, "user-agent": "curl/8" }), { https: false })).toBe(html);
    expect(cacheKey(request({ ...base, "accept-language": "ru" }), { https: false })).toBe(html);
  });

  it("shares only a 200 that sets no cookie; pages whatever Next.js says, route handlers unless private", () => {
    const page = { "content-type": "text/html", vary: "rsc, next-router-state-tree", "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" };
    const feed = { "content-type": "application/rss+xml", "cache-control": "public, max-age=60" };
    expect(isShareable({ status: 200, headers: page })).toBe(true);
    expect(isShareable({ status: 200, headers: feed })).toBe(true);
    expect(isShareable({ status: 200, headers: { ...page, "set-cookie": ["a=1"] } })).toBe(false);
    expect(isShareable({ status: 200, headers: { ...feed, "set-cookie": "a=1" } })).toBe(false);
    for (const status of [201, 204, 301, 304, 404, 410, 500, 503]) expect(isShareable({ status, headers: page }), String(status)).toBe(false);
    expect(isShareable({ status: 200, headers: { "content-type": "application/json", "cache-control": "no-store" } })).toBe(false);
    expect(isShareable({ status: 200, headers: { ...page, vary: "rsc, accept-language" } })).toBe(false);
  });

  it("shares only answers that vary on headers it keys on", () => {
    expect(varyIsUnderstood(undefined)).toBe(true);
    expect(varyIsUnderstood("RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Next-Url")).toBe(true);
    expect(varyIsUnderstood("Accept-Encoding")).toBe(true);
    expect(varyIsUnderstood("RSC, Accept-Language")).toBe(false);
    expect(varyIsUnderstood("*")).toBe(false);
  });
});
