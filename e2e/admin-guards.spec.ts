// Who may do what: a signed-out visitor gets no admin page, route handler or server action; an editor gets
// no user management; a disabled user or an old password loses the session on the next request.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN, EDITOR, addUser, answerCodeStepIfAsked, freshTotpCode, newSession, signIn, signInAsAdmin, uniqueTag, type Person } from "./admin-fixtures";

const root = process.cwd();
const anyId = "00000000-0000-4000-8000-000000000000";

/** Every file named `name` under the admin route group, as the URL path it serves. */
function adminRoutes(name: "page.tsx" | "route.ts"): string[] {
  const dir = path.join(root, "app", "(admin)");
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === name)
    .map((file) =>
      `/${path.dirname(file)}`
        .split(path.sep)
        .join("/")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\[[^\]]+\]/g, anyId),
    );
}

type Action = { id: string; file: string; name: string };

/** Every server action of the build, from Next.js's manifest of them. */
function serverActions(): Action[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => ({ id, file: a.filename, name: a.exportedName }));
}

/** Posts to a server action the way the browser does, with no arguments: the guard must answer before reading any. */
function callAction(request: APIRequestContext, id: string, origin = new URL(test.info().project.use.baseURL!).origin) {
  return request.post("/admin", {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: origin },
    data: "[]",
    maxRedirects: 0,
  });
}

// Signing in is how one stops being signed out; setup is guarded by its one-time token instead (see admin-flow).
const PUBLIC_ACTIONS = new Set(["signInAction", "setupAction"]);

test.describe("signed out", () => {
  test("every admin page sends the visitor to sign in", async ({ request }) => {
    const pages = adminRoutes("page.tsx");
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const route of pages) {
      const response = await request.get(route, { maxRedirects: 0 });
      expect(response.status(), route).toBe(307);
      expect(response.headers().location, route).toMatch(/\/login\?callbackUrl=%2Fadmin/);
    }
  });

  test("every admin route handler answers 401", async ({ request }) => {
    const routes = adminRoutes("route.ts");
    expect(routes).toContain("/admin/api/actors");
    for (const route of routes) {
      const response = await request.get(`${route}?q=arm`);
      expect(response.status(), route).toBe(401);
      expect(await response.json()).toEqual({ error: "Sign in to use this." });
    }
  });

  test("every server action refuses, and changes nothing", async ({ request, page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/entries");
    const before = await page.getByRole("status").textContent();

    const actions = serverActions().filter((a) => !PUBLIC_ACTIONS.has(a.name));
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(["saveEntryAction", "entryLifecycleAction", "restoreRevisionAction", "createUserAction", "mergeActorsAction", "previewMarkdownAction"]));
    for (const action of actions) {
      const response = await callAction(request, action.id);
      const body = await response.text();
      if (action.name === "signOutAction") {
        expect(response.headers()["x-action-redirect"], action.name).toMatch(/^\/login/);
        continue;
      }
      // The refusal's message is a catalogue key (forms.signedOut), shown by the form in the editor's language.
      expect(body, `${action.file} ${action.name}`).toContain('"status":"signed_out"');
      expect(body, `${action.file} ${action.name}`).toContain("forms.signedOut");
      expect(body).not.toContain('"status":"ok"');
    }
    await page.reload();
    expect(await page.getByRole("status").textContent()).toBe(before);
  });
});

test.describe("foreign origin", () => {
  test("every server action posted from another origin is refused, even with an admin's session, and changes nothing", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/entries");
    const entriesBefore = await page.getByRole("status").textContent();
    await page.goto("/admin/users");
    const usersBefore = await page.getByRole("listitem").count();

    const actions = serverActions();
    expect(actions.length).toBeGreaterThanOrEqual(10);
    for (const action of actions) {
      const response = await callAction(page.request, action.id, "https://evil.example");
      expect(response.status(), `${action.file} ${action.name}`).toBeGreaterThanOrEqual(400);
      expect(await response.text(), action.name).not.toContain('"status":"ok"');
      expect(response.headers()["x-action-redirect"], action.name).toBeUndefined();
    }
    // Still signed in (signOutAction did not run), and nothing changed.
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/admin\/users$/);
    expect(await page.getByRole("listitem").count()).toBe(usersBefore);
    await page.goto("/admin/entries");
    expect(await page.getByRole("status").textContent()).toBe(entriesBefore);
  });
});

