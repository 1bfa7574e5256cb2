import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ActorRecognition } from "@/components/actor-recognition";
import { FeedLinks } from "@/components/feed-links";
import { feedAlternates } from "@/components/feeds";
import { JsonLd } from "@/components/json-ld";
import { getLabels } from "@/lib/i18n/labels-server";
import { ParameterErrors } from "@/components/notice";
import { Pagination } from "@/components/pagination";
import { Timeline } from "@/components/timeline";
import { cachedGetActorBySlug, cachedGetActorRecognitionRecord } from "@/lib/actors/cached";
import { actorJsonLd } from "@/lib/actors/json-ld";
import { formatPartialDate } from "@/lib/dates";
import { slugSchema } from "@/lib/domain";
import { cachedListPublishedEntries } from "@/lib/entries/cached";
import { parseListingParams } from "@/lib/entries/listing-params";
import { getEnv } from "@/lib/env";
import { parsePartialDate } from "@/lib/dates";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function load(slug: string) {
  if (!slugSchema.safeParse(slug).success) return null;
  const found = await cachedGetActorBySlug({ slug });
  if (found && "mergedInto" in found) permanentRedirect(`/actors/${found.mergedInto}`);
  return found?.actor ?? null;
}

function partial(value: string | null): string | null {
  const parsed = value ? parsePartialDate(value) : null;
  return parsed ? formatPartialDate(parsed.date, parsed.precision) : value;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await load((await params).slug);
  if (!actor) return { title: "Actor not found", robots: { index: false } };
  const url = `/actors/${actor.slug}`;
  const description =
    actor.description ?? `Everything the record of Artsakh's foreign relations holds about ${actor.name}: ${actor.entryCount} entries.`;
  return {
    title: actor.name,
    description,
    alternates: { canonical: url, types: feedAlternates(`Entries involving ${actor.name}`, new URLSearchParams({ actor: actor.slug })) },
    openGraph: { type: "profile", url, title: actor.name, description },
  };
}

