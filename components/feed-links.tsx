import { FEED_LABEL, feedUrl, type FeedFormat } from "./feeds";

/** The visible twin of a page's <link rel="alternate">: subscribe to exactly this view. */
export function FeedLinks({ query, label = "Follow this view" }: { query?: URLSearchParams; label?: string }) {
  return (
    <p className="no-print font-sans text-sm text-muted">
      <span className="mr-2">{label}:</span>
      {(["rss", "atom", "json"] as FeedFormat[]).map((f, i) => (
        <span key={f}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          <a href={feedUrl(f, query)} type={f === "json" ? "application/feed+json" : `application/${f === "rss" ? "rss" : "atom"}+xml`}>
            {FEED_LABEL[f]}
          </a>
        </span>
      ))}
    </p>
  );
}
