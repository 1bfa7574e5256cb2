import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";
import { ActorForm } from "../../_components/actor-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminActors.page"))("newTitle") };
}

export default async function NewActorPage() {
  await requireEditor("/admin/actors/new");
  const t = await getTranslations("adminActors.page");
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t("newTitle")}</h1>
      <ActorForm initial={{ kind: "", nameEn: "" }} />
    </div>
  );
}
