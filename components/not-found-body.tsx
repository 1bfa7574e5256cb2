import Link from "next/link";

/** What a reader sees for an address the record does not have: where to go instead. */
export function NotFoundBody() {
  return (
    <div className="py-6">
      <p className="label">Error 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold sm:text-4xl">This page is not in the record</h1>
      <p className="mt-4 max-w-prose font-serif text-lg leading-relaxed text-muted">
        The address may be mistyped, or the entry or actor may have been taken down or renamed.
      </p>
      <form action="/entries" method="get" role="search" aria-label="Search the record from this page" className="mt-8 flex max-w-lg gap-2 font-sans">
        <label htmlFor="notfound-search" className="sr-only">
          Search for it
        </label>
        <input id="notfound-search" name="q" type="search" maxLength={200} placeholder="Search for it" className="field min-w-0 flex-1" />
        <button type="submit" className="button">
          Find
        </button>
      </form>
      <ul className="mt-8 space-y-2 font-sans">
        <li>
          <Link href="/entries">Browse all entries</Link>
        </li>
        <li>
          <Link href="/actors">Browse actors</Link>
        </li>
        <li>
          <Link href="/recognition">The recognition tracker</Link>
        </li>
        <li>
          <Link href="/">Home</Link>
        </li>
      </ul>
    </div>
  );
}
