import type { Metadata } from "next";
import Link from "next/link";
import { checkSetupToken } from "@/lib/users/setup";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "First run", robots: { index: false } };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SetupPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const state = await checkSetupToken({ token: value });
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Set up the record</h1>
      {state === "valid" ? (
        <>
          <p className="mt-3 text-sm">
            No one can sign in yet. Create the first administrator; they can then add editors. This link works once.
          </p>
          <SetupForm token={value} />
        </>
      ) : state === "done" ? (
        <p role="status" className="mt-4">
          Setup is already complete. <Link href="/login">Sign in</Link>, or ask an administrator for an account.
        </p>
      ) : (
        <p role="alert" className="mt-4">
          This setup link is not valid or has expired. Restart the server to print a new one (it is also written to
          setup-link.txt in the data directory).
        </p>
      )}
    </main>
  );
}
