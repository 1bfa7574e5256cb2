// Hostile input against the write and read paths, below the browser: the entry form's data as the server
// action reads it (FormData → values → zod → one transaction), the public reads, the feeds and the API's
// parameters. Each case is named after what it attacks; each checks the answer and that nothing was stored.
import crypto from "node:crypto";
import { count, eq, like, sql } from "drizzle-orm";
import { CallbackRouteError } from "@auth/core/errors";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import { actorInputSchema } from "@/lib/actors/input";
import { createActor } from "@/lib/actors/write";
import { englishMessage } from "@/lib/i18n/english";
import { parseEntryListQuery, parseSlug } from "@/lib/api/params";
import { entryFormToInput, readEntryForm } from "@/lib/entries/form-data";
import { entrySubmissionSchema } from "@/lib/entries/input";
import { listPublishedEntries } from "@/lib/entries/listing";
import { getPublishedEntryBySlug } from "@/lib/entries/queries";
import { createEntry, updateEntry } from "@/lib/entries/write";
import { parseEntryFilters } from "@/lib/entries/filters";
import { buildFeed } from "@/lib/feeds/build";
import { log } from "@/lib/log";
import { describeError, guardConsoleFromDatabaseErrors } from "@/lib/log-error";
import { renderMarkdown } from "@/lib/markdown";
import { reportRequestError } from "@/lib/request-errors";
import { createUser, resetUserPassword } from "@/lib/users/write";
import { checkCredentials, type CredentialsResult } from "@/lib/auth/credentials";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, issueDeviceToken } from "@/lib/auth/device-cookie";
import { keyedHash } from "@/lib/auth/keyed-hash";
import { createSignInThrottle } from "@/lib/auth/throttle";

const RUN = `hostile${crypto.randomBytes(3).toString("hex")}`;
let editor: string;
let actorIds: string[];

beforeAll(async () => {
  editor = (await createUser({ input: { email: `${RUN}@example.org`, name: "Hostile Tester", role: "editor", password: "long enough password" }, actorId: null })).id;
  actorIds = (await getDb().select({ id: schema.actors.id }).from(schema.actors).limit(2)).map((a) => a.id);
});

// On PostgreSQL the database is shared with the other test files, which count the seed's entries and actors.
afterAll(async () => {
  await getDb().delete(schema.entries).where(like(schema.entries.slug, `%${RUN}%`));
  await getDb().delete(schema.actors).where(like(schema.actors.nameEn, `${RUN}%`));
});

/** A whole entry form, as the browser posts it; `fields` replace or add fields. */
function form(fields: Record<string, string>): FormData {
  const base: Record<string, string> = {
    kind: "meeting",
    title: `${RUN} ministers meet`,
    date: "2021-03-04",
    dateQualifier: "",
    summary: "Two ministers met.",
    body: "They **met**.",
    place: "Yerevan",
    tags: "peace-talks",
    originalLanguage: "en",
    "details.format": "bilateral",
    "details.outcomes": "",
    "actors.0.actorId": actorIds[0]!,
    "actors.0.role": "participant",
    "actors.0.titleAtTime": "Minister",
    "actors.1.actorId": actorIds[1]!,
    "actors.1.role": "participant",
    "actors.1.titleAtTime": "Minister",
    "sources.0.url": "https://example.org/release",
    "sources.0.title": "Release",
    "sources.0.tier": "primary",
    "sources.0.language": "en",
    intent: "publish",
    idempotencyKey: crypto.randomUUID(),
    changeNote: "",
  };
  const fd = new FormData();
  for (const [k, v] of Object.entries({ ...base, ...fields })) fd.set(k, v);
  return fd;
}

/** What saveEntryAction does after its guard: parse, and on success write in one transaction. */
async function submit(fd: FormData) {
  const values = readEntryForm(fd);
  const parsed = entrySubmissionSchema.safeParse({ ...entryFormToInput(values).candidate, intent: fd.get("intent") });
  if (!parsed.success) return { ok: false as const, paths: parsed.error.issues.map((i) => i.path.join(".")), messages: parsed.error.issues.map((i) => englishMessage(i.message)) };
  const { intent, version: _v, idempotencyKey: _k, changeNote: _c, ...input } = parsed.data;
  const created = await createEntry({ input, userId: editor, status: intent === "publish" ? "published" : "draft" });
  return { ok: true as const, ...created };
}

