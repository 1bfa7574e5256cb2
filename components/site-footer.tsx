import { FEED_LABEL, feedUrl, type FeedFormat } from "./feeds";

const EXPORTS = [
  { href: "/export/entries.csv", label: "Entries (CSV)" },
  { href: "/export/actors.csv", label: "Actors (CSV)" },
  { href: "/export/sources.csv", label: "Sources (CSV)" },
  { href: "/export/record.json", label: "The whole record (JSON)" },
  { href: "/api/v1/entries", label: "Read-only API (JSON)" },
];

export function SiteFooter() {
  return (
    <footer className="site-footer mt-20 border-t border-ink">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 font-sans text-sm sm:px-6 md:grid-cols-[2fr_1fr_1fr]">
        <div>
          <p className="font-serif text-base font-bold">Artsakh Foreign Relations Record</p>
          <p className="mt-2 max-w-prose leading-relaxed text-muted">
            A record of who said or did what, when, according to which source: the statements, meetings and recognition
            events of the Republic of Artsakh (Nagorno-Karabakh), which was dissolved on 1 January 2024. Text quoted or
            summarised from a source is attributed to it.
          </p>
        </div>
        <div>
          <h2 className="label">Subscribe</h2>
          <ul className="mt-2 space-y-1">
            {(["rss", "atom", "json"] as FeedFormat[]).map((f) => (
              <li key={f}>
                <a href={feedUrl(f)}>{f === "json" ? FEED_LABEL[f] : `${FEED_LABEL[f]} feed`}</a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="label">Data</h2>
          <ul className="mt-2 space-y-1">
            {EXPORTS.map((e) => (
              <li key={e.href}>
                <a href={e.href}>{e.label}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </footer>
  );
}
