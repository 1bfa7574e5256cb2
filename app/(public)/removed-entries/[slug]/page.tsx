import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
  return {
    title: removed ? `Removed: ${removed.title}` : "Entry not found",
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
  return (
    <article className="mx-auto max-w-3xl">
      <p className="label">Removed entry</p>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight">This entry was removed from the record</h1>
      <div role="note" aria-label="Removal" className="mt-6 border-l-4 border-accent bg-panel px-4 py-3 font-sans">
        <p>
          <span className="font-semibold">“{removed.title}”</span> was removed on{" "}
          <time dateTime={removed.removedAt}>{formatDay(removed.removedAt)}</time>.
        </p>
        {removed.reason ? (
          <p className="mt-2">
            <span className="font-semibold">Reason:</span> {removed.reason}
          </p>
        ) : null}
      </div>
      <p className="mt-6 font-serif text-muted">
        Corrections and removals are listed in the <Link href="/changes">public log of changes</Link>. The rest of the record is
        under <Link href="/entries">Entries</Link>.
      </p>
    </article>
  );
}
