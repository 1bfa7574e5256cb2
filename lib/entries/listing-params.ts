// The /entries page's own parameters besides the filters: order (`sort`) and position (`after`/`before`).
import { decodeCursor, encodeCursor, type EntryCursor } from "./cursor";
import type { EntryFilters } from "./filters";
import type { EntryOrder } from "./listing";

export type ListingParams = {
  order: EntryOrder;
  cursor: EntryCursor | null;
  direction: "after" | "before";
  errors: { parameter: string; message: string }[];
};

type Params = Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  const value = params[key];
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined || single.trim() === "" ? undefined : single.trim();
}

/** A search is ranked by relevance unless the reader asks for the newest first; without `q` only date order exists. */
export function parseListingParams(params: Params, filters: EntryFilters): ListingParams {
  const errors: ListingParams["errors"] = [];
  const sort = first(params, "sort");
  let order: EntryOrder = filters.q ? "relevance" : "newest";
  if (sort === "newest") order = "newest";
  else if (sort === "relevance") order = filters.q ? "relevance" : "newest";
  else if (sort !== undefined) errors.push({ parameter: "sort", message: "sort must be relevance or newest" });

  const after = first(params, "after");
  const before = first(params, "before");
  let cursor: EntryCursor | null = null;
  let direction: "after" | "before" = "after";
  if (after !== undefined || before !== undefined) {
    direction = after !== undefined ? "after" : "before";
    const raw = (after ?? before)!;
    cursor = decodeCursor(raw);
    // A ranked cursor only makes sense in ranked order, and a date cursor in date order.
    if (!cursor || (cursor.rank !== undefined) !== (order === "relevance")) {
      cursor = null;
      errors.push({ parameter: direction, message: `${direction} is not a page of this list: showing the first page` });
    }
  }
  return { order, cursor, direction, errors };
}

type RawParams = Record<string, string | string[] | undefined>;

/** The given parameters among `keys`, in the order given (other parameters are not part of a view's state). */
export function knownParams(params: RawParams, keys: readonly string[]): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (!keys.includes(key) || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.append(key, v);
  }
  return out;
}

export const LISTING_KEYS = ["kind", "actor", "country", "year", "tag", "q", "sourcing", "as_of", "sort", "after", "before"] as const;

/**
 * The one address of a view: filters in a stable order, empty fields dropped (a GET form sends them all),
 * `sort` only when it differs from the default, and the page cursor.
 */
export function canonicalListingParams(filters: EntryFilters, listing: ListingParams, query: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(query);
  if (filters.q && listing.order === "newest") params.set("sort", "newest");
  if (listing.cursor) params.set(listing.direction, encodeCursor(listing.cursor));
  return params;
}
