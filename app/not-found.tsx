import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <p className="text-sm uppercase tracking-wider text-[var(--color-muted)]">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">This page is not in the record</h1>
      <p className="mt-4 font-serif">The address may be mistyped, or the entry may have been taken down.</p>
      <p className="mt-6">
        <Link href="/entries">Browse all entries</Link> · <Link href="/">Home</Link>
      </p>
    </main>
  );
}
