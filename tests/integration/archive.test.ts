// Archiving sources (lib/archive/) against local HTTP servers: a capture with its hash, text and WARC records,
// the fetcher's refusals (inward redirects, the metadata address, the site itself), link health (dead, changed)
// and a job whose worker died taken again after its lease.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { WARCParser } from "warcio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import { resetArchiveConfigForTests } from "@/lib/archive/config";
import { FetchRefusedError, safeFetch } from "@/lib/archive/fetch";
import { claimJob, enqueueChecks } from "@/lib/archive/jobs";
import { drainJobs } from "@/lib/archive/worker";
import { resetEnvForTests } from "@/lib/env";
import { getPublishedEntryBySlug } from "@/lib/entries/queries";
import { createEntry } from "@/lib/entries/write";
import { rowsOf } from "@/lib/rows";
import { getPublicCapture } from "@/lib/archive/reads";
import { recordWarcResponse } from "@/lib/archive/respond";
import { entryContentHtml } from "@/lib/feeds/content";
import { getRecordGeneration } from "@/lib/record-generation";
import { runCliScript, runCliScriptAsync } from "./helpers/cli";
import { ARTICLE_HTML, startOrigin, type Origin } from "./helpers/origin-server";
import { removeTestData, statementInput } from "./helpers/record";

// Ports of this suite: the allow-listed "website", one that is not allow-listed, and the site's own.
const ORIGIN = 3441;
const OTHER = 3442;
const OWN = 3443;
const TAG = "archive-test";
let origin: Origin;
let other: Origin;

