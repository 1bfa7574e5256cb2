// The readable text of a captured HTML page (@mozilla/readability over linkedom's DOM), and its decoding.
import "server-only";
import zlib from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** The HTML kept per capture (the WARC record keeps the whole body, up to the fetch cap). */
export const HTML_MAX_BYTES = 2 * 1024 * 1024;

export function isHtml(contentType: string | null): boolean {
  return /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? "");
}

/** The body without its Content-Encoding (servers may compress although asked for identity). */
export function decodeBody(body: Buffer, contentEncoding: string | null): Buffer {
  const encoding = (contentEncoding ?? "").trim().toLowerCase();
  try {
    if (encoding === "gzip" || encoding === "x-gzip") return zlib.gunzipSync(body, { maxOutputLength: 4 * HTML_MAX_BYTES * 4 });
    if (encoding === "br") return zlib.brotliDecompressSync(body, { maxOutputLength: 4 * HTML_MAX_BYTES * 4 });
    if (encoding === "deflate") return zlib.inflateSync(body, { maxOutputLength: 4 * HTML_MAX_BYTES * 4 });
  } catch {
    return Buffer.alloc(0);
  }
  return body;
}

/** Text from bytes in the charset the Content-Type or a <meta> names (UTF-8 otherwise). */
export function decodeText(body: Buffer, contentType: string | null): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1]
    ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 4096).toString("latin1"))?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

/** At most `max` bytes of UTF-8, cut at a character boundary. */
export function capUtf8(text: string, max: number): { text: string; truncated: boolean } {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= max) return { text, truncated: false };
  let end = max;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return { text: bytes.subarray(0, end).toString("utf8"), truncated: true };
}

/** The article's title and plain text, or nulls when the page has none Readability can find. */
export function readableText(html: string, url: string): { title: string | null; text: string | null } {
  try {
    const { document } = parseHTML(html);
    // Readability resolves relative links against the document's URL.
    if (!document.querySelector("base")) {
      const base = document.createElement("base");
      base.setAttribute("href", url);
      document.head?.appendChild(base);
    }
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    const text = article?.textContent?.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim() || null;
    const title = article?.title?.trim() || document.querySelector("title")?.textContent?.trim() || null;
    return { title, text };
  } catch {
    return { title: null, text: null };
  }
}
