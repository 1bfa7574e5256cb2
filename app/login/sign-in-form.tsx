"use client";
// The sign-in form: email and password, then — for accounts with two-factor sign-in — a code. One message for
// every kind of wrong answer.
import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

const field = "mt-1 w-full rounded border border-[var(--color-rule)] bg-transparent px-3 py-2";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { message: null, email: "" });
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.challenge ? (
        <>
          <input type="hidden" name="challenge" value={state.challenge} />
          <input type="hidden" name="email" value={state.email} />
          <p className="text-sm">
            Signing in as <strong>{state.email}</strong>. Open your authenticator app and enter the code it shows for
            this record, or one of your recovery codes.
          </p>
          <div>
            <label htmlFor="code" className="block text-sm font-semibold">
              Authentication code
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
              Email
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
              Password
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
        {state.message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-[var(--color-ink)] px-4 py-2 font-semibold text-[var(--color-paper)] disabled:opacity-60"
      >
        {pending ? "Signing in…" : state.challenge ? "Verify" : "Sign in"}
      </button>
    </form>
  );
}
