// Hostile input against the running production build: forms, sessions, redirects, query strings, paths and
// request bodies. Each case is named after what it attacks; each expects a clear answer (a message next to the
// field, a 4xx, a redirect home), never a 500, no script running, and nothing stored or changed.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { EDITOR, addUser, dataDir, newSession, signIn, signInAsAdmin, signOut, uniqueTag, watchDialogs, type Person } from "./admin-fixtures";

const SESSION_COOKIE = "__Secure-authjs.session-token";

async function editorPage(page: Page) {
  await signInAsAdmin(page);
  await addUser(page, EDITOR, "editor");
  await page.context().clearCookies();
  await signIn(page, EDITOR);
}

async function newStatement(page: Page, title: string, date = "2020-11-09") {
  await page.goto("/admin/entries/new?kind=statement");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByRole("button", { name: "Add a source" }).click();
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Source URL").fill("https://president.am/en/press-release/item/2020/11/10/");
  await source.getByLabel("Source title").fill("Statement by the President");
  return source;
}

/** How many entries the admin list finds for a search: proof that nothing was stored. */
async function storedCount(page: Page, search: string): Promise<number> {
  await page.goto(`/admin/entries?q=${encodeURIComponent(search)}`);
  return page.getByRole("link", { name: new RegExp(search) }).count();
}

function serverActionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === name);
  if (!found) throw new Error(`no server action ${name}`);
  return found[0];
}

function postAction(request: APIRequestContext, name: string, { origin, body = "[]" }: { origin?: string | null; body?: string }) {
  const headers: Record<string, string> = { "Next-Action": serverActionId(name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" };
  if (origin) headers.Origin = origin;
  return request.post("/admin/users", { headers, data: body, maxRedirects: 0 });
}

test.describe("hostile input in the entry form", () => {
  test("javascript: as a source URL is refused next to the field and nothing is stored", async ({ page }) => {
    await editorPage(page);
    const title = `Hostile js url ${uniqueTag()}`;
    const source = await newStatement(page, title);
    await source.getByLabel("Source URL").fill("javascript:alert(document.cookie)");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(source.getByText("Only http:// and https:// links are accepted")).toBeVisible();
    expect(await storedCount(page, title)).toBe(0);
  });

  test("data: as an archive URL is refused next to the field and nothing is stored", async ({ page }) => {
    await editorPage(page);
    const title = `Hostile data url ${uniqueTag()}`;
    const source = await newStatement(page, title);
    await source.getByLabel("Archive URL").fill("data:text/html,<script>alert(1)</script>");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(source.getByText("Only http:// and https:// links are accepted")).toBeVisible();
    expect(await storedCount(page, title)).toBe(0);
  });

  test("an impossible date (30 February) is refused next to the date, nothing stored", async ({ page }) => {
    await editorPage(page);
    const title = `Hostile date ${uniqueTag()}`;
    await newStatement(page, title, "2023-02-30");
    await page.getByRole("button", { name: "Save draft" }).click();
    // The one message that applies, then the hint: nothing about the future.
    await expect(page.getByLabel("Date", { exact: true })).toHaveAccessibleDescription(/^Not a calendar date YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(await storedCount(page, title)).toBe(0);
  });

  test("a date in the future is refused next to the date, nothing stored", async ({ page }) => {
    await editorPage(page);
    const title = `Hostile future ${uniqueTag()}`;
    await newStatement(page, title, "2099-01-01");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByLabel("Date", { exact: true })).toHaveAccessibleDescription(/The date cannot be in the future/);
    expect(await storedCount(page, title)).toBe(0);
  });

  test("a null byte in the summary is refused next to the field, never a server error, nothing stored", async ({ page }) => {
    await editorPage(page);
    const title = `Hostile nul ${uniqueTag()}`;
    await newStatement(page, title);
    await page.getByLabel("Summary", { exact: true }).fill("before\u0000after");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByLabel("Summary", { exact: true })).toHaveAccessibleDescription(/Contains a null character/);
    await expect(page.getByText("The server could not do this")).toHaveCount(0);
    expect(await storedCount(page, title)).toBe(0);
  });

  test("right-to-left override and combining characters are stored and shown intact", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await editorPage(page);
    const title = `Hostile rtl ${uniqueTag()} \u202Egnp.exe مرحبا Ա̈ Z̵̡a̸l̷g̶o̵ Ստեփանակերտ`;
    await newStatement(page, title);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const address = (await page.getByText(/^Address on the site: /).textContent())!.replace("Address on the site: ", "");
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(new URL(page.url()).pathname).toMatch(/^\/entries\/[a-z0-9-]+$/);
    expect(dialogs).toEqual([]);
  });

  test("a 1 MB title is refused with a message, nothing stored, no error page", async ({ page }) => {
    await editorPage(page);
    const tag = uniqueTag();
    await newStatement(page, `Hostile big ${tag}`);
    await page.getByLabel("Title", { exact: true }).evaluate((input: HTMLInputElement, t) => {
      input.removeAttribute("maxlength");
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setter.call(input, `Hostile big ${t} ${"A".repeat(1024 * 1024)}`);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }, tag);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Nothing was saved: this entry is too large to send at once")).toBeVisible();
    await expect(page.getByRole("heading", { name: /Application error|Something went wrong|could not be shown/i })).toHaveCount(0);
    expect(await storedCount(page, `Hostile big ${tag}`)).toBe(0);
  });
});

