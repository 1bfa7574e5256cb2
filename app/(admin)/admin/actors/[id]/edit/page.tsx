import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { getActorForEdit } from "@/lib/actors/admin-queries";
import { ActorForm } from "../../../_components/actor-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminActors.page"))("editTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditActorPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireEditor(`/admin/actors/${id}/edit`);
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await getActorForEdit({ id });
  if (!actor) notFound();
  const { saved } = await searchParams;
  const t = await getTranslations("adminActors.page");
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
        <Link href="/admin/actors">{t("back")}</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{actor.nameEn}</h1>
      <p className="text-sm text-[var(--color-muted)]">
        {t("namedIn", { count: actor.entryCount })} ·{" "}
        {actor.shown ? t.rich("shown", { link: (chunks) => <Link href={`/actors/${actor.slug}`}>{chunks}</Link> }) : t("hidden")} ·{" "}
        {t("version", { version: actor.version })} · <Link href={`/admin/actors/${id}/history`}>{t("history")}</Link>
      </p>
      {actor.mergedIntoId ? (
        <p role="status">
          {t.rich("merged", { link: (chunks) => <Link href={`/admin/actors/${actor.mergedIntoId}/edit`}>{chunks}</Link> })}
        </p>
      ) : (
        <>
          {typeof saved === "string" ? (
            <p role="status" className="rounded border border-[var(--color-rule)] p-3 text-sm font-semibold">
              {saved === "created" ? t("created") : t("saved")}
            </p>
          ) : null}
          <ActorForm key={JSON.stringify(initial)} initial={initial} id={id} parentName={actor.parentName} />
        </>
      )}
    </div>
  );
}