beforeAll(async () => {
  process.env.ARCHIVE_ALLOWED_HOSTS = `127.0.0.1:${ORIGIN}, 127.0.0.1:${OWN}`;
  process.env.SITE_URL = `http://127.0.0.1:${OWN}`;
  process.env.PORT = String(OWN);
  resetEnvForTests();
  resetArchiveConfigForTests();
  origin = await startOrigin(ORIGIN, {
    "/article": { status: 200, body: ARTICLE_HTML },
    "/to-local": { status: 302, headers: { location: `http://127.0.0.1:${OTHER}/secret` } },
    "/to-localhost": { status: 302, headers: { location: `http://localhost:${OTHER}/secret` } },
    "/to-metadata": { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/" } },
    "/to-mapped": { status: 302, headers: { location: `http://[::ffff:127.0.0.1]:${OTHER}/secret` } },
    "/to-cgnat": { status: 302, headers: { location: "http://100.64.0.1/" } },
    "/to-own": { status: 302, headers: { location: `http://127.0.0.1:${OWN}/admin` } },
    "/to-file": { status: 302, headers: { location: "file:///etc/passwd" } },
    "/moved": { status: 301, headers: { location: "/article" } },
    ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/loop${i}`, { status: 302, headers: { location: `/loop${i + 1}` } }])),
  });
  other = await startOrigin(OTHER, { "/secret": { status: 200, body: "internal only" } });
  // The seed's citations are queued too (and unreachable here): this file runs only its own jobs.
  await getDb().execute(sql`update archive_jobs set done_at = now() where done_at is null and url not like ${`http://127.0.0.1:${ORIGIN}/%`}`);
});

afterAll(async () => {
  await origin.close();
  await other.close();
  await removeTestData({ tag: TAG });
  await getDb().execute(sql`delete from archive_jobs where url like ${`http://127.0.0.1:${ORIGIN}/%`}`);
  await getDb().execute(sql`delete from source_captures where url like ${`http://127.0.0.1:${ORIGIN}/%`}`);
  await getDb().execute(sql`delete from source_links where url like ${`http://127.0.0.1:${ORIGIN}/%`}`);
  delete process.env.ARCHIVE_ALLOWED_HOSTS;
  delete process.env.SITE_URL;
  delete process.env.PORT;
  resetEnvForTests();
  resetArchiveConfigForTests();
});

async function publishCiting(url: string, title: string) {
  const input = await statementInput({ title, tag: TAG });
  input.sources[0]!.url = url;
  return createEntry({ input, userId: null, status: "published" });
}

const runAll = () => drainJobs({ hostDelayMs: 0, concurrency: 1 });

async function refusal(url: string): Promise<FetchRefusedError> {
  const error = await safeFetch(url).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusedError);
  return error as FetchRefusedError;
}

async function captures(url: string) {
  return getDb().select().from(schema.sourceCaptures).where(eq(schema.sourceCaptures.url, url)).orderBy(schema.sourceCaptures.fetchedAt);
}

async function link(url: string) {
  const [row] = await getDb().select().from(schema.sourceLinks).where(eq(schema.sourceLinks.url, url));
  return row;
}

describe("archiving a cited source", () => {
  it("a saved citation is queued in the save's transaction and archived with its hash, text, HTML and WARC records", async () => {
    const url = origin.url("/article");
    const saved = await publishCiting(url, "Archived on save");
    const queued = rowsOf<{ kind: string }>(await getDb().execute(sql`select kind from archive_jobs where url = ${url} and done_at is null`));
    expect(queued.map((q) => q.kind)).toEqual(["capture"]);

    expect(await runAll()).toBeGreaterThanOrEqual(1);
    const [capture] = await captures(url);
    expect(capture).toBeDefined();
    expect(capture!.httpStatus).toBe(200);
    expect(capture!.finalUrl).toBe(url);
    expect(capture!.contentType).toMatch(/^text\/html/);
    expect(capture!.sha256).toBe(createHash("sha256").update(ARTICLE_HTML).digest("hex"));
    expect(capture!.text).toContain("by 70 votes to 1");
    expect(capture!.text).not.toContain("SCRIPT RAN");
    expect(capture!.html).toBe(ARTICLE_HTML);

    const records = [];
    for await (const record of new WARCParser(toStream(capture!.warc))) {
      records.push({ type: record.warcType, uri: record.warcTargetURI, digest: record.warcHeader("WARC-Payload-Digest"), body: await record.contentText() });
    }
    expect(records.map((r) => r.type)).toEqual(["request", "response"]);
    expect(records.every((r) => r.uri === url)).toBe(true);
    expect(records[1]!.body).toBe(ARTICLE_HTML);
    expect(records[1]!.digest).toMatch(/^sha256:|^sha1:/);

    expect((await link(url))?.status).toBe("live");
    const entry = await getPublishedEntryBySlug({ slug: saved.slug });
    expect(entry?.sources[0]?.capture?.id).toBe(capture!.id);
    expect(entry?.sources[0]?.linkStatus).toBe("live");
    // Feeds link the copy too, by its absolute address, beside the editor's external one.
    const html = entryContentHtml(entry!);
    expect(html).toContain(`http://127.0.0.1:${OWN}/archive/${capture!.id}`);
    expect(html).toContain("external copy");
  });

  it("a redirect is followed and the source recorded as moved", async () => {
    const url = origin.url("/moved");
    await publishCiting(url, "Moved page");
    await runAll();
    const [capture] = await captures(url);
    expect(capture?.finalUrl).toBe(origin.url("/article"));
    expect((await link(url))?.status).toBe("moved");
  });
});

describe("fetching safely", () => {
  it("refuses a redirect to 127.0.0.1, localhost, an IPv4-mapped loopback, CGNAT or the metadata address outside the allow-list", async () => {
    for (const path of ["/to-local", "/to-localhost", "/to-mapped", "/to-cgnat", "/to-metadata"]) {
      expect((await refusal(origin.url(path))).reason, path).toBe("address");
    }
    expect((await refusal(`http://127.0.0.1:${OTHER}/secret`)).reason).toBe("address");
    expect((await refusal("http://169.254.169.254/latest/meta-data/")).reason).toBe("address");
    expect((await refusal("http://[fd00:ec2::254]/latest/meta-data/")).reason).toBe("address");
    expect((await refusal("http://[::1]:1/")).reason).toBe("address");
    expect((await refusal("http://0.0.0.0:1/")).reason).toBe("address");
  });

  it("refuses the site's own address even though it is allow-listed", async () => {
    expect((await refusal(`http://127.0.0.1:${OWN}/admin`)).reason).toBe("own-address");
    expect((await refusal(`http://localhost:${OWN}/`)).reason).toBe("own-address");
    expect((await refusal(origin.url("/to-own"))).reason).toBe("own-address");
  });

  it("refuses other schemes and more than five redirects", async () => {
    expect((await refusal("ftp://example.org/file")).reason).toBe("scheme");
    expect((await refusal(origin.url("/to-file"))).reason).toBe("scheme");
    expect((await refusal(origin.url("/loop0"))).reason).toBe("redirects");
  });

  it("a refused citation is recorded dead with why, and never retried", async () => {
    const url = origin.url("/to-metadata");
    await publishCiting(url, "Metadata redirect");
    await runAll();
    expect(await captures(url)).toEqual([]);
    const health = await link(url);
    expect(health?.status).toBe("dead");
    expect(health?.detail).toMatch(/not allowed/);
    const [job] = rowsOf<{ attempts: number; done_at: string | null }>(await getDb().execute(sql`select attempts, done_at from archive_jobs where url = ${url}`));
    expect(Number(job?.attempts)).toBe(1);
    expect(job?.done_at).not.toBeNull();
  });
});

describe("link health", () => {
  it("a link that starts answering 404 is reported dead, with the date, and the entry page links the archived copy", async () => {
    const url = origin.url("/dies");
    origin.set("/dies", { status: 200, body: ARTICLE_HTML.replace("Tuesday", "Wednesday") });
    const saved = await publishCiting(url, "Dies later");
    await runAll();
    expect((await link(url))?.status).toBe("live");

    origin.set("/dies", { status: 404, body: "gone" });
    expect(await enqueueChecks(getDb())).toBeGreaterThan(0);
    await drainJobs({ hostDelayMs: 0, concurrency: 1, kinds: ["check"] });
    const health = await link(url);
    expect(health?.status).toBe("dead");
    expect(health?.detail).toBe("HTTP 404");
    const events = await getDb().select().from(schema.sourceLinkEvents).where(eq(schema.sourceLinkEvents.url, url)).orderBy(schema.sourceLinkEvents.id);
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, "live"], ["live", "dead"]]);
    expect(events.every((e) => e.at instanceof Date || typeof e.at === "string")).toBe(true);

    const entry = await getPublishedEntryBySlug({ slug: saved.slug });
    expect(entry?.sources[0]?.linkStatus).toBe("dead");
    expect(entry?.sources[0]?.capture).not.toBeNull();
  });

  it("checks are queued in batches of URLs, every cited URL once, spaced across the batches", async () => {
    const urls = ["/batch-a", "/batch-b", "/batch-c", "/batch-d", "/batch-e"].map((p) => origin.url(p));
    for (const [i, url] of urls.entries()) await publishCiting(url, `Batch ${i}`);
    await getDb().execute(sql`delete from archive_jobs where done_at is null`);
    const queued = await enqueueChecks(getDb(), { spacingSeconds: 10, batchSize: 2 });
    const jobs = rowsOf<{ url: string; after: number }>(
      await getDb().execute(sql`select url, extract(epoch from run_after - min(run_after) over ())::float8 as after
        from archive_jobs where kind = 'check' and done_at is null order by url`),
    );
    expect(queued).toBe(jobs.length);
    expect(jobs.map((j) => j.url)).toEqual(expect.arrayContaining(urls));
    expect(new Set(jobs.map((j) => j.url)).size).toBe(jobs.length);
    // One after another, 10 s apart, whichever batch each URL fell in (the insert time aside: under a second).
    const offsets = jobs.map((j) => Math.round(Number(j.after) / 10)).sort((a, b) => a - b);
    expect(offsets).toEqual(jobs.map((_, i) => i));
    expect(await enqueueChecks(getDb(), { batchSize: 2 })).toBe(0);
    await getDb().execute(sql`delete from archive_jobs where done_at is null`);
  });

  it("a page whose body changed is reported changed, and the new state is captured too", async () => {
    const url = origin.url("/changes");
    origin.set("/changes", { status: 200, body: ARTICLE_HTML });
    await publishCiting(url, "Changes later");
    await runAll();
    origin.set("/changes", { status: 200, body: ARTICLE_HTML.replace("70 votes", "72 votes") });
    await enqueueChecks(getDb());
    await drainJobs({ hostDelayMs: 0, concurrency: 1, kinds: ["check"] });
    expect((await link(url))?.status).toBe("changed");
    const kept = await captures(url);
    expect(kept).toHaveLength(2);
    expect(kept[1]!.text).toContain("72 votes");
  });
});

