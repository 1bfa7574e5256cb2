import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InLanguageText } from "@/components/in-language";
import { actorName } from "@/lib/i18n/content";
import { LOCALE_TAG } from "@/lib/i18n/locales";
import { localeAlternates, pageLocale, type LocaleParams } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import Link from "@/components/locale-link";
import { getLabels } from "@/lib/i18n/labels-server";
import { cachedListActors } from "@/lib/actors/cached";
import { ACTOR_KINDS } from "@/lib/domain";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "actors.directory" });
  return {
    title: t("heading"),
    description: t("description"),
    alternates: localeAlternates(locale, "/actors"),
    openGraph: { title: t("heading"), type: "website", url: localizedPath(locale, "/actors") },
  };
}

export default async function ActorsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("actors.directory");
  const labels = await getLabels();
  const actors = await cachedListActors();
  const groups = ACTOR_KINDS.map((kind) => ({ kind, actors: actors.filter((a) => a.kind === kind) })).filter((g) => g.actors.length > 0);
  return (
    <div>
      <header className="border-b border-rule pb-5">
        <p className="label">{t("eyebrow")}</p>
        <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{t("heading")}</h1>
        <p className="mt-2 max-w-prose font-serif text-muted">
          {t("lede", { count: actors.length })}
        </p>
        <nav aria-label={t("kinds")} className="no-print mt-4 flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm">
          {groups.map((g) => (
            <a key={g.kind} href={`#${g.kind}`}>
              {labels.actorKindPlural[g.kind]} <span className="text-muted">({g.actors.length.toLocaleString(LOCALE_TAG[locale])})</span>
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
                  <InLanguageText value={actorName(a, locale)} mark={false} />
                </Link>
                {locale === "en" && a.nameHy ? (
                  <span lang="hy" className="ml-2 font-serif text-sm text-muted">
                    {a.nameHy}
                  </span>
                ) : null}
                <span className="block font-sans text-xs text-muted">
                  {[a.countryCode, a.parent ? t("partOf", { name: actorName(a.parent, locale).text }) : null, t("entries", { count: a.entryCount })]
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
