"use client";
// The sign-in form: email and password, then — for accounts with two-factor sign-in — a code. One message for
// every kind of wrong answer.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useMessageText } from "@/app/(admin)/admin/_components/use-message";
import { signInAction, type SignInState } from "./actions";

const field = "mt-1 w-full rounded border border-[var(--color-rule)] bg-transparent px-3 py-2";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { message: null, email: "" });
  const t = useTranslations("auth");
  const text = useMessageText();
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.challenge ? (
        <>
          <input type="hidden" name="challenge" value={state.challenge} />
          <input type="hidden" name="email" value={state.email} />
          <p className="text-sm">{t.rich("signingInAs", { email: state.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <div>
            <label htmlFor="code" className="block text-sm font-semibold">
              {t("code")}
            </label>
            <input
              id="code"
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
              required
              maxLength={40}
              aria-describedby="sign-in-message"
              className={field}
            />
          </div>
        </>
      ) : (
        <>
          <div>
            <label htmlFor="email" className="block text-sm font-semibold">
              {t("email")}
            </label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={state.email}
              aria-describedby="sign-in-message"
              className={field}
            />
          </div>
          <div>
            <label htmlFor="password" className="block text-sm font-semibold">
              {t("password")}
            </label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-describedby="sign-in-message"
              className={field}
            />
          </div>
        </>
      )}
      <p id="sign-in-message" aria-live="polite" className="min-h-6 text-sm font-semibold text-[var(--color-accent)]">
        {text(state.message)}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-[var(--color-ink)] px-4 py-2 font-semibold text-[var(--color-paper)] disabled:opacity-60"
      >
        {pending ? t("pending") : state.challenge ? t("verify") : t("submit")}
      </button>
    </form>
  );
}
