import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { FEED_LABEL, feedUrl, type FeedFormat } from "./feeds";

/** The visible twin of a page's <link rel="alternate">: subscribe to exactly this view. */
export function FeedLinks({ query, label }: { query?: URLSearchParams; label?: string }) {
  const t = useTranslations("feeds");
  const locale = useLocale() as Locale;
  return (
    <p className="no-print font-sans text-sm text-muted">
      <span className="mr-2">{label ?? t("followView")}:</span>
      {(["rss", "atom", "json"] as FeedFormat[]).map((f, i) => (
        <span key={f}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          <a href={feedUrl(f, query, locale)} type={f === "json" ? "application/feed+json" : `application/${f === "rss" ? "rss" : "atom"}+xml`}>
            {FEED_LABEL[f]}
          </a>
        </span>
      ))}
    </p>
  );
}
