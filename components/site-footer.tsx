import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { FEED_LABEL, feedUrl, type FeedFormat } from "./feeds";

const EXPORTS = [
  { href: "/export/entries.csv", key: "entriesCsv" },
  { href: "/export/actors.csv", key: "actorsCsv" },
  { href: "/export/sources.csv", key: "sourcesCsv" },
  { href: "/export/record.json", key: "recordJson" },
  { href: "/api/v1/entries", key: "api" },
] as const;

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <footer className="site-footer mt-20 border-t border-ink">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 font-sans text-sm sm:px-6 md:grid-cols-[2fr_1fr_1fr]">
        <div>
          <p className="font-serif text-base font-bold">{t("name")}</p>
          <p className="mt-2 max-w-prose leading-relaxed text-muted">
            {t("about")}
          </p>
        </div>
        <div>
          <h2 className="label">{t("subscribe")}</h2>
          <ul className="mt-2 space-y-1">
            {(["rss", "atom", "json"] as FeedFormat[]).map((f) => (
              <li key={f}>
                <a href={feedUrl(f, undefined, locale)}>{f === "json" ? FEED_LABEL[f] : t("feed", { format: FEED_LABEL[f] })}</a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="label">{t("data")}</h2>
          <ul className="mt-2 space-y-1">
            {EXPORTS.map((e) => (
              <li key={e.href}>
                <a href={e.href}>{t(`exports.${e.key}`)}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </footer>
  );
}
