// What forms and server actions exchange: the state useActionState holds, and zod issues as messages per field.
import type { z } from "zod";
import { decodeMessage, v } from "@/lib/i18n/message-key";

/** Per field, its message as a catalogue key (lib/i18n/message-key.ts): the form shows it in the editor's language. */
export type FieldErrors = Record<string, string[]>;

export type ActionState<V = Record<string, string>> = {
  /** "ok" after a successful run; the other values say why nothing was done. `message` is a catalogue key too. */
  status: "idle" | "ok" | "invalid" | "signed_out" | "forbidden" | "conflict" | "error";
  errors: FieldErrors;
  values: V;
  message: string | null;
  /** When status is "conflict": the version saved meanwhile, and by whom. */
  conflict?: { version: number; updatedByName: string | null; updatedAt: string };
};

export function idleState<V>(values: V): ActionState<V> {
  return { status: "idle", errors: {}, values, message: null };
}

/**
 * zod issues as messages per field, keyed by the issue's path joined with dots: the form's own field names.
 * One message per field, the first rule that failed: the schemas check each rule only once the ones before it
 * passed (`abort`), and this keeps it so for any check that does not.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    errors[key] ??= [issueMessage(issue)];
  }
  return errors;
}

/**
 * An issue's message as a key: the schemas' own (every rule a form can break names one), or, for a rule written
 * without one, a key by the kind of issue, so that no English sentence from zod reaches a translated form.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  // A key, or a custom rule's own text (shown as it is), stays; zod's built-in English sentences do not.
  if (decodeMessage(issue.message) || issue.code === "custom") return issue.message;
  switch (issue.code) {
    case "too_big":
      return issue.origin === "string"
        ? v("tooLong", { max: Number(issue.maximum) })
        : issue.origin === "array"
          ? v("tooMany", { max: Number(issue.maximum) })
          : v("atMostNumber", { max: Number(issue.maximum) });
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1 ? v("required") : v("invalid");
    default:
      return v("invalid");
  }
}

export const NUL_MESSAGE = v("nul");

function hasIssueAt(ctx: z.RefinementCtx, path: (string | number)[]): boolean {
  const key = path.map(String).join(".");
  return ctx.issues.some((issue) => (issue.path ?? []).map(String).join(".") === key);
}

/**
 * A superRefine check for whole inputs: PostgreSQL cannot store U+0000 in text or JSON, so a string holding one
 * would end in a database error. Reports it at the path of each string that holds one.
 */
export function refuseNulCharacters(value: unknown, ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  if (typeof value === "string") {
    // A field another rule already refused keeps that one message (the rules before this one did not pass).
    if (value.includes("\u0000") && !hasIssueAt(ctx, path)) ctx.addIssue({ code: "custom", path, message: NUL_MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => refuseNulCharacters(item, ctx, [...path, index]));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) refuseNulCharacters(item, ctx, [...path, key]);
  }
}
