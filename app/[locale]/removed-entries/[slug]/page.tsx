import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { slugSchema } from "@/lib/domain";
import { cachedGetRemovedEntryBySlug } from "@/lib/entries/cached";
import { formatDay } from "@/lib/entries/cite-text";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function load(slug: string) {
  if (!slugSchema.safeParse(slug).success) return null;
  return cachedGetRemovedEntryBySlug({ slug });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const removed = await load((await params).slug);
  const t = await getTranslations("provenance.removed");
  return {
    title: removed ? t("metaTitle", { title: removed.title }) : t("notFound"),
    robots: { index: false },
    ...(removed ? { alternates: { canonical: `/entries/${removed.slug}` } } : {}),
  };
}

/**
 * What a published entry's address shows once the entry is removed (proxy.ts rewrites it here with 410): that it
 * was removed, when and why. The title is the one readers saw; nothing else of the entry is shown.
 */
export default async function RemovedEntryPage({ params }: { params: Params }) {
  const removed = await load((await params).slug);
  if (!removed) notFound();
  const t = await getTranslations("provenance.removed");
  const locale = (await getLocale()) as Locale;
  return (
    <article className="mx-auto max-w-3xl">
      <p className="label">{t("label")}</p>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight">{t("heading")}</h1>
      <div role="note" aria-label={t("noteLabel")} className="mt-6 border-l-4 border-accent bg-panel px-4 py-3 font-sans">
        <p>
          {t.rich("when", {
            title: removed.title,
            name: (chunks) => <span className="font-semibold">{chunks}</span>,
            date: formatDay(removed.removedAt, locale),
          })}
        </p>
        {removed.reason ? (
          <p className="mt-2">
            <span className="font-semibold">{t("reason")}</span> {removed.reason}
          </p>
        ) : null}
      </div>
      <p className="mt-6 font-serif text-muted">
        {t.rich("more", {
          changes: (chunks) => <Link href="/changes">{chunks}</Link>,
          entries: (chunks) => <Link href="/entries">{chunks}</Link>,
        })}
      </p>
    </article>
  );
}
