import type { Metadata } from "next";
import { NotFoundBody } from "@/components/not-found-body";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

/** 404 for unknown entry and actor slugs: inside the public layout, which already draws the site's frame. */
export default function PublicNotFound() {
  return <NotFoundBody />;
}
