import type { MetadataRoute } from "next";
import { cachedListActorSlugs } from "@/lib/actors/cached";
import { cachedListEntrySlugs } from "@/lib/entries/cached";
import { getEnv } from "@/lib/env";
import { languageAlternates } from "@/lib/i18n/paths";

// Read at request time: the build never opens the database, and the address comes from SITE_URL.
export const dynamic = "force-dynamic";

/** One sitemap file holds at most 50,000 addresses; past that the newest entries are listed. */
const MAX_URLS = 50_000;

/** Every address with its versions in each language and x-default (the English one), as hreflang alternates. */
function withAlternates(site: string, path: string) {
  const languages = Object.fromEntries(Object.entries(languageAlternates(path)).map(([lang, href]) => [lang, `${site}${href}`]));
  return { url: `${site}${path}`, alternates: { languages } };
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = getEnv().siteUrl;
  const actors = await cachedListActorSlugs();
  const pages: MetadataRoute.Sitemap = [
    { ...withAlternates(site, "/"), changeFrequency: "daily", priority: 1 },
    { ...withAlternates(site, "/entries"), changeFrequency: "daily", priority: 0.9 },
    { ...withAlternates(site, "/recognition"), changeFrequency: "weekly", priority: 0.9 },
    { ...withAlternates(site, "/actors"), changeFrequency: "weekly", priority: 0.7 },
  ];
  const entries = await cachedListEntrySlugs({ limit: Math.max(0, MAX_URLS - pages.length - actors.length) });
  return [
    ...pages,
    ...entries.map((e) => ({ ...withAlternates(site, `/entries/${e.slug}`), lastModified: e.updatedAt, changeFrequency: "monthly" as const, priority: 0.8 })),
    ...actors.map((a) => ({ ...withAlternates(site, `/actors/${a.slug}`), lastModified: a.updatedAt, changeFrequency: "weekly" as const, priority: 0.6 })),
  ];
}