test.describe("hostile sessions and origins", () => {
  test("password guessing: the tenth failure locks the account for 15 minutes, with a clear message", async ({ page }) => {
    // Unknown devices are slowed down after three failures (up to 2 s an answer).
    test.setTimeout(60_000);
    const email = `guess-${uniqueTag()}@example.org`;
    await page.goto("/login");
    for (let i = 1; i <= 10; i++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`guess number ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText(i < 10 ? "Invalid email or password" : "Too many sign-in attempts. Try again in 15 minutes.")).toBeVisible();
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    // Still locked, whatever the password.
    await page.getByLabel("Password").fill("correct horse battery admin");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/Too many sign-in attempts\. Try again in 1[45] minutes\./)).toBeVisible();
  });

  test("a forged X-Forwarded-For, new on every try, does not dodge the per-address sign-in limit", async ({ page }) => {
    // The test server trusts no proxy (TRUST_PROXY unset): the socket's address counts, and a header naming
    // another socket address is replaced by the server, not believed.
    const email = `rotate-${uniqueTag()}@example.org`;
    await page.goto("/login");
    for (let i = 1; i <= 10; i++) {
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i}`, "X-Real-IP": `203.0.113.${i}`, "X-Record-Socket-Address": `192.0.2.${i}` });
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`guess number ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText(i < 10 ? "Invalid email or password" : "Too many sign-in attempts. Try again in 15 minutes.")).toBeVisible();
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
  });

  test("locking an editor's email out from unknown browsers does not lock out the editor's own browser (device cookie)", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const editor: Person = { name: "Lou Lockout", email: `lockout-${uniqueTag()}@example.org`, password: "correct horse battery lockout" };
    await signInAsAdmin(page);
    await addUser(page, editor, "editor");

    // The editor's own browser signs in once and keeps the device cookie: HttpOnly, SameSite=Lax, 90 days.
    const own = await newSession(browser);
    await signIn(own.page, editor);
    const device = (await own.context.cookies()).find((cookie) => cookie.name === "record-device");
    expect(device, "the device cookie").toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(device!.expires * 1000).toBeGreaterThan(Date.now() + 89 * 24 * 60 * 60 * 1000);
    await signOut(own.page);

    // A stranger who knows the email, in a browser of their own, from the same address: ten guesses lock it.
    const stranger = await newSession(browser);
    await stranger.page.goto("/login");
    for (let i = 1; i <= 10; i++) {
      await stranger.page.getByLabel("Email").fill(editor.email);
      await stranger.page.getByLabel("Password").fill(`guess number ${i}`);
      await stranger.page.getByRole("button", { name: "Sign in" }).click();
      await expect(stranger.page.getByText(i < 10 ? "Invalid email or password" : "Too many sign-in attempts. Try again in 15 minutes.")).toBeVisible();
      await expect(stranger.page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    await stranger.page.getByLabel("Password").fill(editor.password);
    await stranger.page.getByRole("button", { name: "Sign in" }).click();
    await expect(stranger.page.getByText(/Too many sign-in attempts/)).toBeVisible();
    await stranger.context.close();

    // The editor's own browser still signs in, with the right password.
    await own.page.getByLabel("Email").fill(editor.email);
    await own.page.getByLabel("Password").fill(editor.password);
    await own.page.getByRole("button", { name: "Sign in" }).click();
    await expect(own.page).toHaveURL(/\/admin$/);
    await own.context.close();
  });

  test("an editor's dashboard shows no sign-in or user lines of the audit log; an admin's does", async ({ page, browser }) => {
    // Signs in three times (admin, editor, admin again in its own browser).
    test.setTimeout(90_000);
    await editorPage(page);
    await page.goto("/admin");
    const audit = page.getByRole("region", { name: /Audit log/ });
    await expect(audit).toBeVisible();
    await expect(audit).not.toContainText(/signed in|signed out|failed to sign in|locked out|added a user|first administrator/);
    const admin = await newSession(browser);
    await signInAsAdmin(admin.page);
    await expect(admin.page.getByRole("region", { name: /Audit log/ })).toContainText(`${EDITOR.name} signed in`);
    await admin.context.close();
  });

  test("a replayed session cookie after sign-out is refused", async ({ page, browser }) => {
    await editorPage(page);
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    const thief = await newSession(browser);
    await thief.context.addCookies(cookies);
    await thief.page.goto("/admin/entries");
    await expect(thief.page).toHaveURL(/\/login\?.*reason=ended/);
    await thief.context.close();
  });

  test("an expired session token (valid signature, past exp) is refused", async ({ page, browser }) => {
    await editorPage(page);
    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
    const secret = fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8").trim();
    const token = await decode({ token: cookie.value, secret, salt: SESSION_COOKIE });
    expect(token?.sid, "the cookie carries the session record's id").toMatch(/^[0-9a-f-]{36}$/);
    const expired = await encode({ token: token!, secret, salt: SESSION_COOKIE, maxAge: -60 });
    const other = await newSession(browser);
    await other.context.addCookies([{ ...cookie, value: expired }]);
    await other.page.goto("/admin/entries");
    await expect(other.page).toHaveURL(/\/login\?callbackUrl=/);
    // And a forged one, signed with another secret.
    const forged = await encode({ token: token!, secret: "not the secret of this site, long enough", salt: SESSION_COOKIE, maxAge: 3600 });
    await other.context.clearCookies();
    await other.context.addCookies([{ ...cookie, value: forged }]);
    await other.page.goto("/admin/entries");
    await expect(other.page).toHaveURL(/\/login\?callbackUrl=/);
    await other.context.close();
  });

  test("a server action posted with a foreign Origin is refused and changes nothing", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/users");
    const before = await page.getByRole("listitem").count();
    const response = await postAction(page.request, "createUserAction", {
      origin: "https://evil.example",
      body: JSON.stringify([null, { email: "mallory@evil.example", name: "Mallory", role: "admin", password: "mallory's long password" }]),
    });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('"status":"ok"');
    await page.reload();
    expect(await page.getByRole("listitem").count()).toBe(before);
    await expect(page.getByText("mallory@evil.example")).toHaveCount(0);
  });

  test("a server action posted with no Origin and no session is refused", async ({ request }) => {
    const response = await postAction(request, "createUserAction", { origin: null });
    expect(response.status()).toBeLessThan(500);
    // The refusal: status signed_out, its message the catalogue key the form shows in the editor's language.
    const body = await response.text();
    expect(body).toContain('"status":"signed_out"');
    expect(body).toContain("forms.signedOut");
  });

  test("sign-in posted to Auth.js without a CSRF token is refused, no session cookie", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: "ada.admin@example.org", password: "correct horse battery admin" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["set-cookie"] ?? "").not.toContain(SESSION_COOKIE);
  });

  test("a guessed entry id that does not exist gives 404, not 500", async ({ page }) => {
    await editorPage(page);
    for (const url of ["/admin/entries/00000000-0000-4000-8000-000000000000/edit", "/admin/entries/not-a-uuid/edit", "/admin/entries/..%2F..%2Fetc%2Fpasswd/history", "/admin/actors/00000000-0000-4000-8000-000000000000/edit"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
    }
  });

  test("a signed-out visitor cannot open an existing entry's edit page by its id", async ({ page, browser }) => {
    await editorPage(page);
    await page.goto("/admin/entries");
    const hrefs = await page.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const target = hrefs.find((h) => /^\/admin\/entries\/[0-9a-f-]{36}\/edit$/.test(h));
    expect(target, "the entries list links to an entry's edit page").toBeTruthy();
    const stranger = await newSession(browser);
    const response = await stranger.page.request.get(target!, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/^\/login\?callbackUrl=/);
    await stranger.context.close();
  });
});

test.describe("hostile redirects", () => {
  for (const evil of ["//evil.example", "https://evil.example/admin", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)"]) {
    test(`open redirect through callbackUrl=${JSON.stringify(evil)} lands on /admin instead`, async ({ page }) => {
      await editorPage(page);
      await page.goto(`/login?callbackUrl=${encodeURIComponent(evil)}`);
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/);
    });
  }

  // These pass the raw-input check ("/." is not "//") but URL parsing normalises them to "//evil.example".
  const normalisedToOtherHost = ["/.//evil.example", "/..//evil.example", "/a/..//evil.example", "/%2e%2e//evil.example", "/.%2f/evil.example", "/%5cevil.example"];

  test("open redirect through dot segments and encodings in callbackUrl: a signed-in editor stays on the site", async ({ page }) => {
    await editorPage(page);
    for (const evil of normalisedToOtherHost) {
      const answer = await page.request.get(`/login?callbackUrl=${encodeURIComponent(evil)}`, { maxRedirects: 0 });
      expect(answer.status(), evil).toBeGreaterThanOrEqual(300);
      expect(answer.status(), evil).toBeLessThan(400);
      expect(answer.headers().location, evil).toMatch(/^\/admin$|^http:\/\/127\.0\.0\.1:\d+\/admin$/);
    }
  });

  test("open redirect through dot segments in callbackUrl: the real sign-in form lands on /admin", async ({ page }) => {
    await signInAsAdmin(page);
    await addUser(page, EDITOR, "editor");
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent("/.//evil.example")}`);
    await page.getByLabel("Email").fill(EDITOR.email);
    await page.getByLabel("Password").fill(EDITOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/admin"));
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/);
  });
});

