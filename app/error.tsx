"use client";

// Shown when a page fails; it says nothing about the cause, which is in the server's log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4 font-serif">
        The record could not be read just now. Please try again in a moment.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded border px-3 py-1">
        Try again
      </button>
    </main>
  );
}
