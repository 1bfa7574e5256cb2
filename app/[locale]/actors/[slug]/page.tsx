import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InLanguageText } from "@/components/in-language";
import { actorName } from "@/lib/i18n/content";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { localeAlternates } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import Link from "@/components/locale-link";
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
import { cachedCountPublishedEntries, cachedListPublishedEntries } from "@/lib/entries/cached";
import { parseListingParams } from "@/lib/entries/listing-params";
import { parseAsOf } from "@/lib/entries/as-of";
import { AsOfNotice } from "@/components/as-of-notice";
import { getEnv } from "@/lib/env";
import { parsePartialDate } from "@/lib/dates";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string; locale: string }>;

async function localeOf(params: Params): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function load(slug: string, locale: Locale) {
  if (!slugSchema.safeParse(slug).success) return null;
  const found = await cachedGetActorBySlug({ slug });
  if (found && "mergedInto" in found) permanentRedirect(localizedPath(locale, `/actors/${found.mergedInto}`));
  return found?.actor ?? null;
}

function partial(value: string | null, locale: Locale): string | null {
  const parsed = value ? parsePartialDate(value) : null;
  return parsed ? formatPartialDate(parsed.date, parsed.precision, null, locale) : value;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "actors.page" });
  const actor = await load((await params).slug, locale);
  if (!actor) return { title: t("notFound"), robots: { index: false } };
  const path = `/actors/${actor.slug}`;
  const name = actorName(actor, locale).text;
  const description = (locale === "en" ? actor.description : null) ?? t("description", { name, count: actor.entryCount });
  return {
    title: name,
    description,
    alternates: { ...localeAlternates(locale, path), types: feedAlternates(t("feedTitle", { name }), new URLSearchParams({ actor: actor.slug }), locale) },
    openGraph: { type: "profile", url: localizedPath(locale, path), title: name, description },
  };
}

