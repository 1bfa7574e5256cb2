import type { Metadata } from "next";
import Link from "next/link";
import { EntryCardView } from "@/components/entry-card";
import { KIND_LABEL } from "@/components/labels";
import { ENTRY_KINDS } from "@/lib/domain";
import { cachedCountPublishedEntries, cachedListPublishedEntries } from "@/lib/entries/cached";
import { filtersToSearchParams, parseEntryFilters } from "@/lib/entries/filters";
import { decodeCursor } from "@/lib/entries/queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Entries",
  description: "Every published statement, meeting and recognition event in the record, newest first.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EntriesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = parseEntryFilters(params);
  const { filters } = parsed;
  const rawCursor = typeof params.after === "string" ? params.after : undefined;
  const cursor = rawCursor ? decodeCursor(rawCursor) : null;
  const [{ items, nextCursor }, total] = await Promise.all([
    cachedListPublishedEntries({ filters, cursor, limit: 20 }),
    cachedCountPublishedEntries({ filters }),
  ]);
  const query = filtersToSearchParams(filters);
  const next = new URLSearchParams(query);
  if (nextCursor) next.set("after", nextCursor);

  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Entries</h1>
      <form method="get" action="/entries" className="mt-6 flex flex-wrap items-end gap-4 text-sm">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-kind">Kind</label>
          <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""} className="rounded border border-[var(--color-rule)] bg-transparent px-2 py-1">
            <option value="">All kinds</option>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-year">Year</label>
          <input id="filter-year" name="year" inputMode="numeric" defaultValue={filters.year ?? ""} className="w-24 rounded border border-[var(--color-rule)] bg-transparent px-2 py-1" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-q">Search</label>
          <input id="filter-q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ""} className="rounded border border-[var(--color-rule)] bg-transparent px-2 py-1" />
        </div>
        {filters.actor ? <input type="hidden" name="actor" value={filters.actor} /> : null}
        {filters.country ? <input type="hidden" name="country" value={filters.country} /> : null}
        {filters.tag ? <input type="hidden" name="tag" value={filters.tag} /> : null}
        <button type="submit" className="rounded bg-[var(--color-ink)] px-3 py-1 text-[var(--color-paper)]">
          Filter
        </button>
      </form>
      {!parsed.ok ? (
        <div role="alert" className="mt-4 rounded border border-[var(--color-accent)] p-3 text-sm">
          <p>Some filters were not understood and were left out:</p>
          <ul className="list-disc pl-5">
            {parsed.errors.map((e) => (
              <li key={e.parameter}>{e.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-6 text-sm text-[var(--color-muted)]" aria-live="polite">
        {total === 1 ? "1 entry" : `${total} entries`}
      </p>
      {items.length === 0 ? (
        <div className="py-10">
          <h2 className="font-serif text-xl">No entries match</h2>
          <p className="mt-2">
            <Link href="/entries">Show all entries</Link>
          </p>
        </div>
      ) : (
        items.map((entry) => <EntryCardView key={entry.id} entry={entry} />)
      )}
      <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm">
        {cursor ? <Link href={`/entries${query.size ? `?${query}` : ""}`}>← Newest</Link> : <span />}
        {nextCursor ? <Link href={`/entries?${next}`}>Older entries →</Link> : null}
      </nav>
    </div>
  );
}
