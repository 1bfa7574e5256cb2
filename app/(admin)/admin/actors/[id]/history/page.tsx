import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { getActorForEdit, listActorRevisions } from "@/lib/actors/admin-queries";
import { actorSnapshotText } from "@/lib/actors/diff";
import type { ActorSnapshot } from "@/lib/actors/snapshot";
import { getActorNames } from "@/lib/entries/admin-queries";
import { diffSnapshots } from "@/lib/entries/diff";
import { restoreActorRevisionAction } from "../../actions";
import { formatWhen } from "../../../_components/format";
import { RevisionDiff } from "../../../_components/revision-diff";
import { StateForm } from "../../../_components/state-form";

export const metadata: Metadata = { title: "Actor history" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActorHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireEditor(`/admin/actors/${id}/history`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [actor, revisions] = await Promise.all([getActorForEdit({ id }), listActorRevisions({ actorId: id })]);
  if (!actor) notFound();
  const { restored } = await searchParams;
  const related = revisions.flatMap((r) => {
    const s = r.snapshot as Partial<ActorSnapshot>;
    return [s.parentId, s.mergedIntoId].filter((v): v is string => Boolean(v));
  });
  const names = await getActorNames(related);
  const texts = revisions.map((r) => actorSnapshotText(r.snapshot, names));
  const restorable = !actor.mergedIntoId;
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href={`/admin/actors/${id}/edit`}>← Back to {restorable ? "editing" : "the actor"}</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">History of “{actor.nameEn}”</h1>
      <p className="text-sm text-[var(--color-muted)]">
        Every save is kept. Restoring an earlier version saves it again as a new version; nothing is overwritten.
        {restorable ? null : " This actor was merged into another, so its versions can be read here but not restored."}
      </p>
      {typeof restored === "string" ? (
        <p role="status" className="rounded border border-[var(--color-rule)] p-3 text-sm font-semibold">
          Restored: it is now version {restored}.
        </p>
      ) : null}
      <ol className="space-y-6">
        {revisions.map((revision, i) => {
          const previous = texts[i + 1];
          const lines = diffSnapshots(previous ?? "", texts[i]!);
          return (
            <li key={revision.id} className="space-y-2 border-t border-[var(--color-rule)] pt-3">
              <h2 className="font-semibold">
                Version {revision.version}
                {revision.version === actor.version ? " (current)" : ""} · {formatWhen(revision.createdAt)} · {revision.createdByName ?? "the system"}
              </h2>
              {revision.changeNote ? <p className="text-sm">“{revision.changeNote}”</p> : null}
              <details open={i < 3}>
                <summary className="cursor-pointer text-sm">
                  {previous === undefined ? "Content at the first recorded version" : `Changes from version ${revisions[i + 1]!.version}`}
                </summary>
                <RevisionDiff lines={lines} label={`Changes in version ${revision.version}`} unchanged="No change to the actor's fields." />
              </details>
              {revision.version !== actor.version && restorable ? (
                <StateForm
                  action={restoreActorRevisionAction}
                  fields={{ id, revisionId: revision.id, version: actor.version }}
                  label={`Restore version ${revision.version}`}
                  pendingLabel="Restoring…"
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
