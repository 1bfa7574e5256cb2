import { useLocale, useTranslations } from "next-intl";
import { InLanguageText } from "./in-language";
import { actorName, entrySummary, entryTitle } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import Link from "@/components/locale-link";
import type { SearchHighlight } from "@/lib/entries/highlights";
import type { EntryCard } from "@/lib/entries/read-model";
import { scriptLanguage } from "@/lib/entries/search-text";
import { Highlighted } from "./highlighted";
import { useLabels } from "@/lib/i18n/use-labels";
import { PartialDateText } from "./partial-date";

/** One entry in a list: kind, date and place as a quiet line, the title, summary (or matched text), actors, sources. */
export function EntryCardView({
  entry,
  highlight,
  headingLevel = 2,
}: {
  entry: EntryCard;
  highlight?: SearchHighlight;
  headingLevel?: 2 | 3;
}) {
  const labels = useLabels();
  const t = useTranslations("entries.card");
  const locale = useLocale() as Locale;
  const summary = entrySummary(entry, locale);
  const actors = entry.actors.filter((a) => a.role !== "mentioned").slice(0, 4);
  const more = entry.actors.filter((a) => a.role !== "mentioned").length - actors.length;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-b border-rule py-5 first:pt-3">
      <p className="label">
        <span>{labels.kind[entry.kind]}</span>
        <span aria-hidden="true"> · </span>
        <PartialDateText date={entry.date} precision={entry.datePrecision} qualifier={entry.dateQualifier} />
        {entry.place ? (
          <>
            <span aria-hidden="true"> · </span>
            <span lang={locale === "en" ? undefined : "en"}>{entry.place}</span>
          </>
        ) : null}
      </p>
      <Heading className="mt-1 font-serif text-[1.2rem] font-bold leading-snug">
        <Link href={`/entries/${entry.slug}`} className="text-ink no-underline hover:underline">
          {highlight && locale === "en" ? <Highlighted text={highlight.title} /> : <InLanguageText value={entryTitle(entry, locale)} />}
        </Link>
      </Heading>
      {highlight?.excerpt ? (
        <p className="mt-1.5 font-serif leading-relaxed" lang={scriptLanguage(highlight.excerpt) ?? (locale === "en" ? undefined : "en")}>
          <span className="sr-only">{t("matched")} </span>…&#8202;<Highlighted text={highlight.excerpt} />&#8202;…
        </p>
      ) : summary.text ? (
        <p className="mt-1.5 max-w-[70ch] font-serif leading-relaxed">
          <InLanguageText value={summary} mark={false} />
        </p>
      ) : null}
      <p className="mt-2 font-sans text-sm text-muted">
        {actors.map((a, i) => (
          <span key={`${a.slug}-${a.role}`}>
            {i > 0 ? ", " : null}
            <InLanguageText value={actorName(a, locale)} mark={false} />
          </span>
        ))}
        {more > 0 ? ` ${t("moreActors", { count: more })}` : null}
        {actors.length > 0 ? <span aria-hidden="true"> · </span> : null}
        {t("sources", { count: entry.sourceCount })}
      </p>
    </article>
  );
}
