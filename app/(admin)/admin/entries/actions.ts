"use server";
// The entry form's server actions: each goes through guardedFormAction (session, role, shared zod schema),
// then one transactional write in lib/entries, then revalidates the public pages when they changed.
import { redirect } from "next/navigation";
import { z } from "zod";
import { guardedCall, guardedFormAction } from "@/lib/auth/action";
import { entryFormToInput, formErrorKeys, readEntryForm } from "@/lib/entries/form-data";
import type { EntryFormValues } from "@/lib/entries/form-values";
import { entrySubmissionSchema } from "@/lib/entries/input";
import { publishEntry, restoreEntry, softDeleteEntry, unpublishEntry } from "@/lib/entries/lifecycle";
import { restoreRevision } from "@/lib/entries/restore-revision";
import { EntryValidationError, type EntryWriteResult } from "@/lib/entries/revisions";
import { createEntry, updateEntry } from "@/lib/entries/write";
import type { ActionState } from "@/lib/forms";
import { messageKey } from "@/lib/i18n/message-key";
import { renderMarkdown } from "@/lib/markdown";
import { revalidateRecord } from "@/lib/revalidate";

const uuid = z.uuid();

function conflictState<V>(result: Extract<EntryWriteResult, { status: "conflict" }>, values: V): ActionState<V> {
  return {
    status: "conflict",
    errors: {},
    values,
    conflict: result.current,
    message: messageKey("forms.entryConflict", { who: result.current.updatedByName ?? "", version: result.current.version }),
  };
}

const GONE = messageKey("forms.entryGone");

export const saveEntryAction = guardedFormAction(
  {
    role: "editor",
    schema: entrySubmissionSchema,
    read: readEntryForm,
    toInput: (values: EntryFormValues, formData) => ({ ...entryFormToInput(values).candidate, intent: formData.get("intent") }),
    mapErrors: (errors, values) => formErrorKeys(errors, entryFormToInput(values).rowMaps),
  },
  async (submission, { user, values, formData }) => {
    const { intent, version, idempotencyKey, changeNote, correction, ...input } = submission;
    const rawId = formData.get("id");
    const id = rawId ? uuid.safeParse(rawId).data : undefined;
    if (rawId && (!id || version === undefined)) {
      return { status: "error", errors: {}, values, message: messageKey("forms.formDamaged") };
    }
    let result: EntryWriteResult;
    try {
      result = id
        ? await updateEntry({ id, input, expectedVersion: version!, userId: user.id, publish: intent === "publish", changeNote, idempotencyKey, correction })
        : await createEntry({ input, userId: user.id, status: intent === "publish" ? "published" : "draft", changeNote, idempotencyKey });
    } catch (error) {
      if (!(error instanceof EntryValidationError)) throw error;
      return { status: "invalid", errors: { [error.field]: [error.message] }, values, message: error.message };
    }
    if (result.status === "conflict") return conflictState(result, values);
    if (result.status === "not_found") return { status: "error", errors: {}, values, message: GONE };
    if (result.affectsPublic) revalidateRecord();
    const saved = intent === "publish" ? "published" : result.entryStatus === "published" ? "updated" : "draft";
    redirect(`/admin/entries/${result.id}/edit?saved=${saved}`);
  },
);

const lifecycleSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
  operation: z.enum(["publish", "unpublish", "delete", "restore"]),
  reason: z.string().trim().max(500, "At most 500 characters").optional(),
});

const OPERATIONS = { publish: publishEntry, unpublish: unpublishEntry, delete: softDeleteEntry, restore: restoreEntry } as const;

/** Publish, unpublish, move to the trash or restore from it: buttons on the edit page and in the trash. */
export const entryLifecycleAction = guardedFormAction({ role: "editor", schema: lifecycleSchema }, async ({ id, version, operation, reason }, { user, values }) => {
  let result: EntryWriteResult;
  try {
    result = await OPERATIONS[operation]({ id, expectedVersion: version, userId: user.id, reason });
  } catch (error) {
    if (!(error instanceof EntryValidationError)) throw error;
    return { status: "invalid", errors: {}, values, message: error.message };
  }
  if (result.status === "conflict") return conflictState(result, values);
  if (result.status === "not_found") return { status: "error", errors: {}, values, message: GONE };
  if (result.affectsPublic) revalidateRecord();
  redirect(operation === "delete" ? `/admin/entries/trash?deleted=${id}` : `/admin/entries/${id}/edit?saved=${operation}`);
});

const restoreRevisionSchema = z.object({
  id: z.uuid(),
  revisionId: z.coerce.number().int().min(1),
  version: z.coerce.number().int().min(1),
});

export const restoreRevisionAction = guardedFormAction({ role: "editor", schema: restoreRevisionSchema }, async ({ id, revisionId, version }, { user, values }) => {
  let result: EntryWriteResult;
  try {
    result = await restoreRevision({ id, revisionId, expectedVersion: version, userId: user.id });
  } catch (error) {
    if (!(error instanceof EntryValidationError)) throw error;
    return { status: "invalid", errors: {}, values, message: error.message };
  }
  if (result.status === "conflict") return conflictState(result, values);
  if (result.status === "not_found") return { status: "error", errors: {}, values, message: GONE };
  if (result.affectsPublic) revalidateRecord();
  redirect(`/admin/entries/${id}/history?restored=${result.version}`);
});

/** The Markdown preview, rendered by the same sanitiser as the public page. */
export const previewMarkdownAction = guardedCall({ role: "editor", schema: z.string().max(100_000) }, async (body) => renderMarkdown(body));
