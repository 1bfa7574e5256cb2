import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { cachedListCorrections } from "@/lib/entries/cached";
import { formatDay } from "@/lib/entries/cite-text";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("provenance.changes");
  return {
    title: t("heading"),
    description: t("metaDescription"),
    alternates: { canonical: "/changes", types: { "application/rss+xml": [{ url: "/changes.xml", title: t("follow") }] } },
  };
}

/** The public corrections log: each correction an editor marked as one, with its note and a diff of the public fields. */
export default async function ChangesPage() {
  const corrections = await cachedListCorrections({ limit: 100 });
  const t = await getTranslations("provenance.changes");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="mx-auto max-w-4xl">
      <header className="border-b border-rule pb-5">
        <p className="label">{t("label")}</p>
        <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{t("heading")}</h1>
        <p className="mt-2 max-w-prose font-serif text-muted">{t("intro")}</p>
        <p className="mt-3 font-sans text-sm">
          <a href="/changes.xml">{t("follow")}</a>
        </p>
      </header>
      {corrections.length === 0 ? (
        <p className="py-10 font-serif text-lg">{t("none")}</p>
      ) : (
        <ol aria-label={t("listLabel")} className="mt-2">
          {corrections.map((c) => (
            <li key={c.id} className="border-b border-rule py-5">
              <p className="label">
                <time dateTime={c.correctedAt}>{formatDay(c.correctedAt, locale)}</time>
              </p>
              <h2 className="mt-1 font-serif text-[1.2rem] font-bold leading-snug">
                {c.entryPublic ? (
                  <Link href={`/entries/${c.entrySlug}`} className="text-ink no-underline hover:underline">
                    {c.entryTitle}
                  </Link>
                ) : (
                  <span>
                    {c.entryTitle} <span className="font-sans text-sm font-normal text-muted">{t("sinceRemoved")}</span>
                  </span>
                )}
              </h2>
              <p className="mt-1.5 max-w-[70ch] font-serif leading-relaxed">{c.note}</p>
              <p className="mt-2 font-sans text-sm text-muted">
                {c.changedFields.length > 0 ? <>{t("changed", { fields: c.changedFields.join(", ") })} </> : null}
                <Link href={`/changes/${c.id}`}>{t("whatChanged")}</Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
