import type { Metadata } from "next";
import Link from "next/link";
import { cachedListCorrections } from "@/lib/entries/cached";
import { formatDay } from "@/lib/entries/cite-text";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Corrections",
  description: "Every correction of a published entry, newest first: what changed, when, and why.",
  alternates: { canonical: "/changes", types: { "application/rss+xml": [{ url: "/changes.xml", title: "Corrections (RSS)" }] } },
};

/** The public corrections log: each correction an editor marked as one, with its note and a diff of the public fields. */
export default async function ChangesPage() {
  const corrections = await cachedListCorrections({ limit: 100 });
  return (
    <div className="mx-auto max-w-4xl">
      <header className="border-b border-rule pb-5">
        <p className="label">The record</p>
        <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">Corrections</h1>
        <p className="mt-2 max-w-prose font-serif text-muted">
          When a published entry is corrected, the correction is listed here, newest first: what changed, when, and the
          editors&apos; note. Each links to the changes line by line. Removed entries keep a notice at their address.
        </p>
        <p className="mt-3 font-sans text-sm">
          <a href="/changes.xml">Follow the corrections (RSS)</a>
        </p>
      </header>
      {corrections.length === 0 ? (
        <p className="py-10 font-serif text-lg">No correction has been published yet.</p>
      ) : (
        <ol aria-label="Corrections, newest first" className="mt-2">
          {corrections.map((c) => (
            <li key={c.id} className="border-b border-rule py-5">
              <p className="label">
                <time dateTime={c.correctedAt}>{formatDay(c.correctedAt)}</time>
              </p>
              <h2 className="mt-1 font-serif text-[1.2rem] font-bold leading-snug">
                {c.entryPublic ? (
                  <Link href={`/entries/${c.entrySlug}`} className="text-ink no-underline hover:underline">
                    {c.entryTitle}
                  </Link>
                ) : (
                  <span>
                    {c.entryTitle} <span className="font-sans text-sm font-normal text-muted">(since removed)</span>
                  </span>
                )}
              </h2>
              <p className="mt-1.5 max-w-[70ch] font-serif leading-relaxed">{c.note}</p>
              <p className="mt-2 font-sans text-sm text-muted">
                {c.changedFields.length > 0 ? <>Changed: {c.changedFields.join(", ")}. </> : null}
                <Link href={`/changes/${c.id}`}>What changed</Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