async function entryCount() {
  const [row] = await getDb().select({ n: count() }).from(schema.entries);
  const [sources] = await getDb().select({ n: count() }).from(schema.sources);
  return { entries: row!.n, sources: sources!.n };
}

async function refusedAndNothingStored(fd: FormData, path: RegExp, message: RegExp) {
  const before = await entryCount();
  const result = await submit(fd);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const index = result.paths.findIndex((p) => path.test(p));
  expect(index, `issues: ${result.paths.join(", ")}`).toBeGreaterThanOrEqual(0);
  expect(result.messages[index]).toMatch(message);
  // One message for the field: the rules after the one that failed are not checked.
  expect(result.paths.filter((p) => path.test(p)), `messages: ${result.messages.join(" | ")}`).toHaveLength(1);
  expect(await entryCount()).toEqual(before);
}

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>"'><svg onload=alert(1)>`;

describe("hostile input: the entry form's data", () => {
  it("script and event-handler payloads in every text field: stored as text, byte for byte", async () => {
    const fields = ["title", "summary", "place", "sources.0.title", "sources.0.publisher", "sources.0.author", "sources.0.quote", "sources.0.quoteTranslation", "sources.0.locator", "actors.0.titleAtTime"];
    const fd = form(Object.fromEntries(fields.map((f) => [f, f === "title" ? `${RUN} ${XSS}` : XSS])));
    const result = await submit(fd);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const entry = await getPublishedEntryBySlug({ slug: result.slug });
    expect(entry?.title).toBe(`${RUN} ${XSS}`);
    expect(entry?.summary).toBe(XSS);
    expect(entry?.place).toBe(XSS);
    expect(entry?.sources[0]).toMatchObject({ title: XSS, publisher: XSS, author: XSS, quote: XSS, quoteTranslation: XSS, locator: XSS });
    // The slug is made from the title, yet only of the safe alphabet.
    expect(result.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("script payloads in the feeds: escaped in RSS, Atom and JSON Feed, never markup", async () => {
    const result = await submit(form({ title: `${RUN} feed <script>alert(1)</script>`, summary: `<img src=x onerror=alert(1)>` }));
    expect(result.ok).toBe(true);
    for (const format of ["rss", "atom"] as const) {
      const xml = await buildFeed({ format, query: { filters: { q: RUN }, limit: 50 } });
      expect(xml).toContain(RUN);
      expect(xml).not.toMatch(/<script>alert\(1\)<\/script>/);
      expect(xml).not.toMatch(/<img src=x onerror/);
    }
    const json = JSON.parse(await buildFeed({ format: "json", query: { filters: { q: RUN }, limit: 50 } })) as { items: { title: string; content_html?: string }[] };
    const item = json.items.find((i) => i.title.includes("feed"));
    expect(item?.title).toContain("<script>alert(1)</script>");
    expect(item?.content_html ?? "").not.toMatch(/<img src=x onerror|<script>/);
  });

  it("script, raw HTML and javascript: links in the Markdown body: removed by the sanitiser", () => {
    const html = renderMarkdown(`${XSS}\n\n[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) <a href="javascript:alert(1)">a</a> <iframe src=https://evil.example></iframe>`);
    expect(html).not.toMatch(/<script|onerror|onload|<svg|<img|<iframe|javascript:|data:text/i);
  });

  it("javascript: URL as the source URL: refused next to the field, nothing stored", async () => {
    await refusedAndNothingStored(form({ "sources.0.url": "javascript:alert(document.cookie)" }), /^sources\.0\.url$/, /Only http:\/\/ and https:\/\//);
  });

  it("data: URL as the archive URL: refused next to the field, nothing stored", async () => {
    await refusedAndNothingStored(form({ "sources.0.archiveUrl": "data:text/html,<script>alert(1)</script>" }), /^sources\.0\.archiveUrl$/, /Only http:\/\/ and https:\/\//);
  });

  it("JavaScript: URL in mixed case with spaces and tabs: refused", async () => {
    await refusedAndNothingStored(form({ "sources.0.url": " \tJaVaScRiPt:alert(1)" }), /^sources\.0\.url$/, /Only http/);
  });

  it("a 1 MB title: refused with the limit, nothing stored", async () => {
    await refusedAndNothingStored(form({ title: "A".repeat(1024 * 1024) }), /^title$/, /At most 300 characters/);
  });

  it("a 1 MB summary, and 51 sources: refused, nothing stored", async () => {
    await refusedAndNothingStored(form({ summary: "B".repeat(1024 * 1024) }), /^summary$/, /At most 2,000/);
    const many: Record<string, string> = {};
    for (let i = 0; i < 51; i++) Object.assign(many, { [`sources.${i}.url`]: `https://example.org/${i}`, [`sources.${i}.title`]: `S${i}`, [`sources.${i}.tier`]: "secondary" });
    await refusedAndNothingStored(form(many), /^sources$/, /At most 50 sources/);
  });

  it("null bytes in the title and a source quote: refused next to the field, never a database error", async () => {
    await refusedAndNothingStored(form({ title: `${RUN} null\u0000byte` }), /^title$/, /control characters|null/i);
    await refusedAndNothingStored(form({ "sources.0.quote": "quote\u0000" }), /^sources\.0\.quote$/, /control characters|null/i);
  });

  it("an impossible date (30 February) and a date in the future: refused next to the date", async () => {
    await refusedAndNothingStored(form({ date: "2023-02-30" }), /^date$/, /Not a calendar date/);
    const next = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await refusedAndNothingStored(form({ date: next }), /^date$/, /future/);
    await refusedAndNothingStored(form({ date: "2021-13" }), /^date$/, /./);
    await refusedAndNothingStored(form({ date: "'; drop table entries; --" }), /^date$/, /./);
  });

  it("right-to-left override and combining characters: stored and read back intact", async () => {
    const title = `${RUN} \u202Egnp.exe ‫مرحبا‬ Ա̈̈ Z̵̡̢̛̗a̸͕͌l̷g̶o̵ Ստեփանակերտ`;
    const result = await submit(form({ title, summary: "עברית\u200F and ‏العربية", place: "Ստեփանակերտ" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const entry = await getPublishedEntryBySlug({ slug: result.slug });
    expect(entry?.title).toBe(title);
    expect(entry?.summary).toBe("עברית\u200F and ‏العربية");
    expect(result.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("an unknown actor id (guessed) in the form: refused whole, nothing stored", async () => {
    const before = await entryCount();
    const result = await submit(form({ "actors.0.actorId": crypto.randomUUID() }).valueOf() as FormData).catch((error: Error) => ({ ok: false as const, error }));
    expect(result.ok).toBe(false);
    expect(await entryCount()).toEqual(before);
  });
});

describe("hostile input: actor names", () => {
  it("script payloads in an actor's names: stored as text, escaped in the feeds, a safe slug", async () => {
    const input = actorInputSchema.parse({
      kind: "person",
      nameEn: `${RUN} <img src=x onerror=alert(1)>`,
      nameHy: "<script>alert('hy')</script>",
      nameRu: null,
      aliases: ['"><svg onload=alert(1)>'],
      countryCode: null,
      parentId: null,
      wikidataId: null,
      existedFrom: null,
      existedUntil: null,
      description: "<iframe src=javascript:alert(1)>",
    });
    const actor = await createActor({ input, userId: editor });
    expect(actor.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const result = await submit(form({ "actors.0.actorId": actor.id, title: `${RUN} with a hostile actor` }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const entry = await getPublishedEntryBySlug({ slug: result.slug });
    expect(entry?.actors.map((a) => a.name)).toContain(`${RUN} <img src=x onerror=alert(1)>`);
    for (const format of ["rss", "atom"] as const) {
      const xml = await buildFeed({ format, query: { filters: { q: `${RUN} with a hostile actor` }, limit: 5 } });
      expect(xml).toContain(RUN);
      expect(xml).not.toMatch(/<img src=x onerror/);
    }
  });

  it("a null byte in an actor's name: refused by the schema, never a database error", () => {
    const parsed = actorInputSchema.safeParse({ kind: "person", nameEn: "Null\u0000Actor", nameHy: null, nameRu: null, aliases: [], countryCode: null, parentId: null, wikidataId: null, existedFrom: null, existedUntil: null, description: null });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["nameEn"] });
    expect(englishMessage(parsed.error!.issues[0]!.message)).toMatch(/null character/);
  });
});

describe("hostile input: guessed ids and slugs", () => {
  it("an edit of an entry id that does not exist: a not-found answer, nothing written", async () => {
    const input = entrySubmissionSchema.parse({ ...entryFormToInput(readEntryForm(form({}))).candidate, intent: "save" });
    const { intent: _i, version: _v, idempotencyKey: _k, changeNote: _c, ...entry } = input;
    const before = await entryCount();
    const result = await updateEntry({ id: crypto.randomUUID(), input: entry, expectedVersion: 1, userId: editor });
    expect(result.status).toBe("not_found");
    expect(await entryCount()).toEqual(before);
  });

  it("path traversal in a slug: the API refuses it, the page's read finds nothing", async () => {
    for (const slug of ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "..\\..\\windows", "a/../../b", "%00"]) {
      expect(await getPublishedEntryBySlug({ slug })).toBeNull();
      expect(parseSlug(slug).ok).toBe(false);
    }
  });

  it("SQL in the search and filters: parameterised, finds nothing, breaks nothing", async () => {
    const before = await entryCount();
    const parsed = parseEntryFilters({ q: "'; delete from entries; --", tag: "x' or '1'='1" });
    expect(parsed.ok).toBe(false);
    const page = await listPublishedEntries({ filters: { q: "'; delete from entries; --" }, limit: 10 });
    expect(page.items).toHaveLength(0);
    expect(parsed.filters).toEqual({ q: "'; delete from entries; --" });
    expect(await entryCount()).toEqual(before);
  });
});

describe("hostile input: query parameters", () => {
  it("a huge q: refused by name, never sent to the database", () => {
    const parsed = parseEntryFilters({ q: "x".repeat(100_000) });
    expect(parsed).toMatchObject({ ok: false, errors: [{ parameter: "q", message: expect.stringMatching(/at most 200/) }] });
    expect(parsed.filters.q).toBeUndefined();
    expect(parseEntryListQuery(new URLSearchParams({ q: "x".repeat(100_000) }))).toMatchObject({ ok: false, errors: [expect.objectContaining({ parameter: "q" })] });
  });

  it("unknown query parameters on the API: refused by name; repeated ones: the first counts", () => {
    expect(parseEntryListQuery(new URLSearchParams("kind=meeting&utm_source=x"))).toMatchObject({ ok: false, errors: [expect.objectContaining({ parameter: "utm_source" })] });
    // Repeated: the first value counts, as on the pages; never an error 500.
    expect(parseEntryListQuery(new URLSearchParams("kind=meeting&kind=statement"))).toMatchObject({ ok: true, value: { filters: { kind: "meeting" } } });
  });

  it("repeated parameters on a page: the first one counts, no error page", () => {
    expect(parseEntryFilters({ kind: ["meeting", "statement"], zzz: "1" })).toEqual({ ok: true, filters: { kind: "meeting" } });
  });
});


describe("hostile input: secrets in logs", () => {
  /** Every line the app's own logger writes while `run` runs (its stream swapped for a capture). */
  async function capturedLog(run: () => Promise<void> | void): Promise<string> {
    const lines: string[] = [];
    const target = log as unknown as Record<symbol, unknown>;
    const original = target[pino.symbols.streamSym];
    target[pino.symbols.streamSym] = { write: (line: string) => void lines.push(line) };
    try {
      await run();
    } finally {
      target[pino.symbols.streamSym] = original;
    }
    return lines.join("");
  }

  /** The error a write threw, and the secrets its query carried as parameters. */
  async function failedWrite(write: () => Promise<unknown>): Promise<{ error: unknown; secrets: string[] }> {
    const error = await write().then(
      () => expect.unreachable("the write should have failed"),
      (e: unknown) => e,
    );
    const params = (error as { params?: unknown[] }).params ?? [];
    const secrets = params.filter((p): p is string => typeof p === "string" && /^\$argon2id\$|^sk_live_/.test(p));
    // The test means something only if the error really carries them.
    expect(secrets.some((s) => s.startsWith("$argon2id$"))).toBe(true);
    expect(String((error as Error).message)).toContain("$argon2id$");
    return { error, secrets };
  }

  async function logEveryWay(error: unknown): Promise<string> {
    const text = await capturedLog(() => {
      // lib/auth/action.ts, lib/startup.ts and lib/auth/auth.ts (Auth.js wraps the error as { cause: { err } }).
      log.error({ err: error }, "server action failed");
      log.error({ err: new CallbackRouteError(error as unknown as string /* Auth.js passes the error itself; its types say string */) }, "auth error");
      // lib/request-errors.ts, as instrumentation.ts calls it.
      reportRequestError(error, { path: "/admin/users?x=1", method: "POST", headers: {} }, { routerKind: "App Router", routePath: "/admin/users", routeType: "action", renderSource: undefined, revalidateReason: undefined } as never);
    });
    // scripts/server.mjs and the command-line tools (scripts/cli.ts) print through the same serializer.
    const serverLine = JSON.stringify((globalThis as { __recordSerializeError?: (e: unknown) => unknown }).__recordSerializeError?.(error));
    // Next.js's own console.error of an error it caught, as the server's console is guarded (instrumentation.ts).
    const printed: unknown[] = [];
    const nextConsole = { error: (...args: unknown[]) => void printed.push(...args), warn: (...args: unknown[]) => void printed.push(...args) };
    guardConsoleFromDatabaseErrors(nextConsole);
    nextConsole.error(" ⨯", error);
    expect(printed).toHaveLength(2);
    return `${text}\n${serverLine}\n${describeError(error)}\n${printed.map(String).join("\n")}`;
  }

  it("a check violation in insertUser, with a password hash and a secret-looking name as parameters, is logged by class and code only", async () => {
    const { error, secrets } = await failedWrite(() =>
      createUser({ input: { email: `${RUN}-log@example.org`, name: "sk_live_51Hsecretlookingvalue", role: "root" as "editor", password: "a password that is long" }, actorId: null }),
    );
    expect(secrets).toContain("sk_live_51Hsecretlookingvalue");
    const text = await logEveryWay(error);
    for (const secret of [...secrets, "$argon2id$", "sk_live_", "params", `${RUN}-log@example.org`, "a password that is long"]) expect(text).not.toContain(secret);
    expect(text).toContain("23514");
    expect(text).toContain("users_role_check");
    expect(text).toContain("DrizzleQueryError");
  });

  it("a failed update in resetUserPassword (a malformed user id) never logs the new hash", async () => {
    const { error, secrets } = await failedWrite(() => resetUserPassword({ userId: "not-a-uuid", password: "another long password", actorId: editor, proof: { value: "long enough password", ip: null } }));
    const text = await logEveryWay(error);
    for (const secret of [...secrets, "$argon2id$", "params", "not-a-uuid", "another long password"]) expect(text).not.toContain(secret);
    expect(text).toContain("22P02");
  });

  it("an error that is not the database's keeps its message, so bugs stay readable", async () => {
    const text = await capturedLog(() => log.error({ err: new TypeError("x is not a function") }, "server action failed"));
    expect(text).toContain("x is not a function");
    expect(text).toContain("TypeError");
  });
});

describe("hostile input: sign-in", () => {
  const password = "long enough password";
  const address = () => `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;
  const waits = (result: CredentialsResult) => (result.ok ? 0 : (result.retryAfter ?? 0));

  it("a password typed into the email field (an unknown account): no trace of the typed text in any table", async () => {
    const typed = `${RUN}-Secret-Passphrase-Typed-Here`;
    // Small limits, so the lockout lines are written too.
    const throttle = createSignInThrottle({
      rules: {
        device: { limit: 3, windowSeconds: 600, blockSeconds: 600 },
        pair: { limit: 2, windowSeconds: 600, blockSeconds: 600 },
        account: { limit: 3, windowSeconds: 600, blockSeconds: 600 },
        ip: { limit: 1000, windowSeconds: 600, blockSeconds: 600 },
      },
      slowDown: { afterFailures: 1000, firstDelayMs: 0, maxDelayMs: 0 },
    });
    const where = address();
    for (let i = 0; i < 4; i++) await checkCredentials({ email: typed, password: "anything at all" }, i < 2 ? where : address(), { throttle });
    const tables = await getDb().execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const names = (Array.isArray(tables) ? tables : (tables as unknown as { rows: { table_name: string }[] }).rows).map((t) => t.table_name);
    expect(names).toEqual(expect.arrayContaining(["audit_log", "sign_in_throttle"]));
    for (const name of names) {
      const found = await getDb().execute<{ n: number }>(
        sql`select count(*)::int as n from ${sql.identifier(name)} as t where t::text ilike ${`%${typed.toLowerCase()}%`}`,
      );
      const n = (Array.isArray(found) ? found : (found as unknown as { rows: { n: number }[] }).rows)[0]?.n;
      expect(n, `rows of ${name} holding the typed text`).toBe(0);
    }
    // What is kept instead: a keyed hash, the same for the same text, so an admin can tell repeated attempts apart.
    const lines = await getDb()
      .select({ action: schema.auditLog.action, details: schema.auditLog.details })
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.details}->>'emailHash' = ${keyedHash("sign-in-email", typed.toLowerCase())}`);
    // Three failures (the fourth attempt was refused before any check), two lockouts (address, then account).
    expect(lines.map((l) => l.action).sort()).toEqual([
      "user.sign_in_failed",
      "user.sign_in_failed",
      "user.sign_in_failed",
      "user.sign_in_locked",
      "user.sign_in_locked",
    ]);
  });

  it("a forged device cookie, another account's and an expired one: each counts as an unknown device", async () => {
    const throttle = createSignInThrottle({
      rules: {
        device: { limit: 3, windowSeconds: 600, blockSeconds: 600 },
        pair: { limit: 1000, windowSeconds: 600, blockSeconds: 600 },
        account: { limit: 3, windowSeconds: 600, blockSeconds: 600 },
        ip: { limit: 1000, windowSeconds: 600, blockSeconds: 600 },
      },
      slowDown: { afterFailures: 1000, firstDelayMs: 0, maxDelayMs: 0 },
    });
    const victim = { email: `${RUN}-victim@example.org`, password };
    const other = { email: `${RUN}-other@example.org`, password };
    const { id } = await createUser({ input: { ...victim, name: "Victim", role: "editor" }, actorId: null });
    await createUser({ input: { ...other, name: "Other", role: "editor" }, actorId: null });
    const own = await checkCredentials(victim, address(), { throttle });
    const others = await checkCredentials(other, address(), { throttle });
    const device = own.ok ? own.device : "";
    const othersDevice = others.ok ? others.device : "";
    for (let i = 0; i < 3; i++) await checkCredentials({ ...victim, password: `guess ${i}!` }, address(), { throttle });

    const [userPart, nonce, issued, mac] = device.split(".");
    const forged = [
      // another account's genuine cookie
      othersDevice,
      // the victim's account with the other's nonce and signature
      [userPart, ...othersDevice.split(".").slice(1)].join("."),
      // a signature changed by one character
      [userPart, nonce, issued, `${mac!.slice(0, -1)}${mac!.endsWith("A") ? "B" : "A"}`].join("."),
      // made up
      `${id}.${crypto.randomBytes(16).toString("base64url")}.${issued}.${crypto.randomBytes(32).toString("base64url")}`,
      // genuine, but older than the cookie's lifetime
      issueDeviceToken(id, Date.now() - (DEVICE_COOKIE_MAX_AGE_SECONDS + 60) * 1000),
      // markup and junk
      `<script>alert(1)</script>`,
      "~".repeat(5000),
    ];
    for (const deviceCookie of forged) {
      expect(waits(await checkCredentials(victim, address(), { throttle, deviceCookie })), deviceCookie.slice(0, 60)).toBeGreaterThan(500);
    }
    expect((await checkCredentials(victim, address(), { throttle, deviceCookie: device })).ok).toBe(true);
  });
});