export default async function ActorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const labels = await getLabels();
  const actor = await load((await params).slug);
  if (!actor) notFound();
  const filters = { actor: actor.slug };
  const listing = parseListingParams(await searchParams, filters);
  const [page, recognition] = await Promise.all([
    cachedListPublishedEntries({ filters, cursor: listing.cursor, direction: listing.direction, limit: 40 }),
    cachedGetActorRecognitionRecord({ id: actor.id, perGroup: 12 }),
  ]);
  const feedQuery = new URLSearchParams({ actor: actor.slug });
  const others = [actor.nameHy ? { lang: "hy", name: actor.nameHy } : null, actor.nameRu ? { lang: "ru", name: actor.nameRu } : null].filter(
    (n): n is { lang: string; name: string } => n !== null,
  );
  const existed = actor.existedFrom || actor.existedUntil ? [partial(actor.existedFrom) ?? "…", partial(actor.existedUntil) ?? ""].join("–") : null;

  return (
    <div className="mx-auto max-w-5xl">
      <JsonLd data={actorJsonLd(actor, getEnv().siteUrl)} />
      <nav aria-label="Breadcrumb" className="no-print label">
        <Link href="/actors">Actors</Link>
        {actor.ancestors.map((a) => (
          <span key={a.slug}>
            <span aria-hidden="true"> › </span>
            <Link href={`/actors/${a.slug}`}>{a.name}</Link>
          </span>
        ))}
      </nav>
      <header className="mt-4 border-b border-rule pb-6">
        <p className="label">
          {labels.actorKind[actor.kind]}
          {actor.countryCode ? ` · ${actor.countryCode}` : ""}
          {existed ? ` · ${existed}` : ""}
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight tracking-tight sm:text-[2.6rem]">{actor.name}</h1>
        {others.length > 0 ? (
          <p className="mt-2 font-serif text-lg text-muted">
            {others.map((o, i) => (
              <span key={o.lang}>
                {i > 0 ? <span aria-hidden="true"> · </span> : null}
                <span lang={o.lang}>{o.name}</span>
              </span>
            ))}
          </p>
        ) : null}
        {actor.description ? <p className="mt-4 max-w-[62ch] font-serif text-lg leading-relaxed">{actor.description}</p> : null}
        <dl className="mt-5 grid gap-x-8 gap-y-3 font-sans text-sm sm:grid-cols-2">
          <div>
            <dt className="label">In the record</dt>
            <dd>
              {actor.entryCount === 1 ? "1 entry" : `${actor.entryCount.toLocaleString("en")} entries`}
              {actor.firstDate && actor.lastDate
                ? actor.firstDate.slice(0, 4) === actor.lastDate.slice(0, 4)
                  ? `, ${actor.firstDate.slice(0, 4)}`
                  : `, ${actor.firstDate.slice(0, 4)}–${actor.lastDate.slice(0, 4)}`
                : ""}
            </dd>
          </div>
          {actor.parent ? (
            <div>
              <dt className="label">Part of</dt>
              <dd>
                <Link href={`/actors/${actor.parent.slug}`}>{actor.parent.name}</Link>
              </dd>
            </div>
          ) : null}
          {actor.aliases.length > 0 ? (
            <div className="sm:col-span-2">
              <dt className="label">Also known as</dt>
              <dd>{actor.aliases.join(" · ")}</dd>
            </div>
          ) : null}
          {actor.wikidataId ? (
            <div>
              <dt className="label">Wikidata</dt>
              <dd>
                <a href={`https://www.wikidata.org/wiki/${actor.wikidataId}`} rel="noopener noreferrer">
                  {actor.wikidataId}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <ActorRecognition slug={actor.slug} name={actor.name} record={recognition} />
          <section aria-labelledby="timeline" className="mt-10">
            <h2 id="timeline" className="section-title">
              Timeline
            </h2>
            <ParameterErrors errors={listing.errors} />
            {page.items.length === 0 ? (
              <p className="mt-3 font-serif text-muted">No published entry involves {actor.name} yet.</p>
            ) : (
              <Timeline entries={page.items} actorSlug={actor.slug} />
            )}
            <Pagination path={`/actors/${actor.slug}`} base={new URLSearchParams()} prevCursor={page.prevCursor} nextCursor={page.nextCursor} isFirst={!listing.cursor} />
            <div className="mt-4 flex flex-wrap items-baseline justify-between gap-3">
              <p className="font-sans text-sm">
                <Link href={`/entries?actor=${actor.slug}`}>Filter these entries</Link>
              </p>
              <FeedLinks query={feedQuery} label={`Follow ${actor.name}`} />
            </div>
          </section>
        </div>
        <aside aria-label="Related actors" className="lg:mt-10 lg:border-l lg:border-rule lg:pl-6">
          {actor.positions.length > 0 ? (
            <section aria-labelledby="positions" className="mb-8">
              <h2 id="positions" className="section-title">
                Positions held
              </h2>
              <ul className="mt-2 font-sans text-sm">
                {actor.positions.map((p, i) => (
                  <li key={i} className="border-b border-rule py-2">
                    <span className="font-semibold">{p.title}</span>
                    {p.organisation ? <span>, {p.organisation}</span> : null}
                    {p.from || p.until ? (
                      <span className="block text-xs text-muted">
                        {partial(p.from) ?? "…"}–{partial(p.until) ?? ""}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {actor.children.length > 0 ? (
            <section aria-labelledby="children">
              <h2 id="children" className="section-title">
                Within {actor.name}
              </h2>
              <ul className="mt-2 font-sans text-sm">
                {actor.children.map((c) => (
                  <li key={c.slug} className="border-b border-rule py-2">
                    <Link href={`/actors/${c.slug}`}>{c.name}</Link>
                    <span className="block text-xs text-muted">
                      {labels.actorKind[c.kind]} · {c.entryCount === 1 ? "1 entry" : `${c.entryCount} entries`}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {actor.children.length === 0 && actor.positions.length === 0 ? (
            <p className="font-sans text-sm text-muted">
              See all <Link href={`/actors#${actor.kind}`}>{labels.actorKindPlural[actor.kind].toLowerCase()}</Link>.
            </p>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
