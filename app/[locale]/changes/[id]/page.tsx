import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { RevisionDiff } from "@/components/revision-diff";
import { cachedGetCorrection } from "@/lib/entries/cached";
import { formatDay } from "@/lib/entries/cite-text";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

async function load(id: string) {
  return z.uuid().safeParse(id).success ? cachedGetCorrection({ id }) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const c = await load((await params).id);
  const t = await getTranslations("provenance.changes");
  return c
    ? { title: t("correctionTitle", { title: c.entryTitle }), alternates: { canonical: `/changes/${c.id}` } }
    : { title: t("notFound"), robots: { index: false } };
}

/** One correction: its note and the public fields before and after, line by line. */
export default async function CorrectionPage({ params }: { params: Params }) {
  const c = await load((await params).id);
  if (!c) notFound();
  const t = await getTranslations("provenance.changes");
  const locale = (await getLocale()) as Locale;
  return (
    <article className="mx-auto max-w-4xl">
      <nav aria-label="Breadcrumb" className="label">
        <Link href="/changes">{t("heading")}</Link>
      </nav>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight">{t("correctionTitle", { title: c.entryTitle })}</h1>
      <p className="mt-2 font-sans text-sm text-muted">
        <time dateTime={c.correctedAt}>{t("correctedOn", { date: formatDay(c.correctedAt, locale) })}</time>
        {c.entryPublic ? (
          <>
            {" · "}
            <Link href={`/entries/${c.entrySlug}`}>{t("entryAsItStands")}</Link>
          </>
        ) : (
          ` · ${t("entryRemoved")}`
        )}
      </p>
      <div role="note" aria-label={t("noteLabel")} className="mt-5 border-l-4 border-accent bg-panel px-4 py-3 font-sans">
        {c.note}
      </div>
      <h2 className="section-title mt-8">{t("whatChanged")}</h2>
      <p className="mt-1 font-sans text-sm text-muted">{t("diffHelp")}</p>
      <div className="mt-3 font-sans">
        <RevisionDiff lines={c.lines} label={t("diffLabel")} unchanged={t("noPublicChange")} />
      </div>
    </article>
  );
}
