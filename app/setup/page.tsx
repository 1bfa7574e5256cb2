import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EditorialIntl } from "@/app/(admin)/admin/_components/intl";
import { checkSetupToken } from "@/lib/users/setup";
import { SetupForm } from "./setup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("setup"))("metaTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SetupPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const [state, t] = await Promise.all([checkSetupToken({ token: value }), getTranslations("setup")]);
  return (
    <EditorialIntl>
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      {state === "valid" ? (
        <>
          <p className="mt-3 text-sm">{t("intro")}</p>
          <SetupForm token={value} />
        </>
      ) : state === "done" ? (
        <p role="status" className="mt-4">
          {t.rich("done", { link: (chunks) => <Link href="/login">{chunks}</Link> })}
        </p>
      ) : (
        <p role="alert" className="mt-4">
          {t("invalid")}
        </p>
      )}
    </main>
    </EditorialIntl>
  );
}
