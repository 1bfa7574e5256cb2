import type { Metadata } from "next";
import { getLabels } from "@/lib/i18n/labels-server";
import { requireEditor } from "@/lib/auth/guards";
import { listAdminEntries } from "@/lib/entries/admin-queries";
import { entryLifecycleAction } from "../actions";
import { formatWhen } from "../../_components/format";
import { StateForm } from "../../_components/state-form";
import Link from "next/link";

export const metadata: Metadata = { title: "Trash" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TrashPage({ searchParams }: { searchParams: SearchParams }) {
  const labels = await getLabels();
  await requireEditor("/admin/entries/trash");
  const { deleted } = await searchParams;
  const { rows, total } = await listAdminEntries({ filters: { trash: true }, perPage: 200 });
  const justDeleted = typeof deleted === "string" ? rows.find((r) => r.id === deleted) : undefined;
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="font-serif text-3xl font-bold">Trash</h1>
      <p className="text-sm text-[var(--color-muted)]">
        Entries moved to the trash are hidden from the public and from feeds. Nothing here is erased; restore any of them.
      </p>
      {justDeleted ? (
        <p role="status" className="rounded border border-[var(--color-rule)] p-3 text-sm font-semibold">
          “{justDeleted.title}” was moved to the trash.
        </p>
      ) : null}
      {total === 0 ? <p>The trash is empty.</p> : null}
      <ul className="space-y-3">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 border-b border-[var(--color-rule)] pb-3">
            <div>
              <p className="font-semibold">{row.title}</p>
              <p className="text-sm text-[var(--color-muted)]">
                {labels.kind[row.kind]} · was {row.status} · deleted {formatWhen(row.deletedAt)}
                {row.updatedByName ? ` by ${row.updatedByName}` : ""} · <Link href={`/admin/entries/${row.id}/history`}>History</Link>
              </p>
            </div>
            <StateForm
              action={entryLifecycleAction}
              fields={{ id: row.id, version: row.version, operation: "restore" }}
              label={`Restore “${row.title}”`}
              pendingLabel="Restoring…"
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
