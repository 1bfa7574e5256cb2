import Link from "next/link";
import type { ReactNode } from "react";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-[var(--color-paper)] focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-[var(--color-rule)]">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4">
          <Link href="/" className="font-serif text-xl font-bold text-[var(--color-ink)] no-underline">
            Artsakh Foreign Relations Record
          </Link>
          <nav aria-label="Main" className="flex gap-4 text-sm">
            <Link href="/entries">Entries</Link>
          </nav>
          <form action="/entries" method="get" role="search" className="ml-auto flex gap-2">
            <label htmlFor="site-search" className="sr-only">
              Search the record
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder="Search the record"
              maxLength={200}
              className="w-44 rounded border border-[var(--color-rule)] bg-transparent px-2 py-1 text-sm"
            />
            <button type="submit" className="rounded border border-[var(--color-rule)] px-2 py-1 text-sm">
              Search
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mt-16 border-t border-[var(--color-rule)]">
        <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-[var(--color-muted)]">
          <p>
            A record of who said or did what, when, according to which source. The Republic of Artsakh was dissolved
            on 1 January 2024.
          </p>
        </div>
      </footer>
    </>
  );
}
