"use server";
// Actors' server actions: create, edit, merge, and the entry form's inline creation — all through the guards.
import { redirect } from "next/navigation";
import { z } from "zod";
import { guardedCall, guardedFormAction } from "@/lib/auth/action";
import { ACTOR_KINDS } from "@/lib/domain";
import { actorFormToInput, actorInputSchema, actorMergeSchema } from "@/lib/actors/input";
import { ActorWriteError, createActor, mergeActors, updateActor } from "@/lib/actors/write";
import { revalidateRecord } from "@/lib/revalidate";

export const saveActorAction = guardedFormAction(
  { role: "editor", schema: actorInputSchema, toInput: (values: Record<string, string>) => actorFormToInput(values) },
  async (input, { user, values, formData }) => {
    const id = z.uuid().safeParse(formData.get("id")).data;
    try {
      if (id) {
        const { linked } = await updateActor({ id, input, userId: user.id });
        if (linked) revalidateRecord();
        redirect(`/admin/actors/${id}/edit?saved=1`);
      }
      const created = await createActor({ input, userId: user.id });
      redirect(`/admin/actors/${created.id}/edit?saved=created`);
    } catch (error) {
      if (!(error instanceof ActorWriteError)) throw error;
      return { status: "invalid", errors: { [error.field]: [error.message] }, values, message: error.message };
    }
  },
);

export const mergeActorsAction = guardedFormAction({ role: "editor", schema: actorMergeSchema }, async ({ fromId, intoId }, { user, values }) => {
  try {
    const result = await mergeActors({ fromId, intoId, userId: user.id });
    if (result.affectsPublic) revalidateRecord();
    return {
      status: "ok",
      errors: {},
      values: {},
      message: `Merged. ${result.movedEntries === 1 ? "1 entry now links" : `${result.movedEntries} entries now link`} the actor you kept.`,
    };
  } catch (error) {
    if (!(error instanceof ActorWriteError)) throw error;
    return { status: "invalid", errors: { [error.field]: [error.message] }, values, message: error.message };
  }
});

const quickActorSchema = z.object({
  kind: z.enum(ACTOR_KINDS, "Choose what kind of actor this is"),
  nameEn: z.string(),
  countryCode: z.string(),
});

/** From the entry form: a new actor with a name, a kind and perhaps a country code; the rest can wait. */
export const createActorInlineAction = guardedCall({ role: "editor", schema: quickActorSchema }, async (quick, user) => {
  const parsed = actorInputSchema.safeParse(actorFormToInput({ ...quick }));
  if (!parsed.success) return { ok: false as const, message: parsed.error.issues[0]?.message ?? "Invalid actor" };
  const created = await createActor({ input: parsed.data, userId: user.id });
  return { ok: true as const, actor: { id: created.id, name: created.name } };
});
