"use client";
// The account page's language setting: one select, saved by a server action; the page then renders in it.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/forms";
import { SelectField, buttonClass } from "./fields";
import { useMessageText } from "./use-message";

type Action = (state: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export function LanguageForm({ action, current, options }: { action: Action; current: string; options: readonly (readonly [string, string])[] }) {
  const [state, dispatch, pending] = useActionState(action, undefined);
  const t = useTranslations("admin.account");
  const tForms = useTranslations("forms");
  const text = useMessageText();
  return (
    <form action={dispatch} noValidate className="max-w-sm space-y-3">
      <SelectField label={t("language")} name="locale" options={options} defaultValue={state?.values.locale ?? current} errors={state?.errors.locale} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? tForms("working") : t("save")}
      </button>
      {state?.message && state.status !== "invalid" ? (
        <p role={state.status === "ok" ? "status" : "alert"} className="text-sm font-semibold">
          {text(state.message)}
        </p>
      ) : null}
    </form>
  );
}
