import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The record is for everyone to index; the editors' side and sign-in are not. */
export default function robots(): MetadataRoute.Robots {
  const site = getEnv().siteUrl;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/admin/", "/login", "/setup"] }],
    sitemap: `${site}/sitemap.xml`,
  };
}
