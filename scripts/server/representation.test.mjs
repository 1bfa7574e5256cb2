// Stored answers: their compressed forms, the encoding each client gets, and 304s.
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseEncoding, isNotModified, makeRepresentation, PUBLIC_CACHE_CONTROL } from "./representation.mjs";

const html = Buffer.from(`<!DOCTYPE html><p>${"Stepanakert Ստեփանակերտ Степанакерт ".repeat(200)}</p>`, "utf8");
const all = { identity: Buffer.from("i"), gzip: Buffer.from("g"), br: Buffer.from("b") };

describe("a stored answer", () => {
  it("holds gzip and brotli forms that decode to the identity bytes, with a strong ETag and public caching", async () => {
    const rep = await makeRepresentation({
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store", "x-request-id": "r1", vary: "RSC" },
      body: html,
      shared: true,
    });
    expect(zlib.gunzipSync(rep.bodies.gzip).equals(html)).toBe(true);
    expect(zlib.brotliDecompressSync(rep.bodies.br).equals(html)).toBe(true);
    expect(rep.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(rep.headers["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
    expect(rep.headers.vary).toBe("RSC, Accept-Encoding");
    expect(rep.headers["x-request-id"]).toBeUndefined();
    expect(rep.size).toBeGreaterThan(html.length + rep.bodies.gzip.length + rep.bodies.br.length);
  });

  it("keeps a route's own ETag, and does not compress what is already compressed", async () => {
    const zip = Buffer.alloc(4096, 7);
    const rep = await makeRepresentation({ status: 200, headers: { "content-type": "application/zip", etag: '"mine"' }, body: zip, shared: true });
    expect(rep.headers.etag).toBe('"mine"');
    expect(Object.keys(rep.bodies)).toEqual(["identity"]);
  });
});

describe("content negotiation", () => {
  it("prefers brotli, then gzip, honours q=0 and the wildcard", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd", all)).toBe("br");
    expect(chooseEncoding("gzip", all)).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip", all)).toBe("gzip");
    expect(chooseEncoding("gzip;q=0, br;q=0", all)).toBe("identity");
    expect(chooseEncoding("*", all)).toBe("br");
    expect(chooseEncoding("*;q=0, identity", all)).toBe("identity");
    expect(chooseEncoding("br;q=0.5, gzip;q=0.8", all)).toBe("gzip");
    expect(chooseEncoding(undefined, all)).toBe("identity");
    expect(chooseEncoding("br", { identity: all.identity })).toBe("identity");
  });
});

describe("conditional requests", () => {
  const headers = { etag: '"abc"', "last-modified": "Tue, 01 Dec 2026 10:00:00 GMT" };
  it("If-None-Match decides when present (weak comparison), otherwise If-Modified-Since", () => {
    expect(isNotModified({ ifNoneMatch: '"abc"' }, headers)).toBe(true);
    expect(isNotModified({ ifNoneMatch: 'W/"abc", "x"' }, headers)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"other"', ifModifiedSince: "Tue, 01 Dec 2026 11:00:00 GMT" }, headers)).toBe(false);
    expect(isNotModified({ ifModifiedSince: "Tue, 01 Dec 2026 11:00:00 GMT" }, headers)).toBe(true);
    expect(isNotModified({ ifModifiedSince: "Tue, 01 Dec 2026 09:00:00 GMT" }, headers)).toBe(false);
    expect(isNotModified({}, headers)).toBe(false);
  });
});
