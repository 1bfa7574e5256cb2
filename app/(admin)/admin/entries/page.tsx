import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getLabels } from "@/lib/i18n/labels-server";
import Link from "next/link";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { ENTRY_KINDS, ENTRY_STATUSES } from "@/lib/domain";
import { listAdminEntries } from "@/lib/entries/admin-queries";
import { EntryTable } from "../_components/entry-table";
import { inputClass } from "../_components/fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.entries"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const filtersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(ENTRY_STATUSES).optional().catch(undefined),
  kind: z.enum(ENTRY_KINDS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const PER_PAGE = 50;

export default async function EntriesPage({ searchParams }: { searchParams: SearchParams }) {
  const [labels, t] = await Promise.all([getLabels(), getTranslations("admin.entries")]);
  await requireEditor("/admin/entries");
  const params = await searchParams;
  const filters = filtersSchema.parse({
    q: typeof params.q === "string" && params.q ? params.q : undefined,
    status: params.status || undefined,
    kind: params.kind || undefined,
    page: params.page ?? 1,
  });
  const { rows, total } = await listAdminEntries({ filters, page: filters.page, perPage: PER_PAGE });
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const link = (page: number) => {
    const query = new URLSearchParams();
    if (filters.q) query.set("q", filters.q);
    if (filters.status) query.set("status", filters.status);
    if (filters.kind) query.set("kind", filters.kind);
    query.set("page", String(page));
    return `/admin/entries?${query}`;
  };
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={t("find")}>
        <label className="text-sm font-semibold">
          {t("query")}
          <input name="q" type="search" defaultValue={filters.q ?? ""} className={inputClass} maxLength={200} />
        </label>
        <label className="text-sm font-semibold">
          {t("status")}
          <select name="status" defaultValue={filters.status ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            <option value="draft">{labels.status.draft}</option>
            <option value="published">{labels.status.published}</option>
          </select>
        </label>
        <label className="text-sm font-semibold">
          {t("kind")}
          <select name="kind" defaultValue={filters.kind ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels.kind[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border px-3 py-1.5 text-sm font-semibold">
          {t("submit")}
        </button>
      </form>
      <p className="text-sm text-[var(--color-muted)]" role="status">
        {pages > 1 ? t("countPaged", { count: total, page: filters.page, pages }) : t("count", { count: total })}
      </p>
      <EntryTable rows={rows} caption={t("title")} empty={t("none")} />
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex gap-4 text-sm">
          {filters.page > 1 ? <Link href={link(filters.page - 1)}>{t("previous")}</Link> : null}
          {filters.page < pages ? <Link href={link(filters.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
