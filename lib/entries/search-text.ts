// Pure helpers for full-text search: the prefix query for inflected scripts, the cross-script key query, and
// highlighted text as segments.
import { KEY_MARK, LATIN_KEY_MARK, nameKey } from "./transliterate";

/** Marks PostgreSQL's ts_headline puts around a match: private-use characters that never occur in the record. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_STOP = "\uE001";

/**
 * A hyphen inside a word ("peace-process", "Ter-Petrosyan") becomes a space. PostgreSQL's parser reads such a
 * word as the compound plus its parts and websearch_to_tsquery asks for all three in a row, so "peace-process"
 * would miss "the peace process" (no compound there) while the spaced words find both. A hyphen that starts a
 * word is websearch's "not" and stays.
 */
export function splitHyphenatedWords(q: string): string {
  return q.replace(/(?<=[\p{L}\p{M}\p{N}])-+(?=[\p{L}\p{M}\p{N}])/gu, " ");
}

const NON_LATIN_WORD = /^[\p{Script=Armenian}\p{Script=Cyrillic}][\p{Script=Armenian}\p{Script=Cyrillic}\p{M}\p{N}]*$/u;
const MAX_WORDS = 8;

/**
 * The database has no Armenian stemmer and indexes Russian without stemming, so "Լաչինի" or "Лачинского"
 * would only match as written. For queries with Armenian or Cyrillic words this builds a `to_tsquery`
 * text that matches each such word by its stem-like prefix (the word less its last two letters when it
 * has seven or more, its last one when it has six): "коридоре" finds "коридор", "коридора". Latin words are kept whole. Returns null when
 * the query has no such word or uses search operators (quotes, "-", "or"), which websearch handles alone.
 */
export function inflectedPrefixQuery(q: string): string | null {
  if (/["()]/.test(q)) return null;
  const words = splitHyphenatedWords(q)
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}-]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  if (words.some((w) => w.startsWith("-") || w === "or")) return null;
  const clean = words.map((w) => w.replace(/-/g, "")).filter(Boolean);
  if (!clean.some((w) => NON_LATIN_WORD.test(w))) return null;
  return clean
    .map((w) => {
      if (!NON_LATIN_WORD.test(w)) return w;
      const letters = [...w];
      const cut = letters.length >= 7 ? 2 : letters.length === 6 ? 1 : 0;
      const stem = letters.slice(0, letters.length - cut).join("");
      return `${stem}:*`;
    })
    .join(" & ");
}

/** Whether a query uses websearch's operators (quotes, parentheses, a leading "-", "or"). */
export function usesSearchOperators(q: string): boolean {
  if (/["()]/.test(q)) return true;
  return splitHyphenatedWords(q)
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}-]+/u)
    .some((w) => w.startsWith("-") || w === "or");
}

/** The stem-like prefix of a word: less its last two letters from seven letters on, its last one at six. */
function prefixStem(word: string): string {
  const letters = [...word];
  const cut = letters.length >= 7 ? 2 : letters.length === 6 ? 1 : 0;
  return letters.slice(0, letters.length - cut).join("");
}

/**
 * The `to_tsquery('simple', …)` text that matches a query's words in any script through the `search` column's
 * key lexemes (see transliterate.ts): each word of the query's key matches the key of an Armenian or Cyrillic
 * word by its stem-like prefix ("xqstepanaker:*" finds "Степанакерта", "Ստեփանակերտում") or the key of a Latin
 * word whole ("xlstepanakert"); all words are required. "Степанакерт", "Ստեփանակերտ" and "Stepanakert" have one
 * key, so they give the same text and find the same words. Null with search operators (websearch handles those
 * alone) or when the query has no word.
 */
export function crossScriptKeyQuery(q: string): string | null {
  if (usesSearchOperators(q)) return null;
  const words = nameKey(splitHyphenatedWords(q)).split(" ").filter(Boolean).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return words.map((w) => `(${KEY_MARK}${prefixStem(w)}:* | ${LATIN_KEY_MARK}${w})`).join(" & ");
}

export type TextSegment = { text: string; match: boolean };

/** Splits ts_headline output into plain and matched segments, so the page renders <mark> without raw HTML. */
export function splitHighlights(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let rest = text;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    const stop = rest.indexOf(HIGHLIGHT_STOP, start + 1);
    const end = stop === -1 ? rest.length : stop;
    const matched = rest.slice(start + 1, end);
    if (matched) segments.push({ text: matched, match: true });
    rest = stop === -1 ? "" : rest.slice(stop + 1);
  }
  return segments.map((s) => ({ ...s, text: s.text.replaceAll(HIGHLIGHT_STOP, "") }));
}

export function hasHighlight(text: string | null | undefined): boolean {
  return Boolean(text && text.includes(HIGHLIGHT_START));
}

/** The language of a piece of text by its script, for `lang` attributes on quotes and excerpts. */
export function scriptLanguage(text: string): "hy" | "ru" | undefined {
  let armenian = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Armenian}/u.test(ch)) armenian++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  if (armenian > latin && armenian >= cyrillic) return "hy";
  if (cyrillic > latin) return "ru";
  return undefined;
}
