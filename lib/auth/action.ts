// One wrapper for every admin server action and route handler: authenticate, check the role, parse the input
// with the shared zod schema, then run. Failures come back as state for useActionState, never as a lost form.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { fieldErrors, issueMessage, type ActionState, type FieldErrors } from "@/lib/forms";
import { englishMessage } from "@/lib/i18n/english";
import { messageKey } from "@/lib/i18n/message-key";
import { log } from "@/lib/log";
import { checkSession, hasRole, type SessionUser } from "./guards";
import type { UserRole } from "./roles";

// Action results are catalogue keys (messages/<locale>/forms.json), shown in the editor's language by the form.
export const SIGNED_OUT_MESSAGE = messageKey("forms.signedOut");
export const FORBIDDEN_MESSAGE = messageKey("forms.forbidden");
export const TWO_FACTOR_MESSAGE = messageKey("forms.twoFactorFirst");
const ERROR_MESSAGE = messageKey("forms.serverError");
const INVALID_MESSAGE = messageKey("forms.invalid");

/** Fields never sent back to the browser, whatever happens. */
const SECRET_FIELDS = /^(password|confirm|currentPassword|proof)$/;

/** Every text field of a form, as typed. */
export function formStrings(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = value;
  }
  return values;
}

/** The values to show again: as typed, without secrets. */
export function formValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(formStrings(formData)).filter(([key]) => !SECRET_FIELDS.test(key)));
}

type Handler<S extends z.ZodType, V> = (
  input: z.output<S>,
  context: { user: SessionUser; values: V; formData: FormData },
) => Promise<ActionState<V>>;

/**
 * A server action for a form: `(previousState, formData) => state`. `read` turns the form into the values to
 * show again (all strings, as typed) and `toInput` those values into what `schema` parses.
 */
export function guardedFormAction<S extends z.ZodType, V = Record<string, string>>(
  options: {
    role: UserRole;
    schema: S;
    read?: (formData: FormData) => V;
    toInput?: (values: V, formData: FormData) => unknown;
    /** Renames error keys to the form's fields where the schema's paths differ from them. */
    mapErrors?: (errors: FieldErrors, values: V) => FieldErrors;
    /** The enrolment actions themselves: allowed before two-factor sign-in is set up. */
    enrolment?: boolean;
  },
  handler: Handler<S, V>,
): (previous: ActionState<V> | undefined, formData: FormData) => Promise<ActionState<V>> {
  return async (_previous, formData) => {
    const safeForm = formData instanceof FormData ? formData : new FormData();
    let values = {} as V;
    try {
      // Authentication comes first: nothing from a signed-out caller is read or parsed beyond this line.
      const session = await checkSession();
      values = (options.read ?? (formValues as unknown as (f: FormData) => V))(safeForm);
      if (session.status !== "ok") return { status: "signed_out", errors: {}, values, message: SIGNED_OUT_MESSAGE };
      if (!hasRole(session.user, options.role)) return { status: "forbidden", errors: {}, values, message: FORBIDDEN_MESSAGE };
      if (session.user.needsTwoFactor && !options.enrolment) return { status: "forbidden", errors: {}, values, message: TWO_FACTOR_MESSAGE };
      const parsed = options.schema.safeParse(options.toInput ? options.toInput(values, safeForm) : formStrings(safeForm));
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error);
        return {
          status: "invalid",
          errors: options.mapErrors ? options.mapErrors(errors, values) : errors,
          values,
          message: INVALID_MESSAGE,
        };
      }
      return await handler(parsed.data, { user: session.user, values, formData: safeForm });
    } catch (error) {
      unstable_rethrow(error);
      log.error({ err: error }, "server action failed");
      return { status: "error", errors: {}, values, message: ERROR_MESSAGE };
    }
  };
}

export type CallResult<T> = { ok: true; data: T } | { ok: false; status: ActionState["status"]; message: string };

/** A server action called directly from a client component with one argument (not a form). */
export function guardedCall<S extends z.ZodType, T>(
  options: { role: UserRole; schema: S },
  handler: (input: z.output<S>, user: SessionUser) => Promise<T>,
): (argument: unknown) => Promise<CallResult<T>> {
  return async (argument) => {
    try {
      const session = await checkSession();
      if (session.status !== "ok") return { ok: false, status: "signed_out", message: SIGNED_OUT_MESSAGE };
      if (!hasRole(session.user, options.role)) return { ok: false, status: "forbidden", message: FORBIDDEN_MESSAGE };
      if (session.user.needsTwoFactor) return { ok: false, status: "forbidden", message: TWO_FACTOR_MESSAGE };
      const parsed = options.schema.safeParse(argument);
      if (!parsed.success) return { ok: false, status: "invalid", message: parsed.error.issues[0] ? issueMessage(parsed.error.issues[0]) : messageKey("validation.invalid") };
      return { ok: true, data: await handler(parsed.data, session.user) };
    } catch (error) {
      unstable_rethrow(error);
      log.error({ err: error }, "server action failed");
      return { ok: false, status: "error", message: ERROR_MESSAGE };
    }
  };
}

/** A route handler: 401 JSON when signed out, 403 for the wrong role, 400 naming the parameter for bad input. */
export function guardedRoute<S extends z.ZodType>(
  options: { role: UserRole; schema: S; read: (request: Request) => unknown },
  handler: (input: z.output<S>, user: SessionUser, request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  const noStore = { "Cache-Control": "no-store" };
  return async (request) => {
    const session = await checkSession();
    if (session.status !== "ok") return Response.json({ error: "Sign in to use this." }, { status: 401, headers: noStore });
    if (!hasRole(session.user, options.role)) return Response.json({ error: englishMessage(FORBIDDEN_MESSAGE) }, { status: 403, headers: noStore });
    if (session.user.needsTwoFactor) return Response.json({ error: englishMessage(TWO_FACTOR_MESSAGE) }, { status: 403, headers: noStore });
    const parsed = options.schema.safeParse(options.read(request));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return Response.json(
        {
          error: `${issue?.path.join(".") || "input"}: ${issue ? englishMessage(issueMessage(issue)) : "invalid"}`,
          parameter: issue?.path.join(".") ?? null,
        },
        { status: 400, headers: noStore },
      );
    }
    return handler(parsed.data, session.user, request);
  };
}
