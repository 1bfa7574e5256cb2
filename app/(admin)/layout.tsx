import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/login/actions";
import { getSessionUser } from "@/lib/auth/guards";
import { getLabels } from "@/lib/i18n/labels-server";
import { EditorialIntl } from "./admin/_components/intl";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: { default: t("metaTitle"), template: t("metaTemplate") }, robots: { index: false } };
}

/**
 * The editors' frame, in the signed-in user's language (i18n/request.ts). It shows the navigation; each page
 * checks the session and role itself.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [user, t, labels] = await Promise.all([getSessionUser(), getTranslations("admin"), getLabels()]);
  return (
    <EditorialIntl>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-[var(--color-paper)] focus:p-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-[var(--color-rule)] bg-[var(--color-ink)] text-[var(--color-paper)]">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 text-sm">
          <Link href="/admin" className="font-serif text-base font-bold text-[var(--color-paper)] no-underline">
            {t("brand")}
          </Link>
          {user ? (
            <nav aria-label={t("nav.label")} className="flex flex-wrap gap-x-4 gap-y-1 [&_a]:text-[var(--color-paper)]">
              <Link href="/admin/entries">{t("nav.entries")}</Link>
              <Link href="/admin/entries/new?kind=statement">{t("nav.newStatement")}</Link>
              <Link href="/admin/entries/new?kind=meeting">{t("nav.newMeeting")}</Link>
              <Link href="/admin/entries/new?kind=recognition">{t("nav.newRecognition")}</Link>
              <Link href="/admin/actors">{t("nav.actors")}</Link>
              <Link href="/admin/entries/trash">{t("nav.trash")}</Link>
              {user.role === "admin" ? <Link href="/admin/users">{t("nav.users")}</Link> : null}
              <Link href="/admin/account">{t("nav.account")}</Link>
              <Link href="/admin/account/two-factor">{t("nav.twoFactor")}</Link>
              <Link href="/">{t("nav.publicSite")}</Link>
            </nav>
          ) : null}
          {user ? (
            <form action={signOutAction} className="ml-auto flex items-center gap-3">
              <span>
                {user.name} <span className="opacity-75">({labels.userRole[user.role]})</span>
              </span>
              <button type="submit" className="rounded border border-[var(--color-paper)] px-2 py-0.5">
                {t("signOut")}
              </button>
            </form>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </EditorialIntl>
  );
}
