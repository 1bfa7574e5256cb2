import type { Metadata } from "next";
import { NotFoundBody } from "@/components/not-found-body";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

/** 404 for addresses no route matches: outside the public layout, so it brings the site's frame itself. */
export default function NotFound() {
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
