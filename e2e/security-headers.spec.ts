// Response headers against the production build: a per-request CSP nonce that the browser enforces, the other
// security headers on pages, feeds, API and static files, request ids, and the body-size cap.
import { expect, test, type Page } from "@playwright/test";

const PAGES = ["/", "/entries", "/entries?q=Lachin", "/actors", "/actors/california", "/recognition", "/login", "/no-such-page"];

function nonceOf(policy: string): string {
  const match = /'nonce-([^']+)'/.exec(policy);
  if (!match) throw new Error(`no nonce in ${policy}`);
  return match[1]!;
}

/** Collects CSP violations the page reports, from before its first script. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test.describe("security headers", () => {
  test("every page carries a CSP whose script nonce is new on every request, and the other headers", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of PAGES) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      const policy = headers["content-security-policy"] ?? "";
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain("object-src 'none'");
      nonces.add(nonceOf(policy));
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-powered-by"], path).toBeUndefined();
      // Served over plain HTTP here: no HSTS (it would pin a name to HTTPS that has none).
      expect(headers["strict-transport-security"], path).toBeUndefined();
    }
    expect(nonces.size).toBe(PAGES.length);
  });

  test("every script in the HTML carries this response's nonce, the 404 page's too", async ({ request }) => {
    for (const path of ["/", "/entries/2023-artsakh-statement-on-peace-process-blockade-and-lachin-corridor", "/no-such-page"]) {
      const response = await request.get(path);
      const nonce = nonceOf(response.headers()["content-security-policy"] ?? "");
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      const executable = scripts.filter((attributes) => !/type="application\/ld\+json"/.test(attributes));
      expect(executable.length, path).toBeGreaterThan(0);
      for (const attributes of executable) expect(attributes, path).toContain(`nonce="${nonce}"`);
    }
  });

  test("the browser runs the site's own scripts under the policy and reports no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of ["/", "/entries?kind=meeting", "/recognition", "/login"]) {
      await page.goto(path);
      // Next.js sets window.next once its client bundle has run: the nonce let the scripts through.
      await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next), { message: path }).toBe("object");
      expect(await violations(), path).toEqual([]);
    }
  });

  test("markup injected into a page, as a stored XSS would be, does not run and is reported", async ({ page }) => {
    const violations = await watchViolations(page);
    // The real answer with its real policy, plus what an attacker would need the server to echo.
    await page.route("**/entries", async (route) => {
      const answer = await route.fetch();
      const html = (await answer.text()).replace(
        "</body>",
        `<script>window.__injected = true</script><img src="/favicon.ico" onerror="window.__handler = true" onload="window.__handler = true" alt=""></body>`,
      );
      await route.fulfill({ response: answer, body: html });
    });
    await page.goto("/entries");
    await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
    const ran = await page.evaluate(() => {
      const w = window as unknown as { __injected?: boolean; __handler?: boolean };
      return { script: w.__injected ?? false, handler: w.__handler ?? false };
    });
    expect(ran).toEqual({ script: false, handler: false });
    // The site's own scripts still ran.
    expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
  });

  test("the site cannot be framed", async ({ page }) => {
    await page.setContent(`<iframe src="${test.info().project.use.baseURL}/entries" title="framed"></iframe>`);
    // Chromium replaces a frame refused by frame-ancestors with its error page.
    const child = page.frames().find((frame) => frame !== page.mainFrame())!;
    await expect.poll(() => child.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe[title="framed"]').getByRole("heading", { name: "Entries" })).toHaveCount(0);
  });

  test("a forged X-Forwarded-Proto from a client (no TRUST_PROXY) does not pin the site to HTTPS", async ({ request }) => {
    // The test server trusts no proxy (the default), so this header is the client's own claim. With TRUST_PROXY
    // set, the proxy's word gives HSTS: lib/security/headers.test.ts, lib/security/forwarded.test.ts.
    const response = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("feeds, the API, exports and static files are not sniffed", async ({ request, page }) => {
    for (const path of ["/feed.xml", "/feed.json", "/api/v1/entries", "/export/entries.csv", "/healthz", "/robots.txt"]) {
      const response = await request.get(path);
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers()["x-powered-by"], path).toBeUndefined();
    }
    await page.goto("/");
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
    const asset = await request.get(stylesheet!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("every answer has a request id; a plausible one from a front proxy is kept, anything else replaced", async ({ request }) => {
    const own = (await request.get("/entries")).headers()["x-request-id"];
    expect(own).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request.get("/entries", { headers: { "X-Request-Id": "lb-7f3a9c21e4b8" } });
    expect(kept.headers()["x-request-id"]).toBe("lb-7f3a9c21e4b8");
    const replaced = await request.get("/entries", { headers: { "X-Request-Id": "<script>" } });
    expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("a request body over the cap is refused with 413 before anything reads it", async ({ request }) => {
    const response = await request.post("/login", { data: "x".repeat(2 * 1024 * 1024), headers: { "Content-Type": "text/plain" } });
    expect(response.status()).toBe(413);
    expect(await response.json()).toMatchObject({ error: "payload_too_large" });
  });
});
