// The notice of a view of the record as it stood on a past date, with the way back to today's record.
import Link from "@/components/locale-link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatPartialDate } from "@/lib/dates";

export async function AsOfNotice({ asOf, todayHref }: { asOf: string; todayHref: string }) {
  const t = await getTranslations("provenance.asOf");
  const locale = (await getLocale()) as Locale;
  return (
    <div role="note" aria-label={t("label")} className="mt-4 border-l-4 border-accent bg-panel px-4 py-3 font-sans text-sm">
      <p>
        {t.rich("notice", { date: formatPartialDate(asOf, "day", null, locale), strong: (chunks) => <span className="font-semibold">{chunks}</span> })}{" "}
        <Link href={todayHref}>{t("today")}</Link>
      </p>
    </div>
  );
}
