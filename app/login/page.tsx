import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditorialIntl } from "@/app/(admin)/admin/_components/intl";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/guards";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const NOTICES = { ended: "ended", "signed-out": "signedOut", setup: "setup" } as const;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const reason = typeof params.reason === "string" && Object.hasOwn(NOTICES, params.reason) ? NOTICES[params.reason as keyof typeof NOTICES] : null;
  const [t, tCommon] = await Promise.all([getTranslations("auth"), getTranslations("common")]);
  const notice = reason ? t(`notice.${reason}`) : undefined;
  return (
    <EditorialIntl>
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <p className="text-sm">
        <Link href="/">{tCommon("siteName")}</Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-sm text-[var(--color-muted)]">{t("forEditors")}</p>
      {notice ? (
        <p role="status" className="mt-6 rounded border border-[var(--color-rule)] p-3 text-sm">
          {notice}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </main>
    </EditorialIntl>
  );
}
