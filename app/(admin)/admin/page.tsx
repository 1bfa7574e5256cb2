import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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

export const metadata: Metadata = { title: "Dashboard" };

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
  const [dashboard, links, queue, t, audit] = await Promise.all([
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
  ]);
  const { counts } = dashboard;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">Dashboard</h1>
          <p className="text-sm text-[var(--color-muted)]">
            Signed in as {user.name}. {counts.published} published, {counts.drafts} drafts, {counts.trash} in the trash.
          </p>
        </div>
        <p className="flex flex-wrap gap-2 text-sm">
          <Link href="/admin/entries/new?kind=statement" className="rounded border px-2 py-1">New statement</Link>
          <Link href="/admin/entries/new?kind=meeting" className="rounded border px-2 py-1">New meeting</Link>
          <Link href="/admin/entries/new?kind=recognition" className="rounded border px-2 py-1">New recognition event</Link>
        </p>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <Section id="drafts" title="Drafts" more={<Link href="/admin/entries?status=draft">All drafts →</Link>}>
          <EntryTable rows={dashboard.drafts} caption="Drafts" empty="No drafts." />
        </Section>
        <Section id="changed" title="Recently changed" more={<Link href="/admin/entries">All entries →</Link>}>
          <EntryTable rows={dashboard.recentlyChanged} caption="Recently changed entries" />
        </Section>
        <Section id="published" title="Recently published" more={<Link href="/admin/entries?status=published">All published →</Link>}>
          <EntryTable rows={dashboard.recentlyPublished} caption="Recently published entries" when="published" />
        </Section>
        <Section id="archive" title={`Missing archive URLs (${dashboard.missingArchive.total})`}>
          <p className="text-xs text-[var(--color-muted)]">Entries with a source linked but not archived, neither elsewhere nor by this site yet: if the link dies, the evidence goes with it.</p>
          <EntryTable rows={dashboard.missingArchive.rows} caption="Entries with sources missing archive URLs" empty="Every linked source has an archived copy." />
        </Section>
      </div>
      <Section id="links" title={t("title", { count: links.total })}>
        <p className="text-xs text-[var(--color-muted)]">{t("intro")}</p>
        {links.rows.length === 0 ? (
          <p className="text-sm">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-[var(--color-rule)] text-sm">
            {links.rows.map((l) => (
              <li key={l.url} className="py-2">
                <span className={l.status === "dead" ? "font-semibold text-[var(--color-accent)]" : "font-semibold"}>{t("status", { status: l.status })}</span>{" "}
                <span className="text-[var(--color-muted)]">{t("since", { date: formatDay(l.since) })}</span>
                {l.detail ? <span className="text-[var(--color-muted)]"> · {l.detail}</span> : null}
                <br />
                <a href={l.url} rel="nofollow noopener noreferrer" className="break-all">{l.url}</a>
                <br />
                <span className="text-[var(--color-muted)]">{t("citedBy")}: </span>
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
        <p className="text-xs text-[var(--color-muted)]">{t("queue", { captures: queue.captures, checks: queue.checks })}</p>
        {user.role === "admin" ? <StateForm action={checkLinksNowAction} fields={{}} label={t("checkNow")} pendingLabel={t("checking")} /> : null}
      </Section>
      <Section id="audit" title={canManageUsers(user.role) ? "Audit log: sign-ins, publishing, deletions, user changes" : "Audit log: publishing, deletions, merges"}>
        <AuditList lines={audit} />
      </Section>
    </div>
  );
}
