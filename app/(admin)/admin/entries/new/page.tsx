import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getLabels } from "@/lib/i18n/labels-server";
import Link from "next/link";
import crypto from "node:crypto";
import { requireEditor } from "@/lib/auth/guards";
import { ENTRY_KINDS, type EntryKind } from "@/lib/domain";
import { emptyEntryForm } from "@/lib/entries/form-values";
import { EntryForm } from "../../_components/entry-form/entry-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminEntries.page"))("newTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewEntryPage({ searchParams }: { searchParams: SearchParams }) {
  const [labels, t] = await Promise.all([getLabels(), getTranslations("adminEntries.page")]);
  const { kind } = await searchParams;
  await requireEditor(`/admin/entries/new${typeof kind === "string" ? `?kind=${encodeURIComponent(kind)}` : ""}`);
  const chosen = ENTRY_KINDS.find((k) => k === kind);
  if (!chosen) {
    return (
      <div className="space-y-3">
        <h1 className="font-serif text-3xl font-bold">{t("newTitle")}</h1>
        {kind ? <p role="alert">{t("notAKind", { kind: String(kind) })}</p> : <p>{t("whichKind")}</p>}
        <ul className="list-disc pl-6">
          {ENTRY_KINDS.map((k) => (
            <li key={k}>
              <Link href={`/admin/entries/new?kind=${k}`}>{labels.kind[k]}</Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  // A new idempotency key for every render of the form: submitting it twice creates one entry.
  const initial = emptyEntryForm({ kind: chosen as EntryKind, idempotencyKey: crypto.randomUUID() });
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t(`new.${chosen}`)}</h1>
      <EntryForm initial={initial} status={null} today={new Date().toISOString().slice(0, 10)} />
    </div>
  );
}
