import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/locale-link";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

/** What a reader sees for an address the record does not have: where to go instead. */
export async function NotFoundBody() {
  const t = await getTranslations("errors.notFound");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <div className="py-6">
      <p className="label">{t("code")}</p>
      <h1 className="mt-2 font-serif text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
      <p className="mt-4 max-w-prose font-serif text-lg leading-relaxed text-muted">{t("explanation")}</p>
      <form action={localizedPath(locale, "/entries")} method="get" role="search" aria-label={t("searchLabel")} className="mt-8 flex max-w-lg gap-2 font-sans">
        <label htmlFor="notfound-search" className="sr-only">
          {t("searchField")}
        </label>
        <input id="notfound-search" name="q" type="search" maxLength={200} placeholder={t("searchField")} className="field min-w-0 flex-1" />
        <button type="submit" className="button">
          {t("find")}
        </button>
      </form>
      <ul className="mt-8 space-y-2 font-sans">
        <li>
          <Link href="/entries">{t("entries")}</Link>
        </li>
        <li>
          <Link href="/actors">{t("actors")}</Link>
        </li>
        <li>
          <Link href="/recognition">{t("recognition")}</Link>
        </li>
        <li>
          <Link href="/">{t("home")}</Link>
        </li>
      </ul>
    </div>
  );
}
