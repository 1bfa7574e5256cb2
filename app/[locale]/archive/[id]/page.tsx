import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { cachedGetPublicCapture } from "@/lib/archive/cached";
import { formatDay } from "@/lib/entries/cite-text";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const capture = await cachedGetPublicCapture((await params).id);
  const t = await getTranslations("archive.page");
  if (!capture) return { title: t("title"), robots: { index: false } };
  // A copy of someone else's page: readers reach it from the entry that cites it, search engines need not.
  return { title: `${t("title")}: ${capture.title ?? capture.url}`, robots: { index: false, follow: true } };
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-x-4 border-b border-rule py-2 sm:grid-cols-[11rem_minmax(0,1fr)]">
      <dt className="label">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export default async function ArchivedCopyPage({ params }: { params: Params }) {
  const capture = await cachedGetPublicCapture((await params).id);
  if (!capture) notFound();
  const t = await getTranslations("archive.page");
  const locale = (await getLocale()) as Locale;
  const paragraphs = (capture.text ?? "").split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);

  return (
    <article className="mx-auto max-w-3xl">
      <header className="border-b border-rule pb-5">
        <p className="label">{t("title")}</p>
        <h1 className="mt-2 font-serif text-2xl font-bold leading-tight sm:text-3xl">{capture.title ?? capture.url}</h1>
        <p className="mt-3 max-w-[62ch] font-sans text-sm leading-relaxed text-muted">{t("intro")}</p>
      </header>

      <dl className="mt-4 font-sans text-sm">
        <Fact term={t("cited")}>
          <a href={capture.url} rel="nofollow noopener noreferrer">{capture.url}</a>
        </Fact>
        {capture.finalUrl !== capture.url ? (
          <Fact term={t("final")}>
            <a href={capture.finalUrl} rel="nofollow noopener noreferrer">{capture.finalUrl}</a>
          </Fact>
        ) : null}
        <Fact term={t("fetched")}>
          <time dateTime={capture.fetchedAt}>{formatDay(capture.fetchedAt, locale)}</time>, {capture.fetchedAt.slice(11, 16)} UTC
        </Fact>
        <Fact term={t("status")}>{capture.httpStatus}</Fact>
        <Fact term={t("type")}>{capture.contentType ?? "—"}</Fact>
        <Fact term={t("size")}>{t("sizeBytes", { bytes: capture.bodyBytes })}</Fact>
        <Fact term={t("hash")}>
          <code className="break-all text-xs">{capture.sha256}</code>
        </Fact>
        <Fact term={t("link")}>
          {t("linkStatus", { status: capture.linkStatus ?? "unchecked" })}
          {capture.linkStatusSince && capture.linkStatus && capture.linkStatus !== "unchecked" ? (
            <> ({t("linkSince", { date: formatDay(capture.linkStatusSince, locale) })})</>
          ) : null}
        </Fact>
      </dl>

      <p className="mt-5 flex flex-wrap gap-x-6 gap-y-2 font-sans text-sm">
        {capture.hasHtml ? (
          <a href={`/archive/${capture.id}/copy`} rel="nofollow" data-open-copy="">
            {t("openCopy")}
          </a>
        ) : null}
        <a href={`/archive/${capture.id}/warc`} rel="nofollow">
          {t("warc")}
        </a>
      </p>
      {!capture.hasHtml ? <p className="mt-2 font-sans text-sm text-muted">{t("noHtml")}</p> : null}
      {capture.htmlTruncated ? <p className="mt-2 font-sans text-sm text-muted">{t("truncated")}</p> : null}

      <section aria-labelledby="captured-text" className="mt-8">
        <h2 id="captured-text" className="section-title">
          {t("text")}
        </h2>
        {paragraphs.length > 0 ? (
          <div className="mt-3 space-y-3 border-l-2 border-rule pl-4 font-serif leading-relaxed">
            {paragraphs.map((p, i) => (
              <p key={i} className="whitespace-pre-line">
                {p}
              </p>
            ))}
          </div>
        ) : (
          <p className="mt-3 font-sans text-sm text-muted">{t("noText")}</p>
        )}
      </section>

      {capture.versions.length > 1 ? (
        <section aria-labelledby="versions" className="mt-8 font-sans text-sm">
          <h2 id="versions" className="section-title">
            {t("versions")}
          </h2>
          <ul className="mt-2">
            {capture.versions.map((v) => (
              <li key={v.id} className="border-b border-rule py-2">
                {v.id === capture.id ? (
                  <span>
                    {formatDay(v.fetchedAt, locale)} ({t("thisVersion")})
                  </span>
                ) : (
                  <Link href={`/archive/${v.id}`}>{formatDay(v.fetchedAt, locale)}</Link>
                )}{" "}
                <code className="text-xs text-muted">{v.sha256.slice(0, 12)}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {capture.citedBy.length > 0 ? (
        <section aria-labelledby="cited-by" className="mt-8 font-sans text-sm">
          <h2 id="cited-by" className="section-title">
            {t("citedBy")}
          </h2>
          <ul className="mt-2">
            {capture.citedBy.map((e) => (
              <li key={e.slug} className="border-b border-rule py-2">
                <Link href={`/entries/${e.slug}`}>{e.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
