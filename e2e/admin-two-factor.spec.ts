// Two-factor sign-in end to end: an admin requires it of an editor, who is sent to enrol before anything else,
// scans (reads) the key, confirms with a code made here with otpauth, keeps recovery codes, and signs in with a
// code and with a recovery code. Wrong and replayed codes are refused.
import { expect, test } from "@playwright/test";
import { totpCode } from "../lib/auth/totp";
import { addUser, enrolTwoFactor, freshTotpCode, newSession, signIn, signInAsAdmin, uniqueTag, type Person } from "./admin-fixtures";

test("an editor required to use two-factor enrols, then signs in with a code and with a recovery code", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tara: Person = { name: `Tara ${uniqueTag()}`, email: `tara-${uniqueTag()}@example.org`, password: "tara's long passphrase" };
  await signInAsAdmin(page);
  await addUser(page, tara, "editor");
  const row = page.getByRole("listitem", { name: tara.name });
  await expect(row).toContainText("two-factor off");
  await row.getByRole("button", { name: `Require two-factor for ${tara.name}` }).click();
  await expect(row.getByText("Required: they set up two-factor sign-in before anything else.")).toBeVisible();

  const session = await newSession(browser);
  const p = session.page;
  await p.goto("/login");
  await p.getByLabel("Email").fill(tara.email);
  await p.getByLabel("Password").fill(tara.password);
  await p.getByRole("button", { name: "Sign in" }).click();
  await expect(p).toHaveURL(/\/admin\/account\/two-factor$/);
  await expect(p.getByRole("status")).toContainText("Your account must use two-factor sign-in");
  // Nothing else opens until she enrols.
  await p.goto("/admin/entries/new?kind=statement");
  await expect(p).toHaveURL(/\/admin\/account\/two-factor$/);

  await p.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const key = (await p.getByLabel("Key", { exact: true }).textContent())!.replace(/\s+/g, "");
  await p.getByLabel("Code from your app").fill("000000" === totpCode(key) ? "111111" : "000000");
  await p.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(p.getByText("That code is not right.")).toBeVisible();
  await p.reload();
  const recovery = await enrolTwoFactor(p, tara);
  expect(recovery).toHaveLength(10);
  await p.getByRole("link", { name: "Continue to the dashboard" }).click();
  await expect(p).toHaveURL(/\/admin$/);
  // The key is not shown again once two-factor sign-in is on.
  await p.goto("/admin/account/two-factor");
  await expect(p.getByText("Two-factor sign-in is on")).toBeVisible();
  await expect(p.getByLabel("Key", { exact: true })).toHaveCount(0);
  expect(await p.content()).not.toContain(key);

  // Sign out, then in with a wrong code, then the right one.
  await p.getByRole("button", { name: "Sign out" }).click();
  await p.getByLabel("Email").fill(tara.email);
  await p.getByLabel("Password").fill(tara.password);
  await p.getByRole("button", { name: "Sign in" }).click();
  const code = p.getByLabel("Authentication code");
  await expect(code).toBeVisible();
  expect(await p.context().cookies()).not.toContainEqual(expect.objectContaining({ name: expect.stringMatching(/session-token$/) }));
  await code.fill("12345x");
  await p.getByRole("button", { name: "Verify" }).click();
  await expect(p.getByText("That code is not right.")).toBeVisible();
  const good = await freshTotpCode(tara.email);
  await code.fill(good);
  await p.getByRole("button", { name: "Verify" }).click();
  await expect(p).toHaveURL(/\/admin$/);

  // The same code a second time (a replay) does not sign in again; a recovery code does, once.
  await p.getByRole("button", { name: "Sign out" }).click();
  await p.getByLabel("Email").fill(tara.email);
  await p.getByLabel("Password").fill(tara.password);
  await p.getByRole("button", { name: "Sign in" }).click();
  await code.fill(good);
  await p.getByRole("button", { name: "Verify" }).click();
  await expect(p.getByText("That code is not right.")).toBeVisible();
  await code.fill(recovery[0]!);
  await p.getByRole("button", { name: "Verify" }).click();
  await expect(p).toHaveURL(/\/admin$/);
  await session.context.close();

  // The admin sees it on, and the audit log has the sign-ins.
  await page.goto("/admin/users");
  await expect(page.getByRole("listitem", { name: tara.name })).toContainText("two-factor on");
});

test("the administrator was sent to enrol at the first sign-in and now signs in with a code", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/account/two-factor");
  await expect(page.getByText("Two-factor sign-in is on")).toBeVisible();
  // Required of admins: no way to turn it off for oneself.
  await expect(page.getByRole("button", { name: "Turn off two-factor sign-in" })).toHaveCount(0);
});

test("turning two-factor off with a session alone is refused next to the field; a current code turns it off", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const omar: Person = { name: `Omar ${uniqueTag()}`, email: `omar-${uniqueTag()}@example.org`, password: "omar's long passphrase" };
  await signInAsAdmin(page);
  await addUser(page, omar, "editor");
  const session = await newSession(browser);
  const p = session.page;
  await signIn(p, omar);
  await p.goto("/admin/account/two-factor");
  await enrolTwoFactor(p, omar);
  await p.goto("/admin/account/two-factor");
  await expect(p.getByText("Two-factor sign-in is on")).toBeVisible();

  const proof = p.getByLabel("Code or recovery code to confirm");
  const turnOff = p.getByRole("button", { name: "Turn off two-factor sign-in" });
  await turnOff.click();
  await expect(p.getByText("Enter a code from your app (or a recovery code) to confirm; nothing was changed.")).toBeVisible();
  await expect(proof).toHaveAttribute("aria-invalid", "true");
  await proof.fill("12345x");
  await turnOff.click();
  await expect(p.getByText(/That code is not right\..*nothing was changed\./)).toBeVisible();
  await p.reload();
  await expect(p.getByText("Two-factor sign-in is on")).toBeVisible();

  await proof.fill(await freshTotpCode(omar.email));
  await turnOff.click();
  await expect(p).toHaveURL(/\/login\?.*reason=ended/);
  await signIn(p, omar);
  await p.goto("/admin/account/two-factor");
  await expect(p.getByRole("button", { name: "Set up two-factor sign-in" })).toBeVisible();
  await session.context.close();
});
