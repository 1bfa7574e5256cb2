import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { getActorNames, getEntryForEdit, listRevisions } from "@/lib/entries/admin-queries";
import { ENTRY_DIFF_LABELS, diffSnapshots, snapshotText } from "@/lib/entries/diff";
import type { EntrySnapshot } from "@/lib/entries/snapshot";
import { restoreRevisionAction } from "../../actions";
import { diffLabels } from "../../../_components/diff-labels";
import { formatWhen } from "../../../_components/format";
import { RevisionDiff as Diff } from "../../../_components/revision-diff";
import { StateForm } from "../../../_components/state-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.history"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireEditor(`/admin/entries/${id}/history`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [entry, revisions] = await Promise.all([getEntryForEdit({ id }), listRevisions({ entryId: id })]);
  if (!entry) notFound();
  const { restored } = await searchParams;
  const actorIds = revisions.flatMap((r) => ((r.snapshot as Partial<EntrySnapshot>).actors ?? []).map((a) => a.actorId));
  const names = await getActorNames(actorIds);
  const [t, locale, fieldLabels] = await Promise.all([getTranslations("admin.history"), getLocale(), diffLabels("admin.history.fields", ENTRY_DIFF_LABELS)]);
  const texts = revisions.map((r) => snapshotText(r.snapshot, names, fieldLabels));
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        {entry.deletedAt ? t("inTrash") : <Link href={`/admin/entries/${id}/edit`}>{t("back")}</Link>}
      </p>
      <h1 className="font-serif text-3xl font-bold">{t("heading", { title: entry.snapshot.title })}</h1>
      <p className="text-sm text-[var(--color-muted)]">{t("hint")}</p>
      {typeof restored === "string" ? (
        <p role="status" className="rounded border border-[var(--color-rule)] p-3 text-sm font-semibold">
          {t("restored", { version: restored })}
        </p>
      ) : null}
      <ol className="space-y-6">
        {revisions.map((revision, i) => {
          const previous = texts[i + 1];
          const lines = diffSnapshots(previous ?? "", texts[i]!);
          return (
            <li key={revision.id} className="space-y-2 border-t border-[var(--color-rule)] pt-3">
              <h2 className="font-semibold">
                {t(revision.version === entry.version ? "versionCurrent" : "version", { version: revision.version })} ·{" "}
                {formatWhen(revision.createdAt, locale)} · {revision.createdByName ?? t("system")}
              </h2>
              {revision.changeNote ? <p className="text-sm">“{revision.changeNote}”</p> : null}
              <details open={i < 3}>
                <summary className="cursor-pointer text-sm">{previous === undefined ? t("atCreation") : t("changesFrom", { version: revisions[i + 1]!.version })}</summary>
                <Diff lines={lines} label={t("changesIn", { version: revision.version })} />
              </details>
              {revision.version !== entry.version && !entry.deletedAt ? (
                <StateForm
                  action={restoreRevisionAction}
                  fields={{ id, revisionId: revision.id, version: entry.version }}
                  label={t("restore", { version: revision.version })}
                  pendingLabel={t("restoring")}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
