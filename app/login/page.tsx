import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/guards";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const NOTICES: Record<string, string> = {
  ended: "Your session has ended: your account was changed or disabled. Sign in again.",
  "signed-out": "You are signed out.",
  setup: "The administrator account is ready. Sign in with it.",
};

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const notice = typeof params.reason === "string" ? NOTICES[params.reason] : undefined;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <p className="text-sm">
        <Link href="/">Artsakh Foreign Relations Record</Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Sign in</h1>
      <p className="mt-2 text-sm text-[var(--color-muted)]">For the record&apos;s editors.</p>
      {notice ? (
        <p role="status" className="mt-6 rounded border border-[var(--color-rule)] p-3 text-sm">
          {notice}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
