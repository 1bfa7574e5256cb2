// /changes.xml: the public corrections log as RSS 2.0, through the `feed` library like the other feeds.
import "server-only";
import { Feed } from "feed";
import { listCorrections, type PublicCorrection } from "@/lib/entries/corrections";
import { getRecordLastChange } from "@/lib/entries/details";
import { el, escapeHtml, xmlSafe } from "./html";
import { SITE_NAME, absoluteUrl, entryUrl } from "./urls";

export const CHANGES_FEED_LIMIT = 50;

export function correctionUrl(id: string): string {
  return absoluteUrl(`/changes/${id}`);
}

function description(c: PublicCorrection): string {
  return el("div", null,
      el("p", null, c.note),
      c.changedFields.length ? el("p", null, `Changed: ${c.changedFields.join(", ")}.`) : null,
      el("p", null, el("a", { href: correctionUrl(c.id) }, "What changed, line by line")),
    ).html;
}

/** Newest first; the item's link is the public diff, its id stable per correction. Dates from the data only. */
export async function buildChangesFeed(): Promise<string> {
  const [items, lastChange] = await Promise.all([listCorrections({ limit: CHANGES_FEED_LIMIT }), getRecordLastChange()]);
  const feed = new Feed({
    id: absoluteUrl("/changes"),
    title: xmlSafe(`${SITE_NAME}: corrections`),
    description: xmlSafe(`Corrections of published entries in the ${SITE_NAME}, newest first: what changed, when, and why.`),
    link: absoluteUrl("/changes"),
    language: "en",
    updated: new Date(items[0]?.correctedAt ?? lastChange),
    generator: SITE_NAME,
    feedLinks: { rss: absoluteUrl("/changes.xml") },
  });
  for (const c of items) {
    feed.addItem({
      id: correctionUrl(c.id),
      link: correctionUrl(c.id),
      title: escapeHtml(xmlSafe(`Correction: ${c.entryTitle}`)),
      description: xmlSafe(description(c)).replaceAll("]]>", "]]&gt;"),
      date: new Date(c.correctedAt),
      extensions: [{ name: "dc:creator", objects: { _text: SITE_NAME } }],
      ...(c.entryPublic ? { category: [{ name: "entry", domain: entryUrl(c.entrySlug) }] } : {}),
    });
  }
  return feed.rss2();
}
