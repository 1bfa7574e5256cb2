import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/login/actions";
import { ROLE_NAME } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/guards";
import { loadMessages, pickNamespaces } from "@/lib/i18n/catalogue";
import { isLocale } from "@/lib/i18n/locales";

export const metadata: Metadata = { title: { default: "Editing", template: "%s · Editing the record" }, robots: { index: false } };

/** The editors' frame. It shows the navigation; each page checks the session and role itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const locale = await getLocale();
  // The forms (client components) read the labels of the record's codes and the error page's words; nothing else of the catalogue is sent.
  const messages = pickNamespaces(loadMessages(isLocale(locale) ? locale : "en"), ["labels", "errors"]);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-[var(--color-paper)] focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-[var(--color-rule)] bg-[var(--color-ink)] text-[var(--color-paper)]">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 text-sm">
          <Link href="/admin" className="font-serif text-base font-bold text-[var(--color-paper)] no-underline">
            Editing the record
          </Link>
          {user ? (
            <nav aria-label="Editing" className="flex flex-wrap gap-x-4 gap-y-1 [&_a]:text-[var(--color-paper)]">
              <Link href="/admin/entries">Entries</Link>
              <Link href="/admin/entries/new?kind=statement">New statement</Link>
              <Link href="/admin/entries/new?kind=meeting">New meeting</Link>
              <Link href="/admin/entries/new?kind=recognition">New recognition</Link>
              <Link href="/admin/actors">Actors</Link>
              <Link href="/admin/entries/trash">Trash</Link>
              {user.role === "admin" ? <Link href="/admin/users">Users</Link> : null}
              <Link href="/admin/account/two-factor">Two-factor sign-in</Link>
              <Link href="/">Public site</Link>
            </nav>
          ) : null}
          {user ? (
            <form action={signOutAction} className="ml-auto flex items-center gap-3">
              <span>
                {user.name} <span className="opacity-75">({ROLE_NAME[user.role]})</span>
              </span>
              <button type="submit" className="rounded border border-[var(--color-paper)] px-2 py-0.5">
                Sign out
              </button>
            </form>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <NextIntlClientProvider locale={locale} messages={messages}>
          {children}
        </NextIntlClientProvider>
      </main>
    </>
  );
}
