import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { archiveQueueCounts, listLinkProblems } from "@/lib/archive/admin-queries";
import { listAuditLog } from "@/lib/audit";
import { requireEditor } from "@/lib/auth/guards";
import { canManageUsers } from "@/lib/auth/roles";
import { getDashboard } from "@/lib/entries/admin-queries";
import { formatDay } from "@/lib/entries/cite-text";
import { checkLinksNowAction } from "./actions";
import { AuditList } from "./_components/audit-list";
import { StateForm } from "./_components/state-form";
import { EntryTable } from "./_components/entry-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.dashboard"))("title") };
}

function Section({ id, title, children, more }: { id: string; title: string; children: React.ReactNode; more?: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-2">
      <h2 id={id} className="border-b border-[var(--color-ink)] pb-1 text-sm font-semibold uppercase tracking-wider">
        {title}
      </h2>
      {children}
      {more ? <p className="text-sm">{more}</p> : null}
    </section>
  );
}

export default async function DashboardPage() {
  const user = await requireEditor("/admin");
  const [dashboard, links, queue, ta, audit, locale] = await Promise.all([
    getDashboard(),
    listLinkProblems(),
    archiveQueueCounts(),
    getTranslations("archive.admin"),
    listAuditLog({
      limit: 25,
      prefixes: ["user.", "setup.", "entry.publish", "entry.unpublish", "entry.delete", "entry.restore", "entry.revision_restore", "actor.merge"],
      // Sign-ins and user changes are for admins only (lib/audit.ts leaves them out for anyone else).
      viewerRole: user.role,
    }),
    getLocale(),
  ]);
  const { counts } = dashboard;
  const t = await getTranslations("admin.dashboard");
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
          <p className="text-sm text-[var(--color-muted)]">
            {t("summary", { name: user.name, published: counts.published, drafts: counts.drafts, trash: counts.trash })}
          </p>
        </div>
        <p className="flex flex-wrap gap-2 text-sm">
          <Link href="/admin/entries/new?kind=statement" className="rounded border px-2 py-1">{t("newStatement")}</Link>
          <Link href="/admin/entries/new?kind=meeting" className="rounded border px-2 py-1">{t("newMeeting")}</Link>
          <Link href="/admin/entries/new?kind=recognition" className="rounded border px-2 py-1">{t("newRecognition")}</Link>
        </p>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <Section id="drafts" title={t("drafts")} more={<Link href="/admin/entries?status=draft">{t("allDrafts")}</Link>}>
          <EntryTable rows={dashboard.drafts} caption={t("drafts")} empty={t("noDrafts")} />
        </Section>
        <Section id="changed" title={t("changed")} more={<Link href="/admin/entries">{t("allEntries")}</Link>}>
          <EntryTable rows={dashboard.recentlyChanged} caption={t("changedCaption")} />
        </Section>
        <Section id="published" title={t("published")} more={<Link href="/admin/entries?status=published">{t("allPublished")}</Link>}>
          <EntryTable rows={dashboard.recentlyPublished} caption={t("publishedCaption")} when="published" />
        </Section>
        <Section id="archive" title={t("archive", { total: dashboard.missingArchive.total })}>
          <p className="text-xs text-[var(--color-muted)]">{t("archiveHint")}</p>
          <EntryTable rows={dashboard.missingArchive.rows} caption={t("archiveCaption")} empty={t("archiveNone")} />
        </Section>
      </div>
      <Section id="links" title={ta("title", { count: links.total })}>
        <p className="text-xs text-[var(--color-muted)]">{ta("intro")}</p>
        {links.rows.length === 0 ? (
          <p className="text-sm">{ta("empty")}</p>
        ) : (
          <ul className="divide-y divide-[var(--color-rule)] text-sm">
            {links.rows.map((l) => (
              <li key={l.url} className="py-2">
                <span className={l.status === "dead" ? "font-semibold text-[var(--color-accent)]" : "font-semibold"}>{ta("status", { status: l.status })}</span>{" "}
                <span className="text-[var(--color-muted)]">{ta("since", { date: formatDay(l.since, locale as Locale) })}</span>
                {l.detail ? <span className="text-[var(--color-muted)]"> · {l.detail}</span> : null}
                <br />
                <a href={l.url} rel="nofollow noopener noreferrer" className="break-all">{l.url}</a>
                <br />
                <span className="text-[var(--color-muted)]">{ta("citedBy")}: </span>
                {l.entries.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 ? ", " : null}
                    <Link href={`/admin/entries/${e.id}/edit`}>{e.title}</Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
        <p className="text-xs text-[var(--color-muted)]">{ta("queue", { captures: queue.captures, checks: queue.checks })}</p>
        {user.role === "admin" ? <StateForm action={checkLinksNowAction} fields={{}} label={ta("checkNow")} pendingLabel={ta("checking")} /> : null}
      </Section>
      <Section id="audit" title={canManageUsers(user.role) ? t("auditAdmin") : t("auditEditor")}>
        <AuditList lines={audit} />
      </Section>
    </div>
  );
}
