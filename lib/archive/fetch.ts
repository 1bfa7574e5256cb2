// Fetching a cited page without letting the server be turned against its own network (SSRF): http and https
// only; the address checked when the socket connects, after DNS (request-filtering-agent, built on ipaddr.js:
// private, loopback, link-local, CGNAT, unique-local, multicast, unspecified and IPv4-mapped forms refused, the
// cloud metadata addresses named as well); every redirect checked again, at most five; 10 s for the whole
// chain; 5 MB at most; an honest User-Agent. The site's own address is never fetched.
import "server-only";
import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { getArchiveConfig, hostPortOf } from "./config";

export const MAX_REDIRECTS = 5;
export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Named although their ranges are refused already: the cloud instance metadata endpoints. */
const METADATA_ADDRESSES = ["169.254.169.254", "fd00:ec2::254"];

/** A fetch this server will not make, or one that failed; `reason` is safe to show to editors. */
export class FetchRefusedError extends Error {
  constructor(
    readonly reason: "scheme" | "own-address" | "address" | "redirects" | "timeout" | "too-large" | "network" | "bad-url",
    message: string,
  ) {
    super(message);
  }
}

/** One request and its answer, as sent and received: what a WARC request/response pair records. */
export type Exchange = {
  url: string;
  method: "GET";
  requestHeaders: [string, string][];
  httpVersion: string;
  status: number;
  statusText: string;
  /** As received, the hop-by-hop framing (Transfer-Encoding) left out: the body below is de-chunked. */
  responseHeaders: [string, string][];
  /** The body as received (still content-encoded when the server encoded it); empty for redirects. */
  body: Buffer;
  ipAddress: string | null;
  at: Date;
};

export type FetchResult = {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  /** Every hop, redirects first, the final answer last. */
  exchanges: Exchange[];
  final: Exchange;
  fetchedAt: Date;
};

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0", "[::]", "[::ffff:127.0.0.1]"]);

function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, "");
}

/** Whether this URL points at the site itself: SITE_URL's host:port, or a local name on the port it listens on. */
export function isOwnAddress(url: URL): boolean {
  const config = getArchiveConfig();
  const hostPort = hostPortOf(url);
  if (config.ownAddresses.includes(hostPort)) return true;
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const host = bareHost(url.hostname);
  return port === config.listenPort && (LOOPBACK_NAMES.has(host) || host.endsWith(".localhost") || /^127\./.test(host));
}

function isAllowListed(url: URL): boolean {
  return getArchiveConfig().allowedHosts.includes(hostPortOf(url));
}

function checkedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefusedError("bad-url", "Not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefusedError("scheme", `Only http and https are fetched, not ${url.protocol.replace(/:$/, "")}`);
  }
  if (url.username || url.password) throw new FetchRefusedError("bad-url", "URLs with credentials are not fetched");
  if (isOwnAddress(url)) throw new FetchRefusedError("own-address", "The site's own address is not fetched");
  return url;
}

function agentFor(url: URL): http.Agent {
  const https_ = url.protocol === "https:";
  // Test-only: an allow-listed host:port connects without the filter. Every other address goes through it.
  if (isAllowListed(url)) return https_ ? new https.Agent({ keepAlive: false }) : new http.Agent({ keepAlive: false });
  const options = { keepAlive: false, denyIPAddressList: METADATA_ADDRESSES };
  return https_ ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
}

function pairs(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.toLowerCase() === "transfer-encoding") continue;
    out.push([name, raw[i + 1]!]);
  }
  return out;
}

function header(exchange: Pick<Exchange, "responseHeaders">, name: string): string | null {
  const found = exchange.responseHeaders.find(([n]) => n.toLowerCase() === name);
  return found ? found[1] : null;
}

function once(url: URL, deadline: number): Promise<Exchange> {
  const config = getArchiveConfig();
  const requestHeaders: [string, string][] = [
    ["Host", url.host],
    ["User-Agent", config.userAgent],
    ["Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8"],
    ["Accept-Encoding", "identity"],
    ["Connection", "close"],
  ];
  const at = new Date();
  return new Promise<Exchange>((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchRefusedError("timeout", `No answer within ${FETCH_TIMEOUT_MS / 1000} s`));
    const request = (url.protocol === "https:" ? https : http).request(url, {
      method: "GET",
      agent: agentFor(url),
      headers: Object.fromEntries(requestHeaders),
    });
    const timer = setTimeout(() => request.destroy(new FetchRefusedError("timeout", `No answer within ${FETCH_TIMEOUT_MS / 1000} s`)), remaining);
    request.on("error", (error) => {
      clearTimeout(timer);
      if (error instanceof FetchRefusedError) return reject(error);
      if (/is not allowed/.test(error.message)) return reject(new FetchRefusedError("address", `Refused: ${error.message}`));
      const code = (error as NodeJS.ErrnoException).code;
      reject(new FetchRefusedError("network", code ? `Network error (${code})` : "Network error"));
    });
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      const redirect = status >= 300 && status < 400 && response.headers.location;
      const declared = Number(response.headers["content-length"] ?? 0);
      if (!redirect && declared > MAX_BODY_BYTES) {
        request.destroy(new FetchRefusedError("too-large", `The page is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        if (redirect) return;
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          request.destroy(new FetchRefusedError("too-large", `The page is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`));
          return;
        }
        chunks.push(chunk);
      });
      response.on("end", () => {
        clearTimeout(timer);
        resolve({
          url: url.href,
          method: "GET",
          requestHeaders,
          httpVersion: response.httpVersion || "1.1",
          status,
          statusText: response.statusMessage ?? "",
          responseHeaders: pairs(response.rawHeaders),
          body: Buffer.concat(chunks),
          ipAddress: response.socket?.remoteAddress ?? null,
          at,
        });
      });
      response.on("error", (error) => request.destroy(error));
    });
    request.end();
  });
}

/** GET a cited URL, following at most five redirects, each one checked like the first. */
export async function safeFetch(rawUrl: string): Promise<FetchResult> {
  const deadline = Date.now() + FETCH_TIMEOUT_MS;
  const exchanges: Exchange[] = [];
  let url = checkedUrl(rawUrl);
  for (let hop = 0; ; hop++) {
    const exchange = await once(url, deadline);
    exchanges.push(exchange);
    const location = exchange.status >= 300 && exchange.status < 400 ? header(exchange, "location") : null;
    if (!location) {
      return {
        requestedUrl: rawUrl,
        finalUrl: url.href,
        status: exchange.status,
        contentType: header(exchange, "content-type"),
        exchanges,
        final: exchange,
        fetchedAt: exchanges[0]!.at,
      };
    }
    if (hop >= MAX_REDIRECTS) throw new FetchRefusedError("redirects", `More than ${MAX_REDIRECTS} redirects`);
    let next: string;
    try {
      next = new URL(location, url).href;
    } catch {
      throw new FetchRefusedError("bad-url", "A redirect to something that is not a URL");
    }
    url = checkedUrl(next);
  }
}
