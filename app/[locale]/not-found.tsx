import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundBody } from "@/components/not-found-body";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("title"), robots: { index: false } };
}

/** 404 for unknown entry and actor slugs: inside the public layout, which already draws the site's frame. */
export default function PublicNotFound() {
  return <NotFoundBody />;
}
