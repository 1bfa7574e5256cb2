import { splitHighlights } from "@/lib/entries/search-text";

/** Text from ts_headline with its matches in <mark>; rendered as React text, so nothing in it is HTML. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
