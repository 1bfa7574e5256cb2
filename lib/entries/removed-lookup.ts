// What proxy.ts asks of the removed entries (no database, no imports): whether an address is a removed
// entry's. The set is kept on globalThis by lib/entries/removed-slugs.ts.
const holder = globalThis as unknown as { __removedEntrySlugs?: Set<string> };

const ENTRY_PAGE = /^\/entries\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The slug when `pathname` is the page of a published entry moved to the trash; otherwise null. */
export function removedEntrySlugOf(pathname: string): string | null {
  const slug = ENTRY_PAGE.exec(pathname)?.[1];
  return slug && holder.__removedEntrySlugs?.has(slug) ? slug : null;
}

/** Where proxy.ts rewrites a removed entry's address: the notice page, answered with 410. */
export const REMOVED_NOTICE_PATH = "/removed-entries";
