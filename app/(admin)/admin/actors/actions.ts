"use server";
// Actors' server actions: create, edit, restore a revision, merge, and the entry form's inline creation — all
// through the guards, then one transactional write in lib/actors, then revalidation when public pages changed.
import { redirect } from "next/navigation";
import { z } from "zod";
import { guardedCall, guardedFormAction } from "@/lib/auth/action";
import { ACTOR_KINDS } from "@/lib/domain";
import type { ActionState } from "@/lib/forms";
import { actorFormToInput, actorInputSchema, actorMergeSchema, actorSubmissionSchema } from "@/lib/actors/input";
import {
  ActorWriteError,
  createActor,
  mergeActors,
  restoreActorRevision,
  saveActorForm,
  type ActorFormResult,
  type ActorWriteResult,
} from "@/lib/actors/write";
import { revalidateRecord } from "@/lib/revalidate";

function conflictState<V>(result: Extract<ActorWriteResult, { status: "conflict" }>, values: V): ActionState<V> {
  const who = result.current.updatedByName ?? "Someone";
  return {
    status: "conflict",
    errors: {},
    values,
    conflict: result.current,
    message: `${who} saved this actor (version ${result.current.version}) after you opened it, so your changes were not saved. Everything you typed is still in the form below.`,
  };
}

const GONE = "This actor does not exist or was merged into another, so nothing was saved. Your text is still in the form.";
const BAD_ID = "The form names an actor that is not a valid id, so nothing was saved (and no new actor was created). Your text is still in the form; open the actor again from the list of actors.";
const NO_VERSION = "The form is damaged (it has no version), so nothing was saved. Your text is still in the form; reload the page.";

export const saveActorAction = guardedFormAction(
  { role: "editor", schema: actorSubmissionSchema, toInput: (values: Record<string, string>) => actorFormToInput(values) },
  async (submission, { user, values, formData }) => {
    let result: ActorFormResult;
    try {
      result = await saveActorForm({ rawId: formData.get("id"), submission, userId: user.id });
    } catch (error) {
      if (!(error instanceof ActorWriteError)) throw error;
      return { status: "invalid", errors: { [error.field]: [error.message] }, values, message: error.message };
    }
    if (result.status === "bad_id") return { status: "error", errors: {}, values, message: BAD_ID };
    if (result.status === "no_version") return { status: "error", errors: {}, values, message: NO_VERSION };
    if (result.status === "conflict") return conflictState(result, values);
    if (result.status === "not_found") return { status: "error", errors: {}, values, message: GONE };
    if (result.affectsPublic) revalidateRecord();
    const created = formData.get("id") === null;
    redirect(`/admin/actors/${result.id}/edit?saved=${created ? "created" : "1"}`);
  },
);

const restoreSchema = z.object({
  id: z.uuid(),
  revisionId: z.coerce.number().int().min(1),
  version: z.coerce.number().int().min(1),
});

export const restoreActorRevisionAction = guardedFormAction({ role: "editor", schema: restoreSchema }, async ({ id, revisionId, version }, { user, values }) => {
  let result: ActorWriteResult;
  try {
    result = await restoreActorRevision({ id, revisionId, expectedVersion: version, userId: user.id });
  } catch (error) {
    if (!(error instanceof ActorWriteError)) throw error;
    return { status: "invalid", errors: {}, values, message: error.message };
  }
  if (result.status === "conflict") return conflictState(result, values);
  if (result.status === "not_found") return { status: "error", errors: {}, values, message: GONE };
  if (result.affectsPublic) revalidateRecord();
  redirect(`/admin/actors/${id}/history?restored=${result.version}`);
});

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
  const created = await createActor({ input: parsed.data, userId: user.id, changeNote: "Created from an entry form" });
  return { ok: true as const, actor: { id: created.id, name: created.name } };
});
