// The production server's full-response cache (scripts/server.mjs), over raw HTTP: what it stores, what it
// never stores, its encodings and 304s, and the cap on chunked request bodies.
import http from "node:http";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";
import { waitForHydration } from "./hydration";

const port = Number(process.env.E2E_PORT ?? 3100);

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One request, bytes as sent (no decoding, no cookies, no redirects followed). */
function raw(path: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** A view of the listing no earlier request filled (unknown parameters are ignored by the pages). */
const fresh = (path = "/entries") => `${path}${path.includes("?") ? "&" : "?"}cache-test=${Math.random().toString(36).slice(2)}`;

test.describe("full-response cache", () => {
  test("the first GET of a page is a MISS, the second a HIT with the same bytes, policy and ETag", async () => {
    const path = fresh();
    const first = await raw(path);
    const second = await raw(path);
    expect(first.status).toBe(200);
    expect(first.headers["x-cache"]).toBe("MISS");
    expect(second.headers["x-cache"]).toBe("HIT");
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
    expect(second.headers.etag).toBe(first.headers.etag);
    // A fresh request id and the security headers on the hit too.
    expect(second.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers["x-request-id"]).not.toBe(first.headers["x-request-id"]);
    expect(second.headers["x-content-type-options"]).toBe("nosniff");
    expect(second.headers["x-frame-options"]).toBe("DENY");
    // Public: the browser revalidates, a proxy may keep it a second; no longer no-store.
    expect(second.headers["cache-control"]).toBe("public, max-age=0, s-maxage=1, must-revalidate");
  });

  test("brotli, gzip and identity decode to the same bytes, for pages, feeds, the API, exports, citations and the sitemap", async ({ request }) => {
    const slug = ((await (await request.get("/api/v1/entries?limit=1")).json()) as { data: { slug: string }[] }).data[0]!.slug;
    for (const path of [fresh("/"), fresh("/feed.xml"), "/api/v1/entries?limit=5", "/export/entries.csv", `/entries/${slug}/citation.bib`, "/sitemap.xml"]) {
      const identity = await raw(path, { headers: { "Accept-Encoding": "identity" } });
      const gzip = await raw(path, { headers: { "Accept-Encoding": "gzip" } });
      const brotli = await raw(path, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
      const refused = await raw(path, { headers: { "Accept-Encoding": "br;q=0, gzip;q=0" } });
      expect(identity.status, path).toBe(200);
      expect(gzip.headers["x-cache"], path).toBe("HIT");
      expect(identity.headers["content-encoding"], path).toBeUndefined();
      expect(refused.headers["content-encoding"], path).toBeUndefined();
      expect(gzip.headers["content-encoding"], path).toBe("gzip");
      expect(brotli.headers["content-encoding"], path).toBe("br");
      expect(gzip.headers.vary, path).toMatch(/accept-encoding/i);
      expect(zlib.gunzipSync(gzip.body).equals(identity.body), path).toBe(true);
      expect(zlib.brotliDecompressSync(brotli.body).equals(identity.body), path).toBe(true);
      expect(refused.body.equals(identity.body), path).toBe(true);
    }
  });

  test("a revalidation gets 304 with the same policy and ETag as the 200, for pages and feeds alike", async () => {
    for (const path of [fresh(), fresh("/feed.xml")]) {
      const full = await raw(path);
      const notModified = await raw(path, { headers: { "If-None-Match": full.headers.etag! } });
      expect(notModified.status, path).toBe(304);
      expect(notModified.body.length, path).toBe(0);
      expect(notModified.headers["content-security-policy"], path).toBe(full.headers["content-security-policy"]);
      expect(notModified.headers.etag, path).toBe(full.headers.etag);
      expect((await raw(path, { headers: { "If-None-Match": '"something-else"' } })).status, path).toBe(200);
    }
  });

  test("HEAD is answered from the cache with the GET's headers and no body", async () => {
    const path = fresh();
    const head = await raw(path, { method: "HEAD" });
    const get = await raw(path);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(get.headers["x-cache"]).toBe("HIT");
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(Number(head.headers["content-length"])).toBe(get.body.length);
  });

  test("an RSC payload of a client-side navigation is cached apart from the page's HTML", async ({ page }) => {
    // Each payload by its address and whether it was a prefetch (the router asks for both, under their own keys).
    const payloads = new Map<string, (string | undefined)[]>();
    page.on("response", (response) => {
      const headers = response.request().headers();
      if (headers["rsc"] !== "1" || new URL(response.url()).pathname !== "/actors") return;
      if (!response.headers()["content-type"]?.startsWith("text/x-component")) return;
      const key = `${response.url()} prefetch=${headers["next-router-prefetch"] ?? ""}`;
      payloads.set(key, [...(payloads.get(key) ?? []), response.headers()["x-cache"]]);
    });
    for (let round = 0; round < 3; round += 1) {
      await page.goto("/");
      const link = page.getByRole("navigation").getByRole("link", { name: "Actors" });
      await waitForHydration(link);
      await link.click();
      await expect(page.getByRole("heading", { level: 1, name: "Actors" })).toBeVisible();
    }
    const asked = [...payloads.values()];
    expect(asked.length).toBeGreaterThan(0);
    // Whatever the router asked again, the cache answered: the first request of a payload fills it.
    expect(asked.some((answers) => answers.length >= 2)).toBe(true);
    for (const answers of asked) expect(answers.slice(1).every((cache) => cache === "HIT")).toBe(true);
    // And the page's own HTML is a separate entry: a plain request for /actors is not answered with a payload.
    const html = await page.request.get("/actors");
    expect(html.headers()["content-type"]).toMatch(/^text\/html/);
  });

  test("never stored: signed-in requests (any Auth.js cookie), the editorial system, server actions, other methods, 404s, /healthz", async () => {
    const twice = async (path: string, options: Parameters<typeof raw>[1] = {}) => {
      await raw(path, options);
      return raw(path, options);
    };
    const path = fresh();
    for (const cookie of ["authjs.session-token=x", "__Secure-authjs.session-token.0=x", "authjs.csrf-token=y"]) {
      const answer = await twice(path, { headers: { Cookie: cookie } });
      expect(answer.headers["x-cache"], cookie).toBe("BYPASS");
      expect(answer.headers["cache-control"], cookie).toMatch(/no-store/);
    }
    expect((await twice("/login")).headers["x-cache"]).toBeUndefined();
    expect((await twice("/admin")).headers["x-cache"]).toBeUndefined();
    expect((await twice(path, { headers: { "Next-Action": "0".repeat(42) } })).headers["x-cache"]).toBe("BYPASS");
    expect((await twice(path, { method: "POST" })).headers["x-cache"]).toBe("BYPASS");
    const missing = await twice("/no-such-page-for-the-cache");
    expect(missing.status).toBe(404);
    expect(missing.headers["x-cache"]).toBe("MISS");
    expect((await twice("/healthz")).headers["x-cache"]).toBe("BYPASS");
    // None of these filled the entry: the plain request is still the first to store it.
    expect((await raw(path)).headers["x-cache"]).toBe("MISS");
  });

  test("/healthz keeps its answer and counts hits, misses and bypasses", async ({ request }) => {
    const before = (await (await request.get("/healthz")).json()).responseCache;
    const path = fresh();
    await raw(path);
    await raw(path);
    await raw(path, { headers: { Cookie: "authjs.session-token=x" } });
    const body = await (await request.get("/healthz")).json();
    expect(body).toMatchObject({ status: "ok", db: "ok" });
    expect(body.responseCache.misses - before.misses).toBeGreaterThanOrEqual(1);
    expect(body.responseCache.hits - before.hits).toBeGreaterThanOrEqual(1);
    expect(body.responseCache.bypasses - before.bypasses).toBeGreaterThanOrEqual(2);
    expect(body.responseCache.entries).toBeGreaterThan(0);
    expect(body.responseCache.bytes).toBeLessThanOrEqual(body.responseCache.maxBytes);
  });
});

test.describe("request-body cap", () => {
  /** A POST whose body is sent in 64 kB chunks without Content-Length (Transfer-Encoding: chunked). */
  function chunkedPost(path: string, total: number): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: "127.0.0.1", port, path, method: "POST", headers: { "Content-Type": "text/plain", "Transfer-Encoding": "chunked" } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on("error", reject);
      const chunk = Buffer.alloc(64 * 1024, "x");
      let sent = 0;
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });
  }

  test("a chunked request body over the cap (no Content-Length) is refused with 413 before anything reads it", async () => {
    for (const path of ["/login", "/entries"]) {
      const answer = await chunkedPost(path, 3 * 1024 * 1024);
      expect(answer.status, path).toBe(413);
      expect(JSON.parse(answer.body.toString()), path).toMatchObject({ error: "payload_too_large" });
    }
  });

  test("a chunked request body under the cap still reaches the site", async () => {
    const answer = await chunkedPost("/login", 64 * 1024);
    expect(answer.status).not.toBe(413);
    expect(answer.status).toBeLessThan(500);
  });
});
