// What a job does: fetch the URL safely, keep a capture (hash, readable text, capped HTML, WARC records), and
// record the link's health — live, moved, changed or dead — with the date of every change.
import "server-only";
import { createHash } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import type { LinkStatus } from "@/lib/constants";
import type { Executor } from "@/lib/tx";
import { rowsOf } from "@/lib/rows";
import { FetchRefusedError, safeFetch, type FetchResult } from "./fetch";
import { HTML_MAX_BYTES, capUtf8, decodeBody, decodeText, isHtml, readableText } from "./extract";
import type { ArchiveJob } from "./jobs";
import { exchangeRecords } from "./warc";

/** What one attempt came to: done, or failed (to be retried unless permanent). */
export type JobOutcome = { ok: true; status: LinkStatus; captureId: string | null } | { ok: false; error: string; permanent: boolean; status: LinkStatus };

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

function header(result: FetchResult, name: string): string | null {
  return result.final.responseHeaders.find(([n]) => n.toLowerCase() === name)?.[1] ?? null;
}

/** Stores a capture of a fetched page (2xx answers only). */
export async function storeCapture(db: Executor, result: FetchResult): Promise<string> {
  const body = result.final.body;
  const sha256 = createHash("sha256").update(body).digest("hex");
  let html: { text: string; truncated: boolean } | null = null;
  let readable: { title: string | null; text: string | null } = { title: null, text: null };
  if (isHtml(result.contentType)) {
    const decoded = decodeText(decodeBody(body, header(result, "content-encoding")), result.contentType);
    html = capUtf8(decoded, HTML_MAX_BYTES);
    readable = readableText(decoded, result.finalUrl);
  }
  const warc = await exchangeRecords(result.exchanges);
  const [row] = await db
    .insert(schema.sourceCaptures)
    .values({
      url: result.requestedUrl,
      finalUrl: result.finalUrl,
      httpStatus: result.status,
      contentType: result.contentType,
      fetchedAt: result.fetchedAt,
      sha256,
      bodyBytes: body.length,
      title: readable.title,
      text: readable.text,
      html: html?.text ?? null,
      htmlTruncated: html?.truncated ?? false,
      warc,
    })
    .returning({ id: schema.sourceCaptures.id });
  return row!.id;
}

/**
 * Records a URL's status as checked now; a change of status is written to the history with its date, and to
 * every source citing the URL (sources.link_status, which the public pages show).
 */
export async function recordLinkStatus(
  db: Database,
  url: string,
  status: LinkStatus,
  { httpStatus = null, finalUrl = null, detail = null }: { httpStatus?: number | null; finalUrl?: string | null; detail?: string | null } = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = rowsOf<{ status: string }>(await tx.execute(sql`select status from source_links where url = ${url} for update`));
    const changed = before?.status !== status;
    await tx.execute(sql`
      insert into source_links (url, status, status_since, checked_at, final_url, http_status, detail)
      values (${url}, ${status}, now(), now(), ${finalUrl}, ${httpStatus}, ${detail})
      on conflict (url) do update set status = excluded.status, checked_at = now(), final_url = excluded.final_url,
        http_status = excluded.http_status, detail = excluded.detail,
        status_since = case when source_links.status = excluded.status then source_links.status_since else now() end`);
    if (changed) {
      await tx.insert(schema.sourceLinkEvents).values({ url, fromStatus: before?.status ?? null, toStatus: status, detail });
    }
    // Only a change touches the sources (their trigger raises the record generation: cached pages refresh).
    await tx.execute(sql`update sources set link_status = ${status}, link_checked_at = now() where url = ${url} and link_status <> ${status}`);
  });
}

async function latestCapture(db: Database, url: string) {
  const [row] = await db
    .select({ id: schema.sourceCaptures.id, sha256: schema.sourceCaptures.sha256 })
    .from(schema.sourceCaptures)
    .where(eq(schema.sourceCaptures.url, url))
    .orderBy(desc(schema.sourceCaptures.fetchedAt))
    .limit(1);
  return row ?? null;
}

/** Fetch errors that another attempt cannot mend. */
function isPermanent(error: FetchRefusedError): boolean {
  return error.reason !== "network" && error.reason !== "timeout";
}

/** Runs one attempt of a job. A capture keeps the page; a check compares it with the last capture. */
export async function runJob(job: Pick<ArchiveJob, "kind" | "url">, db: Database = getDb()): Promise<JobOutcome> {
  let result: FetchResult;
  try {
    result = await safeFetch(job.url);
  } catch (error) {
    if (!(error instanceof FetchRefusedError)) throw error;
    return { ok: false, error: error.message, permanent: isPermanent(error), status: "dead" };
  }
  const detail = `HTTP ${result.status}`;
  if (result.status >= 400 || result.status < 200 || result.status >= 300) {
    // 429 and 5xx may pass; 404, 410 and the like do not.
    const permanent = !(result.status === 429 || result.status >= 500 || result.status < 200);
    return { ok: false, error: detail, permanent, status: "dead" };
  }
  const moved = !sameUrl(result.finalUrl, job.url);
  const last = await latestCapture(db, job.url);
  const sha256 = createHash("sha256").update(result.final.body).digest("hex");
  const changed = job.kind === "check" && last !== null && last.sha256 !== sha256;
  // A capture keeps every new state of the page: the first, and each one that differs from the last.
  const captureId = last === null || last.sha256 !== sha256 ? await storeCapture(db, result) : null;
  const status: LinkStatus = moved ? "moved" : changed ? "changed" : "live";
  await recordLinkStatus(db, job.url, status, { httpStatus: result.status, finalUrl: result.finalUrl, detail: moved ? `now at ${result.finalUrl}` : null });
  return { ok: true, status, captureId };
}

/** After the last failed attempt: the link is recorded dead, with why. */
export async function recordFailure(db: Database, url: string, error: string): Promise<void> {
  await recordLinkStatus(db, url, "dead", { detail: error });
}
