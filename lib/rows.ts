// Raw-SQL results in one shape whichever engine runs them.

/** db.execute answers with an array (postgres.js) or `{ rows }` (PGlite): one shape for callers. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
