// The production server started against a PostgreSQL that does not answer: it starts anyway, says so in one line,
// and answers 503 with Retry-After and a readable page, never 500 or a stack trace. (The real outage, with
// recovery, is npm run bench:fault; see docs/OPERATIONS.md.)
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100) + 50;
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let output = "";

test.beforeAll(async () => {
  server = spawn(process.execPath, [path.join(process.cwd(), "scripts", "server.mjs")], {
    env: {
      ...process.env,
      PORT: String(port),
      SITE_URL: base,
      // Nothing listens on port 1: every connection is refused at once.
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/record",
      AUTH_SECRET: "an-e2e-secret-of-at-least-thirty-two-characters",
      NEXT_MANUAL_SIG_HANDLE: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await expect
    .poll(() => fetch(`${base}/healthz`).then((r) => r.status, () => 0), { timeout: 60_000 })
    .toBe(503);
});

test.afterAll(async () => {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
});

test.describe("with the database unreachable", () => {
  test("the server starts, says why in one line, and keeps trying", () => {
    expect(output).toContain("Error: Cannot reach the database in DATABASE_URL (ECONNREFUSED); retrying every 3 s");
  });

  test("/healthz answers 503 with the database named", async ({ request }) => {
    const response = await request.get(`${base}/healthz`);
    expect(response.status()).toBe(503);
    expect(await response.json()).toMatchObject({ status: "error", db: "unavailable" });
  });

  test("pages answer 503 with Retry-After and a page that says the record is briefly unavailable", async ({ page }) => {
    for (const route of ["/", "/entries?kind=meeting", "/actors/california", "/recognition"]) {
      const response = await page.goto(`${base}${route}`);
      expect(response?.status(), route).toBe(503);
      expect(response?.headers()["retry-after"], route).toBe("5");
      await expect(page.getByRole("heading", { name: "This page could not be shown just now" }), route).toBeVisible();
      await expect(page.getByText(/ECONNREFUSED|Failed query|at async/), route).toHaveCount(0);
    }
  });

  test("feeds, exports and the API answer 503, not 500; the API says so in JSON", async ({ request }) => {
    for (const route of ["/feed.xml", "/feed.json", "/export/record.json", "/api/v1/entries", "/api/v1/actors/california"]) {
      const response = await request.get(`${base}${route}`);
      expect(response.status(), route).toBe(503);
      expect(response.headers()["retry-after"], route).toBe("5");
      if (route.startsWith("/api/")) {
        expect(await response.json(), route).toEqual({ error: "unavailable", message: expect.stringMatching(/unavailable just now/) });
        expect(response.headers()["access-control-allow-origin"], route).toBe("*");
      }
    }
  });

  test("a bad parameter is still answered 400 without the database", async ({ request }) => {
    const response = await request.get(`${base}/api/v1/entries?kind=treaty`);
    expect(response.status()).toBe(400);
  });
});

test("screenshots of the 503 page (SCREENSHOTS=1)", async ({ page }) => {
  test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to take the design screenshots");
  for (const width of [360, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${base}/entries`);
      await page.screenshot({ path: `screenshots/unavailable-${width}-${scheme}.png`, fullPage: true });
    }
  }
});
