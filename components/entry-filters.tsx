import { useLocale, useTranslations } from "next-intl";
import Link from "@/components/locale-link";
import { LOCALE_TAG, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import { ACTOR_KINDS, ENTRY_KINDS } from "@/lib/domain";
import type { EntryFacets } from "@/lib/entries/browse";
import type { EntryFilters } from "@/lib/entries/filters";
import type { EntryOrder } from "@/lib/entries/listing";
import { SOURCING_FILTERS } from "@/lib/constants";
import { useLabels } from "@/lib/i18n/use-labels";
import { actorName } from "@/lib/i18n/content";


/** The filter form: a plain GET form, so the URL is the state and it works without JavaScript. */
export function EntryFilterForm({ filters, facets, order }: { filters: EntryFilters; facets: EntryFacets; order: EntryOrder }) {
  const labels = useLabels();
  const t = useTranslations("entries.filters");
  const locale = useLocale() as Locale;
  const count = (n: number) => ` (${n.toLocaleString(LOCALE_TAG[locale])})`;
  // A value in the URL that no published entry carries (yet) stays selectable, so the form shows the view as it is.
  const years = facets.years.some((y) => y.year === filters.year) || !filters.year ? facets.years : [{ year: filters.year, count: 0 }, ...facets.years];
  const tags = facets.tags.some((t) => t.tag === filters.tag) || !filters.tag ? facets.tags : [{ tag: filters.tag, count: 0 }, ...facets.tags];
  const actorKnown = !filters.actor || facets.actors.some((a) => a.slug === filters.actor);
  const countryKnown = !filters.country || facets.countries.some((c) => c.code === filters.country);
  const tp = useTranslations("provenance");
  return (
    <form method="get" action={localizedPath(locale, "/entries")} aria-label={t("form")} className="no-print grid grid-cols-2 gap-x-4 gap-y-3 font-sans text-sm lg:grid-cols-1">
      <div className="col-span-2 flex flex-col gap-1 lg:col-span-1">
        <label htmlFor="filter-q" className="font-semibold">
          {t("name.q")}
        </label>
        <input id="filter-q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ""} className="field" aria-describedby="filter-q-help" />
        <span id="filter-q-help" className="text-xs text-muted">
          {t("wordsHelp")}
        </span>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-kind" className="font-semibold">
          {t("name.kind")}
        </label>
        <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""} className="field">
          <option value="">{t("allKinds")}</option>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {labels.kindPlural[k]}
              {count(facets.kinds.find((f) => f.kind === k)?.count ?? 0)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-year" className="font-semibold">
          {t("name.year")}
        </label>
        <select id="filter-year" name="year" defaultValue={filters.year ? String(filters.year) : ""} className="field">
          <option value="">{t("allYears")}</option>
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {y.year}
              {count(y.count)}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 flex flex-col gap-1 lg:col-span-1">
        <label htmlFor="filter-actor" className="font-semibold">
          {t("name.actor")}
        </label>
        <select id="filter-actor" name="actor" defaultValue={filters.actor ?? ""} className="field">
          <option value="">{t("allActors")}</option>
          {!actorKnown ? <option value={filters.actor}>{filters.actor}</option> : null}
          {ACTOR_KINDS.map((kind) => {
            // In the reader's language where the record has the name (sorted in it), else English marked lang="en".
            const list = facets.actors
              .filter((a) => a.kind === kind)
              .map((a) => ({ ...a, shown: actorName(a, locale) }))
              .sort((a, b) => (locale === "en" ? 0 : a.shown.text.localeCompare(b.shown.text, LOCALE_TAG[locale])));
            if (list.length === 0) return null;
            return (
              <optgroup key={kind} label={labels.actorKindPlural[kind]}>
                {list.map((a) => (
                  <option key={a.slug} value={a.slug} lang={a.shown.lang === locale ? undefined : a.shown.lang}>
                    {a.shown.text}
                    {count(a.count)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-country" className="font-semibold">
          {t("name.country")}
        </label>
        <select id="filter-country" name="country" defaultValue={filters.country ?? ""} className="field">
          <option value="">{t("allCountries")}</option>
          {!countryKnown ? <option value={filters.country}>{filters.country}</option> : null}
          {facets.countries
            .map((c) => ({ ...c, shown: actorName(c, locale) }))
            .sort((a, b) => (locale === "en" ? 0 : a.shown.text.localeCompare(b.shown.text, LOCALE_TAG[locale])))
            .map((c) => (
            <option key={c.code} value={c.code} lang={c.shown.lang === locale ? undefined : c.shown.lang}>
              {c.shown.text}
              {count(c.count)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-tag" className="font-semibold">
          {t("name.tag")}
        </label>
        <select id="filter-tag" name="tag" defaultValue={filters.tag ?? ""} className="field">
          <option value="">{t("allTags")}</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag} lang={locale === "en" ? undefined : "en"}>
              {t.tag.replace(/-/g, " ")}
              {count(t.count)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-sourcing" className="font-semibold">
          {tp("sourcing.label")}
        </label>
        <select id="filter-sourcing" name="sourcing" defaultValue={filters.sourcing ?? ""} className="field">
          <option value="">{tp("sourcing.any")}</option>
          {SOURCING_FILTERS.map((s) => (
            <option key={s} value={s}>
              {tp(s === "single" ? "sourcing.single" : "sourcing.noPrimary")}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-as-of" className="font-semibold">
          {tp("asOf.label")}
        </label>
        <input id="filter-as-of" name="as_of" type="date" min="1900-01-01" defaultValue={filters.as_of ?? ""} className="field" aria-describedby="filter-as-of-help" />
        <span id="filter-as-of-help" className="text-xs text-muted">
          {tp("asOf.help")}
        </span>
      </div>
      {filters.q ? (
        <div className="col-span-2 flex flex-col gap-1 lg:col-span-1">
          <label htmlFor="filter-sort" className="font-semibold">
            {t("order")}
          </label>
          <select id="filter-sort" name="sort" defaultValue={order} className="field">
            <option value="relevance">{t("relevance")}</option>
            <option value="newest">{t("newest")}</option>
          </select>
        </div>
      ) : null}
      <div className="col-span-2 flex flex-wrap items-center gap-4 pt-1 lg:col-span-1">
        <button type="submit" className="button">
          {t("apply")}
        </button>
        <Link href="/entries">{t("clear")}</Link>
      </div>
    </form>
  );
}
