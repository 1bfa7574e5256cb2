// Public reads of the archive: a capture is public when its URL is cited by a published, live entry (a draft's
// sources stay the editors' until it is published).
import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { rowsOf } from "@/lib/rows";

export type PublicCapture = {
  id: string;
  url: string;
  finalUrl: string;
  httpStatus: number;
  contentType: string | null;
  fetchedAt: string;
  sha256: string;
  bodyBytes: number;
  title: string | null;
  text: string | null;
  htmlTruncated: boolean;
  hasHtml: boolean;
  linkStatus: string | null;
  linkStatusSince: string | null;
  /** Every capture of the same URL, oldest first. */
  versions: { id: string; fetchedAt: string; sha256: string }[];
  /** The entries citing it. */
  citedBy: { slug: string; title: string }[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// ISO 8601 in UTC, as the record's other DTOs carry timestamps.
const FETCHED_AT = sql`to_char(c.fetched_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const STATUS_SINCE = sql`to_char(l.status_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const LATEST_FETCH = sql`to_char(max(c.fetched_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const citedPublicly = sql`exists (select 1 from sources s join entries e on e.id = s.entry_id
  where s.url = c.url and e.status = 'published' and e.deleted_at is null)`;

export async function getPublicCapture(id: string): Promise<PublicCapture | null> {
  if (!UUID.test(id)) return null;
  const db = getDb();
  const [row] = rowsOf<Omit<PublicCapture, "versions" | "citedBy"> & { htmlTruncated: boolean }>(
    await db.execute(sql`
      select c.id, c.url, c.final_url as "finalUrl", c.http_status as "httpStatus", c.content_type as "contentType",
        ${FETCHED_AT} as "fetchedAt", c.sha256, c.body_bytes as "bodyBytes", c.title, c.text,
        c.html_truncated as "htmlTruncated", (c.html is not null) as "hasHtml",
        l.status as "linkStatus", ${STATUS_SINCE} as "linkStatusSince"
      from source_captures c left join source_links l on l.url = c.url
      where c.id = ${id} and ${citedPublicly}`),
  );
  if (!row) return null;
  const versions = rowsOf<{ id: string; fetchedAt: string; sha256: string }>(
    await db.execute(sql`select c.id, ${FETCHED_AT} as "fetchedAt", c.sha256 from source_captures c where c.url = ${row.url} order by c.fetched_at, c.id`),
  );
  const citedBy = rowsOf<{ slug: string; title: string }>(
    await db.execute(sql`select distinct e.slug, e.title from sources s join entries e on e.id = s.entry_id
      where s.url = ${row.url} and e.status = 'published' and e.deleted_at is null order by e.slug`),
  );
  return { ...row, httpStatus: Number(row.httpStatus), bodyBytes: Number(row.bodyBytes), versions, citedBy };
}

/** The stored HTML of a public capture, for the sandboxed copy. */
export async function getPublicCaptureHtml(id: string): Promise<{ html: string; fetchedAt: string } | null> {
  if (!UUID.test(id)) return null;
  const [row] = rowsOf<{ html: string | null; fetchedAt: string }>(
    await getDb().execute(sql`select c.html, ${FETCHED_AT} as "fetchedAt" from source_captures c where c.id = ${id} and ${citedPublicly}`),
  );
  return row?.html != null ? { html: row.html, fetchedAt: row.fetchedAt } : null;
}

/** The WARC records of a public capture (request and response records, gzip members; no warcinfo). */
export async function getPublicCaptureWarc(id: string): Promise<{ warc: Uint8Array; fetchedAt: string; url: string } | null> {
  if (!UUID.test(id)) return null;
  const [row] = rowsOf<{ warc: Uint8Array; fetchedAt: string; url: string }>(
    await getDb().execute(sql`select c.warc, c.url, ${FETCHED_AT} as "fetchedAt" from source_captures c where c.id = ${id} and ${citedPublicly}`),
  );
  return row ? { ...row, warc: new Uint8Array(row.warc) } : null;
}

/** The public captures' count and newest fetch: what the whole-record WARC's ETag rests on. */
export async function publicCapturesVersion(): Promise<{ count: number; latest: string | null }> {
  const [row] = rowsOf<{ count: number; latest: string | null }>(
    await getDb().execute(sql`select count(*)::int as count, ${LATEST_FETCH} as latest from source_captures c where ${citedPublicly}`),
  );
  return { count: Number(row?.count ?? 0), latest: row?.latest ?? null };
}

/** Every public capture's WARC records in batches (keyset on fetch time and id): memory stays bounded. */
export async function* publicCaptureWarcs(batchSize = 20): AsyncGenerator<Uint8Array> {
  let after: { fetchedAt: string; id: string } | null = null;
  for (;;) {
    const cursor: { fetchedAt: string; id: string } | null = after;
    const batch: { id: string; fetchedAt: string; warc: Uint8Array }[] = rowsOf<{ id: string; fetchedAt: string; warc: Uint8Array }>(
      await getDb().execute(sql`
        select c.id, ${FETCHED_AT} as "fetchedAt", c.warc from source_captures c
        where ${citedPublicly} and (${cursor === null} or (c.fetched_at, c.id) > (${cursor?.fetchedAt ?? null}::timestamptz, ${cursor?.id ?? null}::uuid))
        order by c.fetched_at, c.id limit ${batchSize}`),
    );
    for (const row of batch) yield new Uint8Array(row.warc);
    if (batch.length < batchSize) return;
    const last = batch[batch.length - 1]!;
    after = { fetchedAt: last.fetchedAt, id: last.id };
  }
}
