import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { listAdminActors } from "@/lib/actors/admin-queries";
import { getLabels } from "@/lib/i18n/labels-server";
import { inputClass } from "../_components/fields";
import { MergeForm } from "../_components/merge-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminActors.list"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PER_PAGE = 100;

export default async function ActorsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor("/admin/actors");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const page = z.coerce.number().int().min(1).max(10_000).catch(1).parse(params.page ?? 1);
  const includeMerged = params.merged === "1";
  const { rows, total } = await listAdminActors({ q: q || undefined, includeMerged, page, perPage: PER_PAGE });
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const [t, labels] = await Promise.all([getTranslations("adminActors.list"), getLabels()]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
        <Link href="/admin/actors/new" className="rounded border px-3 py-1.5 text-sm font-semibold">
          {t("newActor")}
        </Link>
      </div>
      <section aria-labelledby="merge-heading" className="space-y-2 rounded border border-[var(--color-rule)] p-4">
        <h2 id="merge-heading" className="font-semibold">
          {t("mergeHeading")}
        </h2>
        <MergeForm />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="font-semibold">
          {t("allActors")}
        </h2>
        <form method="get" role="search" aria-label={t("findLabel")} className="flex flex-wrap items-end gap-3">
          <label className="text-sm font-semibold">
            {t("query")}
            <input name="q" type="search" defaultValue={q} className={inputClass} maxLength={100} />
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="merged" value="1" defaultChecked={includeMerged} /> {t("includeMerged")}
          </label>
          <button type="submit" className="rounded border px-3 py-1.5 text-sm font-semibold">
            {t("find")}
          </button>
        </form>
        <p role="status" className="text-sm text-[var(--color-muted)]">
          {pages > 1 ? t("countPaged", { count: total, page, pages }) : t("count", { count: total })}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-[var(--color-ink)] text-left">
                <th scope="col" className="py-1 pr-3">{t("name")}</th>
                <th scope="col" className="py-1 pr-3">{t("kind")}</th>
                <th scope="col" className="py-1 pr-3">{t("country")}</th>
                <th scope="col" className="py-1 pr-3">{t("entries")}</th>
                <th scope="col" className="py-1">{t("publicSite")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((actor) => (
                <tr key={actor.id} className="border-b border-[var(--color-rule)]">
                  <td className="py-1.5 pr-3">
                    {actor.mergedIntoName ? (
                      <span>
                        {actor.name} <span className="text-[var(--color-muted)]">{t("mergedInto", { name: actor.mergedIntoName })}</span>
                      </span>
                    ) : (
                      <Link href={`/admin/actors/${actor.id}/edit`}>{actor.name}</Link>
                    )}
                  </td>
                  <td className="py-1.5 pr-3">{labels.actorKind[actor.kind as keyof typeof labels.actorKind] ?? actor.kind}</td>
                  <td className="py-1.5 pr-3">{actor.countryCode ?? "—"}</td>
                  <td className="py-1.5 pr-3">{actor.entryCount}</td>
                  <td className="py-1.5">{actor.shown ? t("shown") : t("hidden")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {pages > 1 ? (
          <nav aria-label={t("pages")} className="flex gap-4 text-sm">
            {page > 1 ? <Link href={`/admin/actors?q=${encodeURIComponent(q)}&page=${page - 1}`}>{t("previous")}</Link> : null}
            {page < pages ? <Link href={`/admin/actors?q=${encodeURIComponent(q)}&page=${page + 1}`}>{t("next")}</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
