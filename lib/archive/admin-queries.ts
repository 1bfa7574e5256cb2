// The editors' view of the archive: the cited links that died or changed, with when, and the entries citing them.
import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { rowsOf } from "@/lib/rows";
import { getArchiveConfig } from "./config";
import { queueAllLinkChecks } from "./jobs";

export type LinkProblem = {
  url: string;
  status: "dead" | "changed";
  since: string;
  detail: string | null;
  checkedAt: string | null;
  entries: { id: string; title: string }[];
};

export async function listLinkProblems({ limit = 50 } = {}): Promise<{ rows: LinkProblem[]; total: number }> {
  const db = getDb();
  const rows = rowsOf<LinkProblem>(
    await db.execute(sql`
      select l.url, l.status, to_char(l.status_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as since, l.detail,
        to_char(l.checked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "checkedAt",
        coalesce((select json_agg(json_build_object('id', e.id, 'title', e.title) order by e.title)
                  from entries e where e.deleted_at is null and exists (select 1 from sources s where s.entry_id = e.id and s.url = l.url)), '[]'::json) as entries
      from source_links l
      where l.status in ('dead', 'changed')
        and exists (select 1 from sources s join entries e on e.id = s.entry_id where s.url = l.url and e.deleted_at is null)
      order by l.status_since desc, l.url
      limit ${limit}`),
  );
  const [count] = rowsOf<{ n: number }>(
    await db.execute(sql`
      select count(*)::int as n from source_links l where l.status in ('dead', 'changed')
        and exists (select 1 from sources s join entries e on e.id = s.entry_id where s.url = l.url and e.deleted_at is null)`),
  );
  return { rows, total: Number(count?.n ?? 0) };
}

/** What the queue holds, for the dashboard's line under the button. */
export async function archiveQueueCounts(): Promise<{ captures: number; checks: number }> {
  const [row] = rowsOf<{ captures: number; checks: number }>(
    await getDb().execute(sql`
      select count(*) filter (where kind = 'capture')::int as captures, count(*) filter (where kind = 'check')::int as checks
      from archive_jobs where done_at is null`),
  );
  return { captures: Number(row?.captures ?? 0), checks: Number(row?.checks ?? 0) };
}

/** Queues a check of every cited link now (the admins' button); the worker runs them politely. */
export async function checkAllLinksNow(): Promise<number> {
  return queueAllLinkChecks(getDb(), getArchiveConfig().hostDelayMs);
}
