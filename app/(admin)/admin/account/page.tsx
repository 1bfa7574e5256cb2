import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEditor, TWO_FACTOR_PAGE } from "@/lib/auth/guards";
import { getTwoFactorStatus } from "@/lib/auth/two-factor";
import { getLabels } from "@/lib/i18n/labels-server";
import { LOCALES } from "@/lib/i18n/locales";
import { LanguageForm } from "../_components/language-form";
import { setLocaleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.account"))("title") };
}

/** One's own account: the interface language, and the way to two-factor sign-in. */
export default async function AccountPage() {
  const user = await requireEditor("/admin/account", { enrolling: true });
  const [t, tAdmin, labels, status] = await Promise.all([
    getTranslations("admin.account"),
    getTranslations("admin"),
    getLabels(),
    getTwoFactorStatus({ userId: user.id }),
  ]);
  const options = LOCALES.map((code) => [code, tAdmin(`languageName.${code}`)] as const);
  return (
    <div className="max-w-2xl space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-[var(--color-muted)]">{t("signedInAs", { name: user.name, email: user.email, role: labels.userRole[user.role] })}</p>
      </div>
      <section aria-labelledby="language-heading" className="space-y-2">
        <h2 id="language-heading" className="font-semibold">
          {t("languageHeading")}
        </h2>
        <p className="text-sm">{t("languageHint")}</p>
        <LanguageForm action={setLocaleAction} current={user.locale} options={options} />
      </section>
      <section aria-labelledby="two-factor-heading" className="space-y-2">
        <h2 id="two-factor-heading" className="font-semibold">
          {t("twoFactorHeading")}
        </h2>
        <p className="text-sm">
          {status.enabled ? t("twoFactorOn") : t("twoFactorOff")} <Link href={TWO_FACTOR_PAGE}>{t("twoFactorLink")}</Link>
        </p>
      </section>
    </div>
  );
}
