import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { NotFoundBody } from "@/components/not-found-body";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("title"), robots: { index: false } };
}

/**
 * 404 for addresses no route matches: outside the public layout, so it brings the site's frame itself. Rendered
 * per request, like every page, so its scripts carry the request's CSP nonce (a prerendered copy would have none).
 */
export default async function NotFound() {
  await connection();
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <NotFoundBody />
      </main>
      <SiteFooter />
    </>
  );
}
