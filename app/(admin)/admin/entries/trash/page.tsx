import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getLabels } from "@/lib/i18n/labels-server";
import { requireEditor } from "@/lib/auth/guards";
import { listAdminEntries } from "@/lib/entries/admin-queries";
import { entryLifecycleAction } from "../actions";
import { formatWhen } from "../../_components/format";
import { StateForm } from "../../_components/state-form";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.trash"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TrashPage({ searchParams }: { searchParams: SearchParams }) {
  const [labels, t, locale] = await Promise.all([getLabels(), getTranslations("admin.trash"), getLocale()]);
  await requireEditor("/admin/entries/trash");
  const { deleted } = await searchParams;
  const { rows, total } = await listAdminEntries({ filters: { trash: true }, perPage: 200 });
  const justDeleted = typeof deleted === "string" ? rows.find((r) => r.id === deleted) : undefined;
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="text-sm text-[var(--color-muted)]">{t("hint")}</p>
      {justDeleted ? (
        <p role="status" className="rounded border border-[var(--color-rule)] p-3 text-sm font-semibold">
          {t("moved", { title: justDeleted.title })}
        </p>
      ) : null}
      {total === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-3">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 border-b border-[var(--color-rule)] pb-3">
            <div>
              <p className="font-semibold">{row.title}</p>
              <p className="text-sm text-[var(--color-muted)]">
                {labels.kind[row.kind]} · {t("was", { status: labels.status[row.status === "published" ? "published" : "draft"].toLocaleLowerCase(locale) })} ·{" "}
                {row.updatedByName
                  ? t("deletedBy", { when: formatWhen(row.deletedAt, locale), name: row.updatedByName })
                  : t("deleted", { when: formatWhen(row.deletedAt, locale) })}{" "}
                · <Link href={`/admin/entries/${row.id}/history`}>{t("history")}</Link>
              </p>
            </div>
            <StateForm
              action={entryLifecycleAction}
              fields={{ id: row.id, version: row.version, operation: "restore" }}
              label={t("restore", { title: row.title })}
              pendingLabel={t("restoring")}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
