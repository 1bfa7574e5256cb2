"use client";
// The first administrator's account: name, email and a password typed twice.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useMessageText } from "@/app/(admin)/admin/_components/use-message";
import { PASSWORD_MIN } from "@/lib/users/input";
import type { ActionState } from "@/lib/forms";
import { setupAction, type SetupValues } from "./actions";

const input = "mt-1 w-full rounded border border-[var(--color-rule)] bg-transparent px-3 py-2";

export function SetupForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ActionState<SetupValues>, FormData>(setupAction, {
    status: "idle",
    errors: {},
    values: { name: "", email: "" },
    message: null,
  });
  const t = useTranslations("setup");
  const text = useMessageText();
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>, hint?: string) => (
    <div>
      <label htmlFor={`setup-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`setup-${name}-hint`} className="text-xs text-[var(--color-muted)]">
          {hint}
        </p>
      ) : null}
      <input
        id={`setup-${name}`}
        name={name}
        className={input}
        aria-invalid={state.errors[name] ? true : undefined}
        aria-describedby={`setup-${name}-error${hint ? ` setup-${name}-hint` : ""}`}
        {...props}
      />
      <p id={`setup-${name}-error`} aria-live="polite" className="text-sm text-[var(--color-accent)]">
        {state.errors[name]?.map(text).join(" ")}
      </p>
    </div>
  );
  return (
    <form action={action} className="mt-6 space-y-3" noValidate>
      <input type="hidden" name="token" value={token} />
      {field("name", t("name"), { defaultValue: state.values.name, autoComplete: "name", required: true })}
      {field("email", t("email"), { type: "email", defaultValue: state.values.email, autoComplete: "username", required: true })}
      {field("password", t("password"), { type: "password", autoComplete: "new-password", required: true, minLength: PASSWORD_MIN }, t("passwordHint", { min: PASSWORD_MIN }))}
      {field("confirm", t("confirm"), { type: "password", autoComplete: "new-password", required: true })}
      <p aria-live="polite" role={state.status === "error" ? "alert" : undefined} className="min-h-6 text-sm font-semibold text-[var(--color-accent)]">
        {text(state.message)}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-[var(--color-ink)] px-4 py-2 font-semibold text-[var(--color-paper)] disabled:opacity-60"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
