import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { getActorForEdit, listActorRevisions } from "@/lib/actors/admin-queries";
import { ACTOR_DIFF_LABELS, actorSnapshotText } from "@/lib/actors/diff";
import type { ActorSnapshot } from "@/lib/actors/snapshot";
import { getActorNames } from "@/lib/entries/admin-queries";
import { diffSnapshots } from "@/lib/entries/diff";
import { restoreActorRevisionAction } from "../../actions";
import { diffLabels } from "../../../_components/diff-labels";
import { formatWhen } from "../../../_components/format";
import { RevisionDiff } from "../../../_components/revision-diff";
import { StateForm } from "../../../_components/state-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminActors.history"))("title") };
}

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
  const [names, t, h, locale, fieldLabels] = await Promise.all([
    getActorNames(related),
    getTranslations("adminActors.history"),
    getTranslations("admin.history"),
    getLocale(),
    diffLabels("adminActors.diff", ACTOR_DIFF_LABELS),
  ]);
  const texts = revisions.map((r) => actorSnapshotText(r.snapshot, names, fieldLabels));
  const restorable = !actor.mergedIntoId;
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href={`/admin/actors/${id}/edit`}>{restorable ? t("backEditing") : t("backActor")}</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{t("heading", { name: actor.nameEn })}</h1>
      <p className="text-sm text-[var(--color-muted)]">
        {t("hint")}
        {restorable ? null : ` ${t("mergedHint")}`}
      </p>
      {typeof restored === "string" ? (
        <p role="status" className="rounded border border-[var(--color-rule)] p-3 text-sm font-semibold">
          {h("restored", { version: restored })}
        </p>
      ) : null}
      <ol className="space-y-6">
        {revisions.map((revision, i) => {
          const previous = texts[i + 1];
          const lines = diffSnapshots(previous ?? "", texts[i]!);
          return (
            <li key={revision.id} className="space-y-2 border-t border-[var(--color-rule)] pt-3">
              <h2 className="font-semibold">
                {h(revision.version === actor.version ? "versionCurrent" : "version", { version: revision.version })} · {formatWhen(revision.createdAt, locale)} ·{" "}
                {revision.createdByName ?? h("system")}
              </h2>
              {revision.changeNote ? <p className="text-sm">“{revision.changeNote}”</p> : null}
              <details open={i < 3}>
                <summary className="cursor-pointer text-sm">
                  {previous === undefined ? t("atFirst") : h("changesFrom", { version: revisions[i + 1]!.version })}
                </summary>
                <RevisionDiff lines={lines} label={h("changesIn", { version: revision.version })} unchanged={t("unchanged")} />
              </details>
              {revision.version !== actor.version && restorable ? (
                <StateForm
                  action={restoreActorRevisionAction}
                  fields={{ id, revisionId: revision.id, version: actor.version }}
                  label={h("restore", { version: revision.version })}
                  pendingLabel={h("restoring")}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
