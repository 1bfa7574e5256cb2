// The answers of /export/*: the whole published record as JSON, CSV or zip, made only when the client's copy is stale.
import "server-only";
import { cachedRecordLastChange } from "@/lib/api/cached";
import { conditionalResponse } from "@/lib/api/http";
import { cachedCountPublishedEntries } from "@/lib/entries/cached";
import { CSV_BUILDERS, recordJson, recordZip, type CsvFile } from "./files";
import { EXPORT_FORMAT_VERSION } from "./format";
import { readPublishedRecord } from "./record";

export type ExportFile = CsvFile | "record.json" | "record.zip";

const CSV_TYPE = "text/csv; charset=utf-8; header=present";

const FILES: Record<ExportFile, { contentType: string; filename: string }> = {
  "record.json": { contentType: "application/json; charset=utf-8", filename: "artsakh-record.json" },
  "record.zip": { contentType: "application/zip", filename: "artsakh-record-csv.zip" },
  "entries.csv": { contentType: CSV_TYPE, filename: "artsakh-record-entries.csv" },
  "actors.csv": { contentType: CSV_TYPE, filename: "artsakh-record-actors.csv" },
  "sources.csv": { contentType: CSV_TYPE, filename: "artsakh-record-sources.csv" },
};

export async function exportResponse(request: Request, file: ExportFile): Promise<Response> {
  const [lastChange, entryCount] = await Promise.all([cachedRecordLastChange(), cachedCountPublishedEntries({ filters: {} })]);
  const lastModified = new Date(lastChange);
  // The export is a function of the record, which cannot change without moving its last change or its count:
  // a tag made from those answers a poll without reading the whole record.
  const etag = `W/"${file}-v${EXPORT_FORMAT_VERSION}-${lastModified.getTime()}-${entryCount}"`;
  const { contentType, filename } = FILES[file];
  return conditionalResponse(request, { etag, lastModified, contentType, filename, cacheControl: "public, max-age=300" }, async () => {
    const record = await readPublishedRecord();
    if (file === "record.json") return recordJson(record);
    if (file === "record.zip") return (await recordZip(record)) as BodyInit;
    return CSV_BUILDERS[file](record);
  });
}