test.describe("hostile query strings, paths and bodies", () => {
  test("unknown and repeated query parameters on /entries: the page answers, no error", async ({ request }) => {
    const response = await request.get("/entries?kind=meeting&kind=statement&utm_source=x&__proto__=1&constructor=2");
    expect(response.status()).toBe(200);
  });

  test("an unknown query parameter on /api/v1/entries: 400 naming it", async ({ request }) => {
    const response = await request.get("/api/v1/entries?kind=meeting&evil=1");
    expect(response.status()).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("evil");
  });

  test("repeated query parameters on /api/v1/entries: an answer, never a 500", async ({ request }) => {
    const response = await request.get("/api/v1/entries?kind=meeting&kind=statement&limit=1&limit=1000");
    expect([200, 400]).toContain(response.status());
  });

  test("a huge q on /entries and /api/v1: a message naming q, never a 500", async ({ request }) => {
    const q = "x".repeat(8000);
    const page = await request.get(`/entries?q=${q}`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain("q must be at most 200 characters");
    const api = await request.get(`/api/v1/entries?q=${q}`);
    expect(api.status()).toBe(400);
    expect(JSON.stringify(await api.json())).toContain("q");
  });

  test("path traversal in an entry slug: 404 on the page and the API", async ({ request }) => {
    for (const url of ["/entries/..%2F..%2Fetc%2Fpasswd", "/entries/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/entries/%00", "/api/v1/entries/..%2F..%2Fetc%2Fpasswd"]) {
      const response = await request.get(url);
      expect([400, 404], url).toContain(response.status());
      expect(await response.text()).not.toContain("root:");
    }
  });

  test("malformed JSON to the Auth.js and API route handlers: 4xx, never a 500", async ({ request }) => {
    for (const url of ["/api/auth/callback/credentials", "/api/auth/session", "/api/auth/signout", "/api/v1/entries"]) {
      const response = await request.post(url, { headers: { "Content-Type": "application/json" }, data: '{"email": "a@b", "password": ', maxRedirects: 0 });
      expect(response.status(), url).toBeLessThan(500);
    }
  });

  test("an oversized request body (3 MB) to a server action: 413 before parsing, nothing stored", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/users");
    const before = await page.getByRole("listitem").count();
    const origin = new URL(page.url()).origin;
    const response = await postAction(page.request, "createUserAction", { origin, body: JSON.stringify(["x".repeat(3 * 1024 * 1024)]) });
    expect(response.status()).toBe(413);
    expect(await response.json()).toMatchObject({ error: "payload_too_large" });
    await page.reload();
    expect(await page.getByRole("listitem").count()).toBe(before);
  });
});
