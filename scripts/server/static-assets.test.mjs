// The build's files, compressed once and held: which paths are served, what they carry, and the budget.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { STATIC_CACHE_CONTROL, StaticAssets, staticCacheBytesFromEnv, staticFileFor } from "./static-assets.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "static-assets-test-"));
const script = Buffer.from(`self.__record=function(){return ${JSON.stringify("Ստեփանակերտ Степанакерт ".repeat(400))}};`);
fs.mkdirSync(path.join(dir, "chunks"));
fs.writeFileSync(path.join(dir, "chunks", "a1b2.js"), script);
fs.writeFileSync(path.join(dir, "chunks", "big.css"), Buffer.alloc(64 * 1024, "a"));
fs.mkdirSync(path.join(dir, "media"));
fs.writeFileSync(path.join(dir, "media", "noto.woff2"), Buffer.alloc(2048, 9));
fs.writeFileSync(path.join(os.tmpdir(), "static-assets-outside.js"), "secret");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the build's static files", () => {
  it("names only files inside the static directory, of a known type", () => {
    expect(staticFileFor(dir, "/_next/static/chunks/a1b2.js")).toBe(path.join(dir, "chunks", "a1b2.js"));
    expect(staticFileFor(dir, "/_next/static/../../static-assets-outside.js")).toBeNull();
    expect(staticFileFor(dir, "/_next/static/%2e%2e/static-assets-outside.js")).toBeNull();
    expect(staticFileFor(dir, "/_next/static/chunks/a1b2.exe")).toBeNull();
    expect(staticFileFor(dir, "/_next/static/%E0%A4%A")).toBeNull();
    expect(staticFileFor(dir, "/_next/image")).toBeNull();
    expect(staticFileFor(dir, "/entries")).toBeNull();
  });

  it("holds a script with gzip and brotli forms that decode to the file, immutable, with the given headers", async () => {
    const assets = new StaticAssets({ staticDir: dir, maxBytes: 1024 * 1024, headers: { "x-content-type-options": "nosniff" } });
    const rep = await assets.get("/_next/static/chunks/a1b2.js");
    expect(rep).not.toBeNull();
    expect(zlib.gunzipSync(rep.bodies.gzip).equals(script)).toBe(true);
    expect(zlib.brotliDecompressSync(rep.bodies.br).equals(script)).toBe(true);
    expect(rep.bodies.br.length).toBeLessThan(script.length / 4);
    expect(rep.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    expect(rep.headers["cache-control"]).toBe(STATIC_CACHE_CONTROL);
    expect(rep.headers.vary).toBe("Accept-Encoding");
    expect(rep.headers["x-content-type-options"]).toBe("nosniff");
    expect(rep.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    // Held: the second answer is the same object, and the bytes are counted once.
    const bytes = assets.stats().bytes;
    expect(await assets.get("/_next/static/chunks/a1b2.js")).toBe(rep);
    expect(assets.stats().bytes).toBe(bytes);
  });

  it("does not compress a font, and forgets names that are not there", async () => {
    const assets = new StaticAssets({ staticDir: dir, maxBytes: 1024 * 1024 });
    const font = await assets.get("/_next/static/media/noto.woff2");
    expect(Object.keys(font.bodies)).toEqual(["identity"]);
    expect(font.headers["content-type"]).toBe("font/woff2");
    expect(font.headers.vary).toBeUndefined();
    expect(await assets.get("/_next/static/chunks/missing.js")).toBeNull();
    expect(await assets.get("/_next/static/chunks")).toBeNull();
    expect(assets.stats().files).toBe(1);
  });

  it("leaves a file over the budget to Next.js, and holds nothing when turned off", async () => {
    const small = new StaticAssets({ staticDir: dir, maxBytes: 1024 });
    expect(await small.get("/_next/static/chunks/big.css")).toBeNull();
    expect(small.stats()).toMatchObject({ files: 0, bytes: 0 });
    const off = new StaticAssets({ staticDir: dir, maxBytes: 0 });
    expect(await off.get("/_next/static/chunks/a1b2.js")).toBeNull();
  });

  it("reads STATIC_CACHE_MB, and refuses a value that is not a size", () => {
    expect(staticCacheBytesFromEnv({})).toBe(32 * 1024 * 1024);
    expect(staticCacheBytesFromEnv({ STATIC_CACHE_MB: "0" })).toBe(0);
    expect(staticCacheBytesFromEnv({ STATIC_CACHE_MB: "1.5" })).toBe(1.5 * 1024 * 1024);
    expect(() => staticCacheBytesFromEnv({ STATIC_CACHE_MB: "lots" })).toThrow(/STATIC_CACHE_MB/);
  });
});
