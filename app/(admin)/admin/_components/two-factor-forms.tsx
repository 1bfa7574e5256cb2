"use client";
// The forms of the two-factor page: confirm a new key with a code, and make new recovery codes. Recovery codes
// come back from the action once and are shown here, never again.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/forms";
import { TextField, buttonClass } from "./fields";
import { useMessageText } from "./use-message";

type Action = (state: ActionState | undefined, formData: FormData) => Promise<ActionState>;

function RecoveryCodes({ codes }: { codes: string }) {
  const t = useTranslations("twoFactor");
  return (
    <section aria-labelledby="codes-heading" className="space-y-2 rounded border-2 border-[var(--color-accent)] p-4">
      <h2 id="codes-heading" className="font-semibold">
        {t("codesHeading")}
      </h2>
      <p className="text-sm">{t("codesHint")}</p>
      <ul aria-label={t("codesLabel")} className="grid grid-cols-2 gap-1 font-mono text-sm sm:max-w-xs">
        {codes.split("\n").map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <p>
        <Link href="/admin">{t("continue")}</Link>
      </p>
    </section>
  );
}

export function CodeForm({ action, label, codeLabel }: { action: Action; label: string; codeLabel: string }) {
  const [state, dispatch, pending] = useActionState(action, undefined);
  const tForms = useTranslations("forms");
  const text = useMessageText();
  if (state?.status === "ok" && state.values.recoveryCodes) {
    return (
      <div className="space-y-3">
        <p role="status" className="font-semibold">
          {text(state.message)}
        </p>
        <RecoveryCodes codes={state.values.recoveryCodes} />
      </div>
    );
  }
  return (
    <form action={dispatch} className="max-w-xs space-y-3" noValidate>
      <TextField
        label={codeLabel}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        errors={state?.errors.code}
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? tForms("checking") : label}
      </button>
      {state?.message && state.status !== "invalid" ? (
        <p role="alert" className="text-sm font-semibold">
          {text(state.message)}
        </p>
      ) : null}
    </form>
  );
}
