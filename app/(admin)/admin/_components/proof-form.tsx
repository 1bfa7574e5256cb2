"use client";
// A change that needs the owner's proof (a current code, or the password without two-factor): hidden fields, the
// proof field with its message next to it, one button, the action's message.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/forms";
import { TextField, buttonClass } from "./fields";
import { useMessageText } from "./use-message";

type Action = (state: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export function ProofForm({
  action,
  fields,
  label,
  proofLabel,
  id,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  proofLabel: string;
  /** Unique on the page: several of these forms may sit side by side. */
  id: string;
}) {
  const [state, dispatch, pending] = useActionState(action, undefined);
  const tForms = useTranslations("forms");
  const text = useMessageText();
  const errors = state?.errors.proof;
  return (
    <form action={dispatch} noValidate className="max-w-xs space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        id={id}
        name="proof"
        label={proofLabel}
        autoComplete="one-time-code"
        maxLength={256}
        errors={errors}
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? tForms("checking") : label}
      </button>
      {state?.message && !errors?.length ? (
        <p role={state.status === "ok" ? "status" : "alert"} className="text-sm font-semibold">
          {text(state.message)}
        </p>
      ) : null}
    </form>
  );
}
