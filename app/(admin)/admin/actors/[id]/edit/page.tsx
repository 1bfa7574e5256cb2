import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { getActorForEdit } from "@/lib/actors/admin-queries";
import { ActorForm } from "../../../_components/actor-form";

export const metadata: Metadata = { title: "Edit actor" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditActorPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireEditor(`/admin/actors/${id}/edit`);
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await getActorForEdit({ id });
  if (!actor) notFound();
  const { saved } = await searchParams;
  const initial = {
    kind: actor.kind,
    nameEn: actor.nameEn,
    nameHy: actor.nameHy ?? "",
    nameRu: actor.nameRu ?? "",
    aliases: actor.aliases.join("\n"),
    countryCode: actor.countryCode ?? "",
    parentId: actor.parentId ?? "",
    wikidataId: actor.wikidataId ?? "",
    existedFrom: actor.existedFrom ?? "",
    existedUntil: actor.existedUntil ?? "",
    description: actor.description ?? "",
    public: actor.public ? "on" : "",
    version: String(actor.version),
  };
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/actors">← All actors</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{actor.nameEn}</h1>
      <p className="text-sm text-[var(--color-muted)]">
        {actor.entryCount === 1 ? "Named in 1 entry" : `Named in ${actor.entryCount} entries`} ·{" "}
        {actor.shown ? (
          <>
            Shown on the public site: <Link href={`/actors/${actor.slug}`}>its page</Link>
          </>
        ) : (
          "Hidden from the public site (no published entry names it, and it is not marked public)"
        )}{" "}
        · Version {actor.version} · <Link href={`/admin/actors/${id}/history`}>History</Link>
      </p>
      {actor.mergedIntoId ? (
        <p role="status">
          This actor was merged into <Link href={`/admin/actors/${actor.mergedIntoId}/edit`}>another</Link>; edit that one.
        </p>
      ) : (
        <>
          {typeof saved === "string" ? (
            <p role="status" className="rounded border border-[var(--color-rule)] p-3 text-sm font-semibold">
              {saved === "created" ? "Actor created." : "Actor saved."}
            </p>
          ) : null}
          <ActorForm key={JSON.stringify(initial)} initial={initial} id={id} parentName={actor.parentName} />
        </>
      )}
    </div>
  );
}
