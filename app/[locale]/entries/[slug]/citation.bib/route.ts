// GET /entries/{slug}/citation.bib — how to cite the entry, as BibTeX.
import { citationResponse } from "@/lib/api/citation";
import { preflight } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return citationResponse(request, (await params).slug, "bibtex");
}

export function OPTIONS() {
  return preflight();
}
