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
import { messageKey, v } from "@/lib/i18n/message-key";
import { revalidateRecord } from "@/lib/revalidate";

function conflictState<V>(result: Extract<ActorWriteResult, { status: "conflict" }>, values: V): ActionState<V> {
  const { updatedByName: who, version } = result.current;
  return {
    status: "conflict",
    errors: {},
    values,
    conflict: result.current,
    message: who ? messageKey("adminActors.result.conflict", { who, version }) : messageKey("adminActors.result.conflictSomeone", { version }),
  };
}

const GONE = messageKey("adminActors.result.gone");
const BAD_ID = messageKey("adminActors.result.badId");
const NO_VERSION = messageKey("adminActors.result.noVersion");

export const saveActorAction = guardedFormAction(
  { role: "editor", schema: actorSubmissionSchema, toInput: (values: Record<string, string>) => actorFormToInput(values) },
  async (submission, { user, values, formData }) => {
    let result: ActorFormResult;
    try {
      result = await saveActorForm({ rawId: formData.get("id"), submission, userId: user.id });
    } catch (error) {
      if (!(error instanceof ActorWriteError)) throw error;
      return { status: "invalid", errors: { [error.field]: [error.key] }, values, message: error.key };
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
    return { status: "invalid", errors: {}, values, message: error.key };
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
      message: messageKey("adminActors.result.merged", { count: result.movedEntries }),
    };
  } catch (error) {
    if (!(error instanceof ActorWriteError)) throw error;
    return { status: "invalid", errors: { [error.field]: [error.key] }, values, message: error.key };
  }
});

const quickActorSchema = z.object({
  kind: z.enum(ACTOR_KINDS, v("actorKind")),
  nameEn: z.string(),
  countryCode: z.string(),
});

/** From the entry form: a new actor with a name, a kind and perhaps a country code; the rest can wait. */
export const createActorInlineAction = guardedCall({ role: "editor", schema: quickActorSchema }, async (quick, user) => {
  const parsed = actorInputSchema.safeParse(actorFormToInput({ ...quick }));
  if (!parsed.success) return { ok: false as const, message: parsed.error.issues[0]?.message ?? messageKey("adminActors.result.invalid") };
  const created = await createActor({ input: parsed.data, userId: user.id, changeNote: "Created from an entry form" });
  return { ok: true as const, actor: { id: created.id, name: created.name } };
});
