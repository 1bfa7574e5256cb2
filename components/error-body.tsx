"use client";

// What a failed page says (answered 500, or 503 by scripts/server.mjs when the database is unavailable). Nothing
// about the cause: that is in the server's log, under the digest and the request id.
export function ErrorBody({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <div className="max-w-3xl py-8">
      <p className="label">Temporarily unavailable</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">This page could not be shown just now</h1>
      <p className="mt-4 max-w-prose font-serif text-lg leading-relaxed">
        The record could not be read: its database may be briefly out of reach. Please try again in a moment; pages you
        opened recently may still be available. If it keeps happening, the people who run this site can trace it with
        the reference below.
      </p>
      {digest ? <p className="mt-4 font-sans text-sm text-muted">Reference: {digest}</p> : null}
      <p className="mt-6 flex flex-wrap gap-4 font-sans">
        <button type="button" onClick={reset} className="button">
          Try again
        </button>
        <a href="/" className="button button-quiet">
          Home
        </a>
      </p>
    </div>
  );
}
