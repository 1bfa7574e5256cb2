"use client";
// The first administrator's account: name, email and a password typed twice.
import { useActionState } from "react";
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
        {state.errors[name]?.join(" ")}
      </p>
    </div>
  );
  return (
    <form action={action} className="mt-6 space-y-3" noValidate>
      <input type="hidden" name="token" value={token} />
      {field("name", "Name", { defaultValue: state.values.name, autoComplete: "name", required: true })}
      {field("email", "Email", { type: "email", defaultValue: state.values.email, autoComplete: "username", required: true })}
      {field("password", "Password", { type: "password", autoComplete: "new-password", required: true, minLength: PASSWORD_MIN }, `At least ${PASSWORD_MIN} characters; a phrase of several words is easiest to remember.`)}
      {field("confirm", "Repeat the password", { type: "password", autoComplete: "new-password", required: true })}
      <p aria-live="polite" role={state.status === "error" ? "alert" : undefined} className="min-h-6 text-sm font-semibold text-[var(--color-accent)]">
        {state.message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-[var(--color-ink)] px-4 py-2 font-semibold text-[var(--color-paper)] disabled:opacity-60"
      >
        {pending ? "Creating…" : "Create the administrator"}
      </button>
    </form>
  );
}
