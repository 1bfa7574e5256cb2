"use client";

// Shown when a page fails. It says nothing about the cause (that is in the server's log, under the digest).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <p className="label">Error 500</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4 max-w-prose font-serif text-lg leading-relaxed">
        The record could not be read just now. Please try again in a moment; if it keeps happening, the people who run
        this site can trace it with the reference below.
      </p>
      {error.digest ? <p className="mt-4 font-sans text-sm text-muted">Reference: {error.digest}</p> : null}
      <p className="mt-6 flex flex-wrap gap-4 font-sans">
        <button type="button" onClick={reset} className="button">
          Try again
        </button>
        <a href="/" className="button button-quiet">
          Home
        </a>
      </p>
    </main>
  );
}