describe("what is public", () => {
  it("a draft's citation is archived but not shown until an entry citing it is published; a capture raises the record generation", async () => {
    const url = origin.url("/draft-only");
    origin.set("/draft-only", { status: 200, body: ARTICLE_HTML });
    const input = await statementInput({ title: "Draft citing a page", tag: TAG });
    input.sources[0]!.url = url;
    await createEntry({ input, userId: null, status: "draft" });
    const before = await getRecordGeneration();
    await runAll();
    expect(await getRecordGeneration()).toBeGreaterThan(before);
    const [capture] = await captures(url);
    expect(capture).toBeDefined();
    expect(await getPublicCapture(capture!.id)).toBeNull();
    await publishCiting(url, "Published citing the same page");
    // The new citation is captured again; the page is unchanged, so no second copy is kept.
    await runAll();
    expect(await captures(url)).toHaveLength(1);
    const shown = await getPublicCapture(capture!.id);
    expect(shown?.text).toContain("by 70 votes to 1");
    expect(shown?.citedBy.map((e) => e.title)).toEqual(["Published citing the same page"]);
    expect(await getPublicCapture("not-a-uuid")).toBeNull();
  });

  it("a save that rolls back queues nothing", async () => {
    const url = origin.url("/never-saved");
    const input = await statementInput({ title: "Rolled back", tag: TAG });
    input.sources[0]!.url = url;
    await expect(
      getDb().transaction(async (tx) => {
        await createEntry({ input, userId: null, status: "published", db: tx as unknown as Parameters<typeof createEntry>[0]["db"] });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const queued = rowsOf<{ id: number }>(await getDb().execute(sql`select id from archive_jobs where url = ${url}`));
    expect(queued).toEqual([]);
  });
});

describe("the durable queue", () => {
  it("waits between two fetches from one host, and still runs both", async () => {
    const first = origin.url("/paced-1");
    const second = origin.url("/paced-2");
    origin.set("/paced-1", { status: 200, body: ARTICLE_HTML });
    origin.set("/paced-2", { status: 200, body: ARTICLE_HTML.replace("Tuesday", "Thursday") });
    await publishCiting(first, "Paced one");
    await publishCiting(second, "Paced two");
    const settled: string[] = [];
    await drainJobs({ hostDelayMs: 1200, concurrency: 2, onSettled: (job) => settled.push(job.url) });
    expect(settled.sort()).toEqual([first, second]);
    expect(await captures(first)).toHaveLength(1);
    expect(await captures(second)).toHaveLength(1);
  });

  it("a capture whose worker died is taken again after its lease and completes", async () => {
    const url = origin.url("/interrupted");
    origin.set("/interrupted", { status: 200, body: ARTICLE_HTML });
    await publishCiting(url, "Interrupted capture");
    const claimed = await claimJob(getDb(), "worker-that-dies");
    expect(claimed?.url).toBe(url);
    // While the lease holds, nobody else takes it.
    expect(await claimJob(getDb(), "another-worker")).toBeNull();
    // The dead worker never settles; its lease runs out.
    await getDb().execute(sql`update archive_jobs set locked_until = now() - interval '1 second' where id = ${claimed!.id}`);
    await runAll();
    expect(await captures(url)).toHaveLength(1);
    const [job] = rowsOf<{ attempts: number; done_at: string | null }>(await getDb().execute(sql`select attempts, done_at from archive_jobs where id = ${claimed!.id}`));
    expect(Number(job?.attempts)).toBe(2);
    expect(job?.done_at).not.toBeNull();
  });
});

describe("the whole record's WARC file", () => {
  it("opens in warcio's reader: a warcinfo record, then the request and response of every public capture", async () => {
    const response = await recordWarcResponse(new Request("http://localhost/export/sources.warc.gz"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("artsakh-record-sources.warc.gz");
    const bytes = new Uint8Array(await response.arrayBuffer());
    const records: { type: string | undefined; uri: string | undefined }[] = [];
    for await (const record of new WARCParser(toStream(bytes))) {
      records.push({ type: record.warcType, uri: record.warcTargetURI ?? undefined });
      await record.readFully(true);
    }
    expect(records[0]?.type).toBe("warcinfo");
    expect(records.filter((r) => r.type === "response").map((r) => r.uri)).toContain(origin.url("/article"));
    // A capture is public only while a published entry cites it: the refused metadata redirect has none, and
    // a draft's citation stays out.
    expect(records.some((r) => r.uri === origin.url("/to-metadata"))).toBe(false);
    const etag = response.headers.get("etag")!;
    const again = await recordWarcResponse(new Request("http://localhost/export/sources.warc.gz", { headers: { "if-none-match": etag } }));
    expect(again.status).toBe(304);
  });
});

describe("npm run sources:check", () => {
  it("refuses on the embedded database while the server holds it", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sources-check-"));
    // This test process is alive, so its pid in the lock file stands for a running server.
    fs.writeFileSync(path.join(dataDir, "app.lock"), String(process.pid));
    const run = runCliScript("sources-check.ts", [], { DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`is in use by another process (pid ${process.pid})`);
    expect(run.stderr).toContain("Stop the server first");
    expect(fs.existsSync(path.join(dataDir, "pgdata"))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.runIf(process.env.DATABASE_URL)("runs against PostgreSQL beside a running process and records what it found", { timeout: 240_000 }, async () => {
    const url = origin.url("/checked-by-cli");
    origin.set("/checked-by-cli", { status: 200, body: ARTICLE_HTML });
    await publishCiting(url, "Checked from the command line");
    await runAll();
    origin.set("/checked-by-cli", { status: 410, body: "removed" });
    // The seed's links are checked too, and fail here (no network): the count is not this test's business.
    const run = await runCliScriptAsync("sources-check.ts", [], {
      DATABASE_URL: process.env.DATABASE_URL!,
      ARCHIVE_ALLOWED_HOSTS: `127.0.0.1:${ORIGIN}`,
      ARCHIVE_HOST_DELAY_MS: "0",
      AUTH_SECRET: process.env.AUTH_SECRET!,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Checked \d+: /);
    expect(run.stdout).toContain(`dead (HTTP 410): ${url}`);
    expect((await link(url))?.status).toBe("dead");
  });
});

function toStream(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  return (async function* () {
    yield new Uint8Array(bytes);
  })();
}
