// Highlighted matches for a page of search results: PostgreSQL's ts_headline on the page's entries only.
import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb, schema } from "@/db";
import { searchQuery } from "./listing";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "./search-text";

const { entries } = schema;

export type SearchHighlight = {
  /** The title with every match marked (see search-text.ts for the marks). */
  title: string;
  /** Up to two fragments of summary, body, quotes or translations around the matches; null when none matched there. */
  excerpt: string | null;
};

const marks = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
const TITLE_OPTIONS = `${marks}, HighlightAll=true`;
const EXCERPT_OPTIONS = `${marks}, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "`;

/** Markdown syntax stripped from the body so excerpts read as prose (links keep their text). */
const plainBody = sql`regexp_replace(regexp_replace(${entries.body}, '\\]\\([^)]*\\)', '', 'g'), '[>*_#\`\\[\\]]+', '', 'g')`;

/**
 * Computed in a second query for the entries on the page (ts_headline re-parses the text, so it should
 * never run over every match). Parsed with the English configuration: its parser keeps Armenian and
 * Cyrillic words whole, so matches in those scripts are marked too.
 */
export async function getSearchHighlights({ ids, q }: { ids: string[]; q: string }): Promise<Map<string, SearchHighlight>> {
  const byId = new Map<string, SearchHighlight>();
  if (ids.length === 0 || !q) return byId;
  // The title marks the names of an actor the query names as the title writes them ("Transnistria" for
  // "Приднестровье"); the excerpt keeps to the query's own words, so its fragments show where they occur.
  const [titleQuery, query] = await Promise.all([searchQuery(q, { forHighlights: true }), searchQuery(q)]);
  const rows = await getDb()
    .select({
      id: entries.id,
      title: sql<string>`ts_headline('english', ${entries.title}, ${titleQuery}, ${TITLE_OPTIONS})`,
      excerpt: sql<string>`ts_headline('english', concat_ws(' ¶ ', nullif(${entries.summary}, ''), nullif(${plainBody}, ''), nullif(${entries.searchExtra}, '')), ${query}, ${EXCERPT_OPTIONS})`,
    })
    .from(entries)
    .where(inArray(entries.id, ids));
  for (const row of rows) {
    byId.set(row.id, {
      title: row.title,
      excerpt: row.excerpt.includes(HIGHLIGHT_START) ? row.excerpt.replace(/\s*¶\s*/g, " … ").trim() : null,
    });
  }
  return byId;
}
