"use client";

import "./globals.css";

// The last resort, when the root layout itself fails: its own <html>, and no detail about the cause.
export default function GlobalError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <main id="main" className="mx-auto max-w-3xl px-4 py-16">
          <p className="label">Error 500</p>
          <h1 className="mt-2 font-serif text-3xl font-bold">Something went wrong</h1>
          <p className="mt-4 max-w-prose font-serif text-lg leading-relaxed">
            The Artsakh Foreign Relations Record could not be shown just now. Please try again in a moment.
          </p>
          {error.digest ? <p className="mt-4 text-sm text-muted">Reference: {error.digest}</p> : null}
          <p className="mt-6">
            <a href="/" className="button">
              Home
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
