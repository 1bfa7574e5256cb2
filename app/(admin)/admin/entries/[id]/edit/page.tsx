import type { Metadata } from "next";
import { getLabels } from "@/lib/i18n/labels-server";
import Link from "next/link";
import crypto from "node:crypto";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { getEntryForEdit } from "@/lib/entries/admin-queries";
import { entryToFormValues } from "@/lib/entries/form-values";
import { entryLifecycleAction } from "../../actions";
import { EntryForm } from "../../../_components/entry-form/entry-form";
import { StatusBadge } from "../../../_components/entry-table";
import { formatWhen } from "../../../_components/format";
import { StateForm } from "../../../_components/state-form";

export const metadata: Metadata = { title: "Edit entry" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED: Record<string, string> = {
  draft: "Draft saved. It is not public.",
  published: "Published. It is on the site now.",
  updated: "Saved. The public page and feeds show the change now.",
  publish: "Published. It is on the site now.",
  unpublish: "Unpublished. It is no longer public; it stays here as a draft.",
  restore: "Restored from the trash.",
};

export default async function EditEntryPage({ params, searchParams }: Props) {
  const labels = await getLabels();
  const { id } = await params;
  await requireEditor(`/admin/entries/${id}/edit`);
  if (!z.uuid().safeParse(id).success) notFound();
  const entry = await getEntryForEdit({ id });
  if (!entry) notFound();
  const { saved } = await searchParams;
  const notice = typeof saved === "string" ? SAVED[saved] : undefined;
  const heading = (
    <div className="space-y-1">
      <p className="text-sm text-[var(--color-muted)]">
        {labels.kind[entry.snapshot.kind]} · <StatusBadge status={entry.status} deleted={Boolean(entry.deletedAt)} /> · version {entry.version} · last
        saved {formatWhen(entry.updatedAt)}
        {entry.updatedByName ? ` by ${entry.updatedByName}` : ""}
        {entry.correctedAt ? ` · shown to readers as updated ${formatWhen(entry.correctedAt)}` : ""}
      </p>
      <h1 className="font-serif text-3xl font-bold">{entry.snapshot.title}</h1>
      <p className="text-sm text-[var(--color-muted)]">Address on the site: /entries/{entry.slug}</p>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/admin/entries/${id}/history`}>History</Link>
        {entry.status === "published" && !entry.deletedAt ? <Link href={`/entries/${entry.slug}`}>View on the site</Link> : null}
      </p>
    </div>
  );
  if (entry.deletedAt) {
    return (
      <div className="max-w-3xl space-y-4">
        {heading}
        <p role="status">This entry is in the trash since {formatWhen(entry.deletedAt)}. Restore it to edit it.</p>
        <StateForm action={entryLifecycleAction} fields={{ id, version: entry.version, operation: "restore" }} label="Restore from the trash" pendingLabel="Restoring…" />
      </div>
    );
  }
  const initial = entryToFormValues(entry.snapshot, {
    version: entry.version,
    idempotencyKey: crypto.randomUUID(),
    actorNames: new Map(Object.entries(entry.actorNames)),
  });
  return (
    <div className="max-w-3xl space-y-4">
      {heading}
      {notice ? (
        <p role="status" className="rounded border border-[var(--color-rule)] bg-[var(--color-rule)]/40 p-3 text-sm font-semibold">
          {notice}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {entry.status === "published" ? (
          <StateForm action={entryLifecycleAction} fields={{ id, version: entry.version, operation: "unpublish" }} label="Unpublish" pendingLabel="Unpublishing…" />
        ) : null}
        <StateForm action={entryLifecycleAction} fields={{ id, version: entry.version, operation: "delete" }} label="Move to the trash" pendingLabel="Moving…" />
      </div>
      <EntryForm key={entry.version} initial={initial} entryId={id} status={entry.status} today={new Date().toISOString().slice(0, 10)} />
    </div>
  );
}
