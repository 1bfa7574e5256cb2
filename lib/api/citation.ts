// The answers of /entries/{slug}/citation.bib and citation.json: one published entry's citation.
import "server-only";
import { toBibtex, toCslJson } from "@/lib/citations";
import { cachedGetPublishedEntryBySlug } from "@/lib/entries/cached";
import { cachedRecordLastChange } from "./cached";
import { badParameters, notFound, respondWith } from "./http";
import { parseSlug } from "./params";

export type CitationFormat = "bibtex" | "csl-json";

const TYPES: Record<CitationFormat, { contentType: string; extension: string }> = {
  bibtex: { contentType: "application/x-bibtex; charset=utf-8", extension: "bib" },
  "csl-json": { contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", extension: "json" },
};

export async function citationResponse(request: Request, rawSlug: string, format: CitationFormat): Promise<Response> {
  const slug = parseSlug(rawSlug);
  if (!slug.ok) return badParameters(slug.errors);
  const [entry, lastChange] = await Promise.all([cachedGetPublishedEntryBySlug({ slug: slug.value }), cachedRecordLastChange()]);
  if (!entry) return notFound(`No published entry has the slug ${slug.value}`);
  const body = format === "bibtex" ? toBibtex(entry) : `${JSON.stringify(toCslJson(entry), null, 2)}\n`;
  const { contentType, extension } = TYPES[format];
  const response = await respondWith(request, body, {
    contentType,
    lastModified: new Date(lastChange),
    cacheControl: "public, max-age=3600",
  });
  // Shown in the browser when opened, saved under a useful name when downloaded.
  if (response.status === 200) response.headers.set("Content-Disposition", `inline; filename="${entry.slug}.${extension}"`);
  return response;
}
