import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KIND_LABEL, ROLE_LABEL } from "@/components/labels";
import { PartialDateText } from "@/components/partial-date";
import { SourceList } from "@/components/source-list";
import { cachedGetPublishedEntryBySlug } from "@/lib/entries/cached";
import { slugSchema } from "@/lib/domain";
import { renderMarkdown } from "@/lib/markdown";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function load(slug: string) {
  if (!slugSchema.safeParse(slug).success) return null;
  return cachedGetPublishedEntryBySlug({ slug });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const entry = await load((await params).slug);
  if (!entry) return { title: "Entry not found" };
  return { title: entry.title, description: entry.summary, alternates: { canonical: `/entries/${entry.slug}` } };
}

export default async function EntryPage({ params }: { params: Params }) {
  const entry = await load((await params).slug);
  if (!entry) notFound();
  return (
    <article className="max-w-3xl">
      <p className="text-xs uppercase tracking-wider text-[var(--color-muted)]">
        {KIND_LABEL[entry.kind]} · <PartialDateText date={entry.date} precision={entry.datePrecision} qualifier={entry.dateQualifier} />
        {entry.place ? ` · ${entry.place}` : ""}
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight">{entry.title}</h1>
      {entry.summary ? <p className="mt-4 font-serif text-lg leading-relaxed">{entry.summary}</p> : null}
      {entry.actors.length > 0 ? (
        <section aria-labelledby="actors" className="mt-6">
          <h2 id="actors" className="text-sm font-semibold uppercase tracking-wider">
            Actors
          </h2>
          <ul className="mt-2 space-y-1">
            {entry.actors.map((a) => (
              <li key={`${a.slug}-${a.role}`}>
                <span className="text-sm text-[var(--color-muted)]">{ROLE_LABEL[a.role]}: </span>
                <span>{a.name}</span>
                {a.titleAtTime ? <span className="text-[var(--color-muted)]">, {a.titleAtTime}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div
        className="mt-6 space-y-4 font-serif leading-relaxed [&_blockquote]:border-l-4 [&_blockquote]:border-[var(--color-rule)] [&_blockquote]:pl-4 [&_blockquote]:italic"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(entry.body) }}
      />
      <SourceList sources={entry.sources} />
      <p className="mt-8 text-sm">
        <Link href="/entries">← All entries</Link>
      </p>
    </article>
  );
}
