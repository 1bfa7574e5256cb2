import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { listAdminActors } from "@/lib/actors/admin-queries";
import { inputClass } from "../_components/fields";
import { MergeForm } from "../_components/merge-form";

export const metadata: Metadata = { title: "Actors" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PER_PAGE = 100;

export default async function ActorsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor("/admin/actors");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const page = z.coerce.number().int().min(1).max(10_000).catch(1).parse(params.page ?? 1);
  const includeMerged = params.merged === "1";
  const { rows, total } = await listAdminActors({ q: q || undefined, includeMerged, page, perPage: PER_PAGE });
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Actors</h1>
        <Link href="/admin/actors/new" className="rounded border px-3 py-1.5 text-sm font-semibold">
          New actor
        </Link>
      </div>
      <section aria-labelledby="merge-heading" className="space-y-2 rounded border border-[var(--color-rule)] p-4">
        <h2 id="merge-heading" className="font-semibold">
          Merge duplicates
        </h2>
        <MergeForm />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="font-semibold">
          All actors
        </h2>
        <form method="get" role="search" aria-label="Find actors" className="flex flex-wrap items-end gap-3">
          <label className="text-sm font-semibold">
            Name, alias or country code
            <input name="q" type="search" defaultValue={q} className={inputClass} maxLength={100} />
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="merged" value="1" defaultChecked={includeMerged} /> Include merged duplicates
          </label>
          <button type="submit" className="rounded border px-3 py-1.5 text-sm font-semibold">
            Find
          </button>
        </form>
        <p role="status" className="text-sm text-[var(--color-muted)]">
          {total === 1 ? "1 actor" : `${total} actors`}
          {pages > 1 ? `, page ${page} of ${pages}` : ""}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Actors</caption>
            <thead>
              <tr className="border-b border-[var(--color-ink)] text-left">
                <th scope="col" className="py-1 pr-3">Name</th>
                <th scope="col" className="py-1 pr-3">Kind</th>
                <th scope="col" className="py-1 pr-3">Country</th>
                <th scope="col" className="py-1 pr-3">Entries</th>
                <th scope="col" className="py-1">Public site</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((actor) => (
                <tr key={actor.id} className="border-b border-[var(--color-rule)]">
                  <td className="py-1.5 pr-3">
                    {actor.mergedIntoName ? (
                      <span>
                        {actor.name} <span className="text-[var(--color-muted)]">(merged into {actor.mergedIntoName})</span>
                      </span>
                    ) : (
                      <Link href={`/admin/actors/${actor.id}/edit`}>{actor.name}</Link>
                    )}
                  </td>
                  <td className="py-1.5 pr-3">{actor.kind}</td>
                  <td className="py-1.5 pr-3">{actor.countryCode ?? "—"}</td>
                  <td className="py-1.5 pr-3">{actor.entryCount}</td>
                  <td className="py-1.5">{actor.shown ? "shown" : "hidden"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {pages > 1 ? (
          <nav aria-label="Pages" className="flex gap-4 text-sm">
            {page > 1 ? <Link href={`/admin/actors?q=${encodeURIComponent(q)}&page=${page - 1}`}>← Previous</Link> : null}
            {page < pages ? <Link href={`/admin/actors?q=${encodeURIComponent(q)}&page=${page + 1}`}>Next →</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
