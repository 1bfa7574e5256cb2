import type { Metadata } from "next";
import Link from "next/link";
import { getLabels } from "@/lib/i18n/labels-server";
import { cachedListActors } from "@/lib/actors/cached";
import { ACTOR_KINDS } from "@/lib/domain";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Actors",
  description:
    "The states, subnational bodies, cities, organisations and people in the record of Artsakh's foreign relations, with everything recorded about each.",
  alternates: { canonical: "/actors" },
  openGraph: { title: "Actors", type: "website", url: "/actors" },
};

export default async function ActorsPage() {
  const labels = await getLabels();
  const actors = await cachedListActors();
  const groups = ACTOR_KINDS.map((kind) => ({ kind, actors: actors.filter((a) => a.kind === kind) })).filter((g) => g.actors.length > 0);
  return (
    <div>
      <header className="border-b border-rule pb-5">
        <p className="label">The record</p>
        <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">Actors</h1>
        <p className="mt-2 max-w-prose font-serif text-muted">
          {actors.length.toLocaleString("en")} states, bodies, places, organisations and people that spoke, met, acted or were
          acted upon. Each page gathers the relations recorded with one of them.
        </p>
        <nav aria-label="Actor kinds" className="no-print mt-4 flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm">
          {groups.map((g) => (
            <a key={g.kind} href={`#${g.kind}`}>
              {labels.actorKindPlural[g.kind]} <span className="text-muted">({g.actors.length})</span>
            </a>
          ))}
        </nav>
      </header>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={g.kind} className="mt-10 scroll-mt-4">
          <h2 id={g.kind} className="section-title">
            {labels.actorKindPlural[g.kind]}
          </h2>
          <ul className="mt-2 gap-x-10 sm:columns-2 lg:columns-3">
            {g.actors.map((a) => (
              <li key={a.slug} className="break-inside-avoid border-b border-rule py-2.5">
                <Link href={`/actors/${a.slug}`} className="font-serif font-bold text-ink no-underline hover:underline">
                  {a.name}
                </Link>
                {a.nameHy ? (
                  <span lang="hy" className="ml-2 font-serif text-sm text-muted">
                    {a.nameHy}
                  </span>
                ) : null}
                <span className="block font-sans text-xs text-muted">
                  {[a.countryCode, a.parent ? `part of ${a.parent.name}` : null, a.entryCount === 1 ? "1 entry" : `${a.entryCount} entries`]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
