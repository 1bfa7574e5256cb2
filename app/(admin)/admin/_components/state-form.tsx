"use client";
// A small form bound to a server action through useActionState: hidden fields, one button, the action's message.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/forms";
import { buttonClass } from "./fields";
import { useMessageText } from "./use-message";

type Action = (state: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export function StateForm({
  action,
  fields,
  label,
  pendingLabel,
  className,
  buttonClassName = buttonClass,
  children,
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  className?: string;
  buttonClassName?: string;
  children?: ReactNode;
}) {
  const [state, dispatch, pending] = useActionState(action, undefined);
  const tForms = useTranslations("forms");
  const text = useMessageText();
  return (
    <form action={dispatch} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button type="submit" disabled={pending} className={buttonClassName}>
        {pending ? (pendingLabel ?? tForms("working")) : label}
      </button>
      {state?.message ? (
        <p role={state.status === "ok" ? "status" : "alert"} className="mt-1 max-w-md text-sm font-semibold">
          {text(state.message)}
        </p>
      ) : null}
    </form>
  );
}