export default async function ActorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const labels = await getLabels();
  const locale = await localeOf(params);
  const t = await getTranslations("actors.page");
  const actor = await load((await params).slug, locale);
  if (!actor) notFound();
  const name = actorName(actor, locale);
  const english = locale === "en" ? undefined : "en";
  const query = await searchParams;
  const asOf = parseAsOf(query);
  const filters = { actor: actor.slug, ...(asOf.asOf ? { as_of: asOf.asOf } : {}) };
  const listing = parseListingParams(query, filters);
  const [page, recognition, countAsOf] = await Promise.all([
    cachedListPublishedEntries({ filters, cursor: listing.cursor, direction: listing.direction, limit: 40 }),
    cachedGetActorRecognitionRecord({ id: actor.id, perGroup: 12, asOf: asOf.asOf }),
    asOf.asOf ? cachedCountPublishedEntries({ filters }) : null,
  ]);
  // As of a date, the header counts what the record held then: the entries dated by that day, their years.
  const entryCount = countAsOf ?? actor.entryCount;
  const lastDate = asOf.asOf && actor.lastDate && actor.lastDate > asOf.asOf ? asOf.asOf : actor.lastDate;
  const feedQuery = new URLSearchParams({ actor: actor.slug });
  const others = [
    locale !== "en" ? { lang: "en", name: actor.name } : null,
    locale !== "hy" && actor.nameHy ? { lang: "hy", name: actor.nameHy } : null,
    locale !== "ru" && actor.nameRu ? { lang: "ru", name: actor.nameRu } : null,
  ].filter(
    (n): n is { lang: string; name: string } => n !== null,
  );
  const existed = actor.existedFrom || actor.existedUntil ? [partial(actor.existedFrom, locale) ?? "…", partial(actor.existedUntil, locale) ?? ""].join("–") : null;

  return (
    <div className="mx-auto max-w-5xl">
      <JsonLd data={actorJsonLd(actor, getEnv().siteUrl)} />
      <nav aria-label={t("breadcrumb")} className="no-print label">
        <Link href="/actors">{t("actors")}</Link>
        {actor.ancestors.map((a) => (
          <span key={a.slug}>
            <span aria-hidden="true"> › </span>
            <Link href={`/actors/${a.slug}`}>
              <InLanguageText value={actorName(a, locale)} mark={false} />
            </Link>
          </span>
        ))}
      </nav>
      <header className="mt-4 border-b border-rule pb-6">
        <p className="label">
          {labels.actorKind[actor.kind]}
          {actor.countryCode ? ` · ${actor.countryCode}` : ""}
          {existed ? ` · ${existed}` : ""}
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight tracking-tight sm:text-[2.6rem]">
          <InLanguageText value={name} mark={false} />
        </h1>
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
        {actor.description ? (
          <p className="mt-4 max-w-[62ch] font-serif text-lg leading-relaxed" lang={english}>
            {actor.description}
          </p>
        ) : null}
        {!asOf.ok ? <ParameterErrors errors={[{ parameter: "as_of", message: asOf.message }]} /> : null}
        {asOf.asOf ? <AsOfNotice asOf={asOf.asOf} todayHref={`/actors/${actor.slug}`} /> : null}
        <dl className="mt-5 grid gap-x-8 gap-y-3 font-sans text-sm sm:grid-cols-2">
          <div>
            <dt className="label">{t("inRecord")}</dt>
            <dd>
              {t("entries", { count: entryCount })}
              {entryCount > 0 && actor.firstDate && lastDate
                ? actor.firstDate.slice(0, 4) === lastDate.slice(0, 4)
                  ? `, ${actor.firstDate.slice(0, 4)}`
                  : `, ${actor.firstDate.slice(0, 4)}–${lastDate.slice(0, 4)}`
                : ""}
            </dd>
          </div>
          {actor.parent ? (
            <div>
              <dt className="label">{t("partOf")}</dt>
              <dd>
                <Link href={`/actors/${actor.parent.slug}`}>
                  <InLanguageText value={actorName(actor.parent, locale)} mark={false} />
                </Link>
              </dd>
            </div>
          ) : null}
          {actor.aliases.length > 0 ? (
            <div className="sm:col-span-2">
              <dt className="label">{t("aliases")}</dt>
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

      <div className="grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <ActorRecognition slug={actor.slug} name={name.text} record={recognition} />
          <section aria-labelledby="timeline" className="mt-10">
            <h2 id="timeline" className="section-title">
              {t("timeline")}
            </h2>
            <ParameterErrors errors={listing.errors} />
            {page.items.length === 0 ? (
              <p className="mt-3 font-serif text-muted">{t("noEntries", { name: name.text })}</p>
            ) : (
              <Timeline entries={page.items} actorSlug={actor.slug} />
            )}
            <Pagination path={`/actors/${actor.slug}`} base={new URLSearchParams(asOf.asOf ? { as_of: asOf.asOf } : {})} prevCursor={page.prevCursor} nextCursor={page.nextCursor} isFirst={!listing.cursor} />
            <div className="mt-4 flex flex-wrap items-baseline justify-between gap-3">
              <p className="font-sans text-sm">
                <Link href={`/entries?actor=${actor.slug}`}>{t("filter")}</Link>
              </p>
              <FeedLinks query={feedQuery} label={t("follow", { name: name.text })} />
            </div>
          </section>
        </div>
        <aside aria-label={t("related")} className="lg:mt-10 lg:border-l lg:border-rule lg:pl-6">
          {actor.positions.length > 0 ? (
            <section aria-labelledby="positions" className="mb-8">
              <h2 id="positions" className="section-title">
                {t("positions")}
              </h2>
              <ul className="mt-2 font-sans text-sm">
                {actor.positions.map((p, i) => (
                  <li key={i} className="border-b border-rule py-2">
                    <span className="font-semibold">{p.title}</span>
                    {p.organisation ? <span>, {p.organisation}</span> : null}
                    {p.from || p.until ? (
                      <span className="block text-xs text-muted">
                        {partial(p.from, locale) ?? "…"}–{partial(p.until, locale) ?? ""}
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
                {t("within", { name: name.text })}
              </h2>
              <ul className="mt-2 font-sans text-sm">
                {actor.children.map((c) => (
                  <li key={c.slug} className="border-b border-rule py-2">
                    <Link href={`/actors/${c.slug}`}>
                      <InLanguageText value={actorName(c, locale)} mark={false} />
                    </Link>
                    <span className="block text-xs text-muted">
                      {labels.actorKind[c.kind]} · {t("entries", { count: c.entryCount })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {actor.children.length === 0 && actor.positions.length === 0 ? (
            <p className="font-sans text-sm text-muted">
              {t("seeAll")} <Link href={`/actors#${actor.kind}`}>{labels.actorKindPlural[actor.kind].toLowerCase()}</Link>.
            </p>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
