import { useLocale, useTranslations } from "next-intl";
import { scriptLanguage } from "@/lib/entries/search-text";
import { formatPartialDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { Language } from "@/lib/domain";
import { formatDay } from "@/lib/entries/cite-text";
import type { PublicSource } from "@/lib/entries/read-model";
import { useLabels } from "@/lib/i18n/use-labels";

function published(on: string, locale: Locale): string {
  const precision = on.length === 4 ? "year" : on.length === 7 ? "month" : "day";
  return formatPartialDate(on.length === 4 ? `${on}-01-01` : on.length === 7 ? `${on}-01` : on, precision, null, locale);
}

/** The numbered citation list, set apart from the record's own text: sans, tinted, each source with its quote. */
export function SourceList({ sources }: { sources: PublicSource[] }) {
  const labels = useLabels();
  const t = useTranslations("entries.sources");
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="sources" className="print-urls mt-12 border-t-2 border-ink bg-panel px-4 py-5 font-sans text-sm sm:px-6">
      <h2 id="sources" className="label !text-ink font-semibold">
        {t("heading")}
      </h2>
      <ol className="mt-3 space-y-5">
        {sources.map((s, i) => (
          <li key={i} id={`source-${i + 1}`} className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2">
            <span className="font-serif text-base font-bold tabular-nums text-muted" aria-hidden="true">
              {i + 1}.
            </span>
            <div>
              <p className="leading-relaxed" lang={locale === "en" ? undefined : (scriptLanguage(`${s.title} ${s.publisher ?? ""}`) ?? "en")}>
                {s.author ? <span>{s.author}, </span> : null}
                {s.url ? (
                  <a href={s.url} rel="nofollow noopener noreferrer" className="font-semibold">
                    {s.title}
                  </a>
                ) : (
                  <cite className="font-semibold not-italic">{s.title}</cite>
                )}
                {s.publisher ? <span>, {s.publisher}</span> : null}
                {s.publishedOn ? <span>, {published(s.publishedOn, locale)}</span> : null}
                <span>.</span>
              </p>
              <p className="mt-0.5 text-xs text-muted">
                <span>{labels.tier[s.tier]}</span>
                {s.language ? <span> · {t("inLanguage", { language: labels.language[s.language as Language] ?? s.language })}</span> : null}
                {s.locator ? <span lang={locale === "en" ? undefined : "en"}> · {s.locator}</span> : null}
                {s.accessedOn ? <span> · {t("accessed", { date: formatDay(s.accessedOn, locale) })}</span> : null}
                {s.linkStatus === "dead" ? <span> · {t("dead")}</span> : null}
                {s.archiveUrl ? (
                  <span>
                    {" · "}
                    <a href={s.archiveUrl} rel="nofollow noopener noreferrer">
                      {t("archived")}
                    </a>
                  </span>
                ) : null}
                {!s.url && !s.archiveUrl ? <span> · {t("noCopy")}</span> : null}
              </p>
              {s.quote ? (
                <blockquote lang={s.language ?? scriptLanguage(s.quote) ?? (locale === "en" ? undefined : "en")} className="mt-2 border-l-2 border-rule pl-3 font-serif text-[0.95rem] italic leading-relaxed">
                  “{s.quote}”
                </blockquote>
              ) : null}
              {s.quoteTranslation ? (
                <p className="mt-1 pl-3.5 font-serif text-[0.95rem] leading-relaxed text-muted">
                  <span className="label mr-1">{t("translation")}</span> <span lang="en">{s.quoteTranslation}</span>
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
