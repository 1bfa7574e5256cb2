"use client";

// What a failed page says (answered 500, or 503 by scripts/server.mjs when the database is unavailable). Nothing
// about the cause: that is in the server's log, under the digest and the request id. The words come from the
// `errors` namespace the public layout gives its client components (English outside it).
import { useLocale, useTranslations } from "next-intl";
import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

export function ErrorBody({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("errors.failed");
  const locale = useLocale();
  return (
    <div className="max-w-3xl py-8">
      <p className="label">{t("code")}</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-4 max-w-prose font-serif text-lg leading-relaxed">{t("explanation")}</p>
      {digest ? <p className="mt-4 font-sans text-sm text-muted">{t("reference", { digest })}</p> : null}
      <p className="mt-6 flex flex-wrap gap-4 font-sans">
        <button type="button" onClick={reset} className="button">
          {t("retry")}
        </button>
        <a href={isLocale(locale) ? localizedPath(locale, "/") : "/"} className="button button-quiet">
          {t("home")}
        </a>
      </p>
    </div>
  );
}
