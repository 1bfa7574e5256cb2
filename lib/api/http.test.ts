import { describe, expect, it } from "vitest";
import { conditionalResponse, etagFor, isNotModified } from "./http";

const modified = new Date("2024-05-01T10:00:00.750Z");
const req = (headers: Record<string, string>) => new Request("http://x/", { headers });

describe("conditional requests", () => {
  it("match the ETag, weakly, in a list, or *", () => {
    const etag = etagFor("body");
    expect(isNotModified(req({ "If-None-Match": etag }), etag, modified)).toBe(true);
    expect(isNotModified(req({ "If-None-Match": `"x", W/${etag}` }), etag, modified)).toBe(true);
    expect(isNotModified(req({ "If-None-Match": "*" }), etag, modified)).toBe(true);
    expect(isNotModified(req({ "If-None-Match": etagFor("other") }), etag, modified)).toBe(false);
  });

  it("let If-None-Match decide over If-Modified-Since", () => {
    const etag = etagFor("body");
    const headers = { "If-None-Match": '"stale"', "If-Modified-Since": "Wed, 01 May 2024 10:00:00 GMT" };
    expect(isNotModified(req(headers), etag, modified)).toBe(false);
  });

  it("compare dates to the second, and ignore a date that is not one", () => {
    const etag = etagFor("body");
    expect(isNotModified(req({ "If-Modified-Since": "Wed, 01 May 2024 10:00:00 GMT" }), etag, modified)).toBe(true);
    expect(isNotModified(req({ "If-Modified-Since": "Wed, 01 May 2024 09:59:59 GMT" }), etag, modified)).toBe(false);
    expect(isNotModified(req({ "If-Modified-Since": "yesterday" }), etag, modified)).toBe(false);
  });

  it("build the body only when it is sent", async () => {
    let built = 0;
    const body = () => {
      built++;
      return "data";
    };
    const rep = { etag: '"e"', lastModified: modified, contentType: "text/plain" };
    const notModified = await conditionalResponse(req({ "If-None-Match": '"e"' }), rep, body);
    expect(notModified.status).toBe(304);
    expect(built).toBe(0);
    const full = await conditionalResponse(req({}), { ...rep, filename: "x.txt" }, body);
    expect(await full.text()).toBe("data");
    expect(full.headers.get("last-modified")).toBe("Wed, 01 May 2024 10:00:00 GMT");
    expect(full.headers.get("content-disposition")).toBe('attachment; filename="x.txt"');
    expect(built).toBe(1);
  });
});
