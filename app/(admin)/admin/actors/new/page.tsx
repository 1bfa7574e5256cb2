import type { Metadata } from "next";
import { requireEditor } from "@/lib/auth/guards";
import { ActorForm } from "../../_components/actor-form";

export const metadata: Metadata = { title: "New actor" };

export default async function NewActorPage() {
  await requireEditor("/admin/actors/new");
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">New actor</h1>
      <ActorForm initial={{ kind: "", nameEn: "" }} />
    </div>
  );
}
