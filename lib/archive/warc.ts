// WARC/1.1 records of a capture (warcio): for every hop, a request record and the response record it got
// (WARC-Target-URI, WARC-Date, WARC-IP-Address, WARC-Concurrent-To; warcio computes WARC-Payload-Digest and
// WARC-Block-Digest), each record its own gzip member, so captures concatenate into one valid .warc.gz.
import "server-only";
import { randomUUID } from "node:crypto";
import { WARCRecord, WARCSerializer } from "warcio";
import { SITE_NAME } from "@/lib/feeds/urls";
import type { Exchange } from "./fetch";

const WARC_VERSION = "WARC/1.1";
const SOFTWARE = "artsakh-record archiver (warcio.js 2.4.11)";

function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}` || "/";
}

async function serialize(record: WARCRecord): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, { gzip: true });
}

function* bytes(body: Uint8Array) {
  if (body.length > 0) yield body;
}

/** The request and response records of every exchange, gzip member after gzip member. */
export async function exchangeRecords(exchanges: Exchange[]): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const exchange of exchanges) {
    const date = exchange.at.toISOString().replace(/\.\d{3}Z$/, "Z");
    const responseId = `<urn:uuid:${randomUUID()}>`;
    const ip: Record<string, string> = exchange.ipAddress ? { "WARC-IP-Address": exchange.ipAddress.replace(/^::ffff:/, "") } : {};
    const response = WARCRecord.create(
      {
        url: exchange.url,
        date,
        type: "response",
        warcVersion: WARC_VERSION,
        statusline: `HTTP/${exchange.httpVersion} ${exchange.status} ${exchange.statusText}`.trimEnd(),
        httpHeaders: exchange.responseHeaders,
        keepHeadersCase: true,
        warcHeaders: { "WARC-Record-ID": responseId, ...ip },
      },
      bytes(exchange.body),
    );
    const request = WARCRecord.create(
      {
        url: exchange.url,
        date,
        type: "request",
        warcVersion: WARC_VERSION,
        statusline: `${exchange.method} ${pathOf(exchange.url)} HTTP/1.1`,
        httpHeaders: exchange.requestHeaders,
        keepHeadersCase: true,
        warcHeaders: { "WARC-Concurrent-To": responseId, ...ip },
      },
      bytes(new Uint8Array()),
    );
    parts.push(await serialize(request), await serialize(response));
  }
  return Buffer.concat(parts);
}

/** The warcinfo record that opens a file: which record, which software, which format. */
export async function warcinfoRecord(filename: string, description: string, userAgent: string): Promise<Buffer> {
  const record = WARCRecord.createWARCInfo(
    { filename, warcVersion: WARC_VERSION },
    {
      software: SOFTWARE,
      format: "WARC File Format 1.1",
      conformsTo: "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
      isPartOf: SITE_NAME,
      description,
      "http-header-user-agent": userAgent,
    },
  );
  return Buffer.from(await serialize(record));
}
