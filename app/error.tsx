"use client";

// A failed page outside the public frame (admin, sign-in): the message alone.
import { ErrorBody } from "@/components/error-body";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <ErrorBody digest={error.digest} reset={reset} />
    </main>
  );
}
