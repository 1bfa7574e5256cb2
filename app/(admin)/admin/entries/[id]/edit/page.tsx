import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminEntries.page"))("editTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The notice after a save or a change of state (?saved=…), by its key in adminEntries.page.saved. */
const SAVED: Record<string, string> = {
  draft: "draft",
  published: "published",
  updated: "updated",
  publish: "published",
  unpublish: "unpublish",
  restore: "restore",
};

export default async function EditEntryPage({ params, searchParams }: Props) {
  const [labels, t, locale] = await Promise.all([getLabels(), getTranslations("adminEntries.page"), getLocale()]);
  const { id } = await params;
  await requireEditor(`/admin/entries/${id}/edit`);
  if (!z.uuid().safeParse(id).success) notFound();
  const entry = await getEntryForEdit({ id });
  if (!entry) notFound();
  const { saved } = await searchParams;
  const noticeKey = typeof saved === "string" && Object.hasOwn(SAVED, saved) ? SAVED[saved] : undefined;
  const notice = noticeKey ? t(`saved.${noticeKey}`) : undefined;
  const heading = (
    <div className="space-y-1">
      <p className="text-sm text-[var(--color-muted)]">
        {labels.kind[entry.snapshot.kind]} · <StatusBadge status={entry.status} deleted={Boolean(entry.deletedAt)} /> ·{" "}
        {t("version", { version: entry.version })} ·{" "}
        {entry.updatedByName
          ? t("lastSavedBy", { when: formatWhen(entry.updatedAt, locale), name: entry.updatedByName })
          : t("lastSaved", { when: formatWhen(entry.updatedAt, locale) })}
        {entry.correctedAt ? ` · ${t("correctedAt", { when: formatWhen(entry.correctedAt, locale) })}` : ""}
      </p>
      <h1 className="font-serif text-3xl font-bold">{entry.snapshot.title}</h1>
      <p className="text-sm text-[var(--color-muted)]">{t("address", { path: `/entries/${entry.slug}` })}</p>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/admin/entries/${id}/history`}>{t("history")}</Link>
        {entry.status === "published" && !entry.deletedAt ? <Link href={`/entries/${entry.slug}`}>{t("view")}</Link> : null}
      </p>
    </div>
  );
  if (entry.deletedAt) {
    return (
      <div className="max-w-3xl space-y-4">
        {heading}
        <p role="status">{t("inTrash", { when: formatWhen(entry.deletedAt, locale) })}</p>
        <StateForm action={entryLifecycleAction} fields={{ id, version: entry.version, operation: "restore" }} label={t("restore")} pendingLabel={t("restoring")} />
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
          <StateForm action={entryLifecycleAction} fields={{ id, version: entry.version, operation: "unpublish" }} label={t("unpublish")} pendingLabel={t("unpublishing")} />
        ) : null}
        <StateForm
          action={entryLifecycleAction}
          fields={{ id, version: entry.version, operation: "delete" }}
          label={t("trash")}
          pendingLabel={t("moving")}
          className="flex flex-wrap items-end gap-2"
        >
          {entry.status === "published" ? (
            <label className="block text-sm">
              <span className="block font-semibold">{t("removalReason")}</span>
              <span className="block text-xs text-[var(--color-muted)]">{t("removalReasonHint")}</span>
              <input name="reason" required maxLength={500} className="mt-1 w-72 max-w-full rounded border border-[var(--color-rule)] px-2 py-1" />
            </label>
          ) : null}
        </StateForm>
      </div>
      <EntryForm key={entry.version} initial={initial} entryId={id} status={entry.status} today={new Date().toISOString().slice(0, 10)} />
    </div>
  );
}
