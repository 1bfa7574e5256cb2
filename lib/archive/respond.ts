// The archive's public answers: a capture's sandboxed copy and WARC file, and the whole record's WARC file
// (/export/sources.warc.gz), streamed batch by batch, at most two being written at once per process.
import "server-only";
import { conditionalResponse, notFound } from "@/lib/api/http";
import { getArchiveConfig } from "./config";
import { getPublicCaptureHtml, getPublicCaptureWarc, publicCaptureWarcs, publicCapturesVersion } from "./reads";
import { warcinfoRecord } from "./warc";

const IMMUTABLE = "public, max-age=86400";

/** GET /archive/<id>/copy: the HTML as captured. proxy.ts gives it its sandbox policy. */
export async function archivedCopyResponse(request: Request, id: string): Promise<Response> {
  const copy = await getPublicCaptureHtml(id);
  if (!copy) return notFound("No archived copy with this id.");
  const response = await conditionalResponse(
    request,
    { etag: `"copy-${id}"`, lastModified: new Date(copy.fetchedAt), contentType: "text/html; charset=utf-8", cacheControl: IMMUTABLE },
    copy.html,
  );
  response.headers.delete("Access-Control-Allow-Origin");
  // Someone else's page: readers reach it from the entry citing it; search engines should not list it as ours.
  response.headers.set("X-Robots-Tag", "noindex");
  return response;
}

/** GET /archive/<id>/warc: one capture as a .warc.gz file (warcinfo, then its request and response records). */
export async function captureWarcResponse(request: Request, id: string): Promise<Response> {
  const capture = await getPublicCaptureWarc(id);
  if (!capture) return notFound("No archived copy with this id.");
  const filename = `artsakh-record-capture-${id}.warc.gz`;
  const response = await conditionalResponse(
    request,
    { etag: `"warc-${id}"`, lastModified: new Date(capture.fetchedAt), contentType: "application/gzip", filename, cacheControl: IMMUTABLE },
    async () => {
      const info = await warcinfoRecord(filename, `The capture of ${capture.url} taken on ${capture.fetchedAt}.`, getArchiveConfig().userAgent);
      return new Uint8Array(Buffer.concat([info, Buffer.from(capture.warc)]));
    },
  );
  response.headers.set("X-Robots-Tag", "noindex");
  return response;
}

const MAX_CONCURRENT_EXPORTS = 2;
const state = globalThis as unknown as { __warcExports?: number };

/**
 * GET /export/sources.warc.gz: every public capture in one file. Streamed (twenty captures read at a time, so
 * memory stays bounded however large the archive grows); answered 304 from its tag without reading anything;
 * and at most two written at once per process: a third request meanwhile gets 503 with Retry-After rather than
 * another full read of the archive.
 */
export async function recordWarcResponse(request: Request): Promise<Response> {
  const version = await publicCapturesVersion();
  const lastModified = new Date(version.latest ?? 0);
  const etag = `W/"sources-warc-${version.count}-${lastModified.getTime()}"`;
  const filename = "artsakh-record-sources.warc.gz";
  const running = state.__warcExports ?? 0;
  if (running >= MAX_CONCURRENT_EXPORTS && request.headers.get("if-none-match") !== etag) {
    return Response.json(
      { error: "busy", message: "The archive export is being written for other readers; try again in a few seconds." },
      { status: 503, headers: { "Retry-After": "10", "Cache-Control": "no-store" } },
    );
  }
  return conditionalResponse(request, { etag, lastModified, contentType: "application/gzip", filename, cacheControl: "public, max-age=300" }, () => {
    state.__warcExports = (state.__warcExports ?? 0) + 1;
    let released = false;
    const release = () => {
      if (!released) state.__warcExports = Math.max(0, (state.__warcExports ?? 1) - 1);
      released = true;
    };
    const captures = publicCaptureWarcs();
    return new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          const description = `Every page cited by the record and archived by it: ${version.count} captures.`;
          controller.enqueue(new Uint8Array(await warcinfoRecord(filename, description, getArchiveConfig().userAgent)));
        } catch (error) {
          release();
          controller.error(error);
        }
      },
      async pull(controller) {
        try {
          const next = await captures.next();
          if (next.done) {
            release();
            controller.close();
          } else controller.enqueue(next.value);
        } catch (error) {
          release();
          controller.error(error);
        }
      },
      async cancel() {
        release();
        await captures.return(undefined);
      },
    });
  });
}
