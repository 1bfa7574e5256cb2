// Response headers against the production build: a CSP the browser enforces — hashes of the inline scripts on
// public pages (identical bytes for every reader, so they are cached), a per-request nonce on the editorial
// system's — the other security headers on pages, feeds, API and static files, request ids, and the body-size cap.
import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { waitForHydration } from "./hydration";

const PUBLIC_PAGES = ["/", "/entries", "/entries?q=Lachin", "/actors", "/actors/california", "/recognition", "/no-such-page"];
const PRIVATE_PAGES = ["/login", "/setup"];
const ENTRY = "/entries/2023-artsakh-statement-on-peace-process-blockade-and-lachin-corridor";

function scriptSources(policy: string): string[] {
  return /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
}

/** The inline scripts the browser would run (no src, not a data block), with their exact text. */
function inlineScripts(html: string): { attributes: string; text: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .map((m) => ({ attributes: m[1]!, text: m[2]! }))
    .filter(({ attributes }) => !/\ssrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes));
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

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
  test("public pages carry a CSP of script hashes (no nonce, no 'strict-dynamic', no 'unsafe-inline'), and the other headers", async ({ request }) => {
    for (const path of PUBLIC_PAGES) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      const policy = headers["content-security-policy"] ?? "";
      const scripts = scriptSources(policy);
      expect(scripts[0], path).toBe("'self'");
      expect(scripts.length, path).toBeGreaterThan(1);
      for (const source of scripts.slice(1)) expect(source, path).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
      expect(policy, path).not.toContain("'nonce-");
      expect(policy, path).not.toContain("'strict-dynamic'");
      expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain("object-src 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-powered-by"], path).toBeUndefined();
      // Served over plain HTTP here: no HSTS (it would pin a name to HTTPS that has none).
      expect(headers["strict-transport-security"], path).toBeUndefined();
    }
  });

  test("the editorial system's pages keep a CSP whose script nonce is new on every request", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of [...PRIVATE_PAGES, ...PRIVATE_PAGES]) {
      const response = await request.get(path, { maxRedirects: 0 });
      const policy = response.headers()["content-security-policy"] ?? "";
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(response.headers()["x-cache"], path).toBeUndefined();
      nonces.add(nonceOf(policy));
    }
    expect(nonces.size).toBe(PRIVATE_PAGES.length * 2);
  });

  test("every inline script of a public page, the 404 page's too, is in its policy by hash; /login's carry its nonce", async ({ request }) => {
    for (const path of ["/", ENTRY, "/no-such-page"]) {
      const response = await request.get(path);
      const allowed = scriptSources(response.headers()["content-security-policy"] ?? "");
      const scripts = inlineScripts(await response.text());
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const { text } of scripts) expect(allowed, `${path}: ${text.slice(0, 60)}`).toContain(sha256(text));
      // A client's own policy header cannot put a nonce of its choosing on a shared page.
      const sneaky = await request.get(`${path}${path.includes("?") ? "&" : "?"}n=1`, { headers: { "Content-Security-Policy": "script-src 'nonce-chosen'" } });
      expect(await sneaky.text(), path).not.toContain('nonce="chosen"');
    }
    const login = await request.get("/login");
    const nonce = nonceOf(login.headers()["content-security-policy"] ?? "");
    const executable = [...(await login.text()).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((a) => !/type="application\/ld\+json"/.test(a));
    expect(executable.length).toBeGreaterThan(0);
    for (const attributes of executable) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  test("a cached (second) answer has the same bytes and hashes, and the page still hydrates without a violation", async ({ page, request }) => {
    const path = "/entries?kind=statement";
    const first = await request.get(path);
    const second = await request.get(path);
    expect(second.headers()["x-cache"]).toBe("HIT");
    expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
    expect(await second.text()).toBe(await first.text());
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    expect(response!.headers()["x-cache"]).toBe("HIT");
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
    expect(await violations()).toEqual([]);
  });

  test("a 304 carries the same policy as the 200 it confirms", async ({ request }) => {
    const full = await request.get("/actors");
    const notModified = await request.get("/actors", { headers: { "If-None-Match": full.headers()["etag"]! } });
    expect(notModified.status()).toBe(304);
    expect(notModified.headers()["content-security-policy"]).toBe(full.headers()["content-security-policy"]);
  });

  test("client-side navigation works from a cached page, under the hash policy", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/recognition");
    const response = await page.goto("/recognition");
    expect(response!.headers()["x-cache"]).toBe("HIT");
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
    // A marker on the window survives a client-side navigation and is lost on a full page load.
    await page.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true));
    const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entries" });
    await waitForHydration(link);
    await link.click();
    await expect(page).toHaveURL(/\/entries$/);
    await expect(page.getByRole("heading", { level: 1, name: "Entries" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBe(true);
    expect(await violations()).toEqual([]);
  });

  test("public pages are no longer no-store, so the browser restores them from its back/forward cache", async ({ playwright, request }) => {
    test.setTimeout(60_000);
    // The header is what failed before: Chromium 156 also restores some no-store pages (when no cookie changed),
    // so the restore below shows the public pages are eligible, not that no-store pages are not.
    for (const path of ["/", "/entries", "/recognition"]) {
      const cacheControl = (await request.get(path)).headers()["cache-control"] ?? "";
      expect(cacheControl, path).not.toMatch(/no-store/);
    }
    // Playwright turns the back/forward cache off by default; this browser keeps Chromium's own default.
    const browser = await playwright.chromium.launch({ ...test.info().project.use.launchOptions, ignoreDefaultArgs: ["--disable-back-forward-cache"] });
    try {
      const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
      await page.addInitScript(() => {
        window.addEventListener("pageshow", (event) => ((window as unknown as { __restored?: boolean }).__restored = event.persisted));
      });
      const cdp = await page.context().newCDPSession(page);
      const notRestored: string[] = [];
      cdp.on("Page.backForwardCacheNotUsed", (event) => notRestored.push(...event.notRestoredExplanations.map((e) => e.reason)));
      await cdp.send("Page.enable");
      await page.goto("/entries");
      await page.goto("/actors");
      // A page restored from the back/forward cache fires no load event: wait for the commit only.
      await page.goBack({ waitUntil: "commit" });
      await expect(page).toHaveURL(/\/entries$/);
      await expect(page.getByRole("heading", { level: 1, name: "Entries" })).toBeVisible();
      expect(notRestored).toEqual([]);
      // The page kept its state: shown again from memory (pageshow with persisted), not loaded anew.
      expect(await page.evaluate(() => (window as unknown as { __restored?: boolean }).__restored)).toBe(true);
    } finally {
      await browser.close();
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
    // The site's own scripts still ran (after the first paint, without any interaction).
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
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