test.describe("roles", () => {
  test("an editor cannot reach user management, by page or by action", async ({ page, browser }) => {
    await signInAsAdmin(page);
    await addUser(page, EDITOR, "editor");
    const editor = await newSession(browser);
    await signIn(editor.page, EDITOR);
    await expect(editor.page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: "Users" })).toHaveCount(0);
    await editor.page.goto("/admin/users");
    await expect(editor.page).toHaveURL(/\/admin\/denied/);
    await expect(editor.page.getByRole("heading", { name: "Administrators only" })).toBeVisible();
    await expect(editor.page.getByRole("region", { name: "Add a user" })).toHaveCount(0);

    const userActions = serverActions().filter((a) => a.file.includes("admin/users/actions"));
    expect(userActions.length).toBeGreaterThanOrEqual(3);
    for (const action of userActions) {
      const body = await (await callAction(editor.page.request, action.id)).text();
      expect(body, action.name).toContain('"status":"forbidden"');
      expect(body, action.name).toContain("forms.forbidden");
    }
    // The same editor may still do an editor's work through the same kind of call.
    const preview = serverActions().find((a) => a.name === "previewMarkdownAction")!;
    expect(await (await callAction(editor.page.request, preview.id)).text()).not.toContain("forms.signedOut");
    await editor.context.close();
  });
});

test.describe("sessions", () => {
  test("sign-in: one message for a wrong email or password, a site-only callback, a safe cookie", async ({ page }) => {
    // The admin's second sign-in may wait for a new code (a code is accepted once).
    test.setTimeout(75_000);
    await signInAsAdmin(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("status")).toContainText("You are signed out");
    for (const [email, password] of [
      ["nobody@example.org", ADMIN.password],
      [ADMIN.email, "not the right password"],
    ]) {
      await page.getByLabel("Email").fill(email!);
      await page.getByLabel("Password").fill(password!);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("Invalid email or password")).toBeVisible();
      await expect(page.getByLabel("Password")).toHaveValue("");
    }
    await page.goto("/login?callbackUrl=https://evil.example/admin");
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await answerCodeStepIfAsked(page, ADMIN);
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin$/);
    const session = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
    const hours = (session!.expires * 1000 - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11);
    expect(hours).toBeLessThanOrEqual(12.1);
  });

  test("a disabled user is signed out on the next request; a reset password ends the old session", async ({ page, browser }) => {
    test.setTimeout(75_000);
    const dan: Person = { name: `Dan ${uniqueTag()}`, email: `dan-${uniqueTag()}@example.org`, password: "dan's first passphrase" };
    await signInAsAdmin(page);
    await addUser(page, dan, "editor");
    const session = await newSession(browser);
    await signIn(session.page, dan);
    await session.page.goto("/admin/entries");
    await expect(session.page.getByRole("heading", { name: "Entries" })).toBeVisible();

    await page.goto("/admin/users");
    await page.getByRole("button", { name: `Disable ${dan.name}` }).click();
    await expect(page.getByText("Disabled. Their sessions ended")).toBeVisible();

    await session.page.reload();
    await expect(session.page).toHaveURL(/\/login\?.*reason=ended/);
    await expect(session.page.getByRole("status")).toContainText("Your session has ended");
    await session.page.getByLabel("Email").fill(dan.email);
    await session.page.getByLabel("Password").fill(dan.password);
    await session.page.getByRole("button", { name: "Sign in" }).click();
    await expect(session.page.getByText("Invalid email or password")).toBeVisible();

    await page.goto("/admin/users");
    await page.getByRole("button", { name: `Enable ${dan.name}` }).click();
    await expect(page.getByText("Enabled. They can sign in again.")).toBeVisible();
    await signIn(session.page, dan);

    await page.getByText(`Reset the password of ${dan.name}`).click();
    const reset = page.getByRole("form", { name: `Reset the password of ${dan.name}` });
    await reset.getByLabel(`New password for ${dan.name}`, { exact: true }).fill("dan's second passphrase");
    await reset.getByLabel(`Repeat the new password for ${dan.name}`).fill("dan's second passphrase");
    // The admin's session alone does not set a password: the admin's own code is asked for.
    await reset.getByRole("button", { name: "Reset password" }).click();
    await expect(reset.getByText("Enter a code from your app (or a recovery code) to confirm; nothing was changed.").first()).toBeVisible();
    await expect(reset.getByLabel("Code or recovery code to confirm")).toHaveAttribute("aria-invalid", "true");
    await reset.getByLabel(`New password for ${dan.name}`, { exact: true }).fill("dan's second passphrase");
    await reset.getByLabel(`Repeat the new password for ${dan.name}`).fill("dan's second passphrase");
    await reset.getByLabel("Code or recovery code to confirm").fill(await freshTotpCode(ADMIN.email));
    await reset.getByRole("button", { name: "Reset password" }).click();
    await expect(reset.getByText("Password reset.")).toBeVisible();
    await session.page.goto("/admin/entries");
    await expect(session.page).toHaveURL(/\/login\?.*reason=ended/);
    await signIn(session.page, { ...dan, password: "dan's second passphrase" });
    await session.context.close();
  });
});
