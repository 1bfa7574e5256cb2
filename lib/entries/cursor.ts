// Keyset cursors for the entry listing: opaque in URLs, checked strictly when read back.

/** A position in the listing: newest-first by (date, id), or by (rank, date, id) when ranked by relevance. */
export type EntryCursor = { date: string; id: string; rank?: number };

export function encodeCursor(row: EntryCursor): string {
  const text = row.rank === undefined ? `${row.date}|${row.id}` : `${row.rank}|${row.date}|${row.id}`;
  return Buffer.from(text).toString("base64url");
}

/** null for anything that is not a cursor this site wrote (a tampered or truncated one included). */
export function decodeCursor(cursor: string): EntryCursor | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const m = /^(?:(\d+(?:\.\d+)?(?:e-?\d+)?)\|)?(\d{4}-\d{2}-\d{2})\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(
    text,
  );
  if (!m) return null;
  const cursor_: EntryCursor = { date: m[2]!, id: m[3]! };
  if (m[1] !== undefined) {
    const rank = Number(m[1]);
    if (!Number.isFinite(rank)) return null;
    cursor_.rank = rank;
  }
  return cursor_;
}
