// The production server: Next.js's request handler inside a plain HTTP server that gives every request an id
// (logs, X-Request-Id), turns a 500 caused by an unavailable database into 503 with Retry-After, caps chunked
// request bodies, loads the public pages' build scripts after their first paint and completes their CSP with
// their script hashes, and answers public GETs from a full-response cache while the record is unchanged
// (scripts/server/*.mjs; docs/ARCHITECTURE.md).
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";
import { capChunkedBody, MAX_REQUEST_BODY_BYTES } from "./server/body-cap.mjs";
import { inlineScriptHashes, isHashPolicy, withScriptHashes } from "./server/csp-hashes.mjs";
import { captureResponse } from "./server/capture.mjs";
import { deferBuildScripts } from "./server/deferred-scripts.mjs";
import { isNotModified, makeRepresentation, PUBLIC_CACHE_CONTROL, sendRepresentation } from "./server/representation.mjs";
import { bypassReason, cacheKey, cacheOptionsFromEnv, isShareable, ResponseCache } from "./server/response-cache.mjs";
import { STATIC_PREFIX, StaticAssets, staticCacheBytesFromEnv } from "./server/static-assets.mjs";
import { isPrivatePath } from "../lib/security/routes.mjs";

process.env.NODE_ENV = "production";
const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);

// lib/request-context.ts reads it; the app's bundles run in this process and share globalThis.
const requests = new AsyncLocalStorage();
globalThis.__recordRequestContext = requests;

// The same rule as requestIdFrom in lib/security/headers.ts (which proxy.ts applies again).
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const RETRY_AFTER_SECONDS = "5";

// The full-response cache, and the app's way to empty it (lib/response-cache.ts) whenever the record changes.
const cache = new ResponseCache(cacheOptionsFromEnv());
globalThis.__recordResponseCache = {
  invalidate(reason) {
    cache.invalidate();
    log(30, { reason, msg: "response cache emptied" });
  },
  stats: () => cache.stats(),
};

// The build's hashed files, pre-compressed once each (scripts/server/static-assets.mjs), with the two headers
// next.config.ts gives them.
const staticAssets = new StaticAssets({
  staticDir: path.join(root, ".next", "static"),
  maxBytes: staticCacheBytesFromEnv(),
  headers: { "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" },
});

/** A build file from memory, compressed; false when it is not one (Next.js answers it, a 404 included). */
async function serveStatic(req, res, requestId, pathname) {
  if ((req.method !== "GET" && req.method !== "HEAD") || !pathname.startsWith(STATIC_PREFIX)) return false;
  const rep = await staticAssets.get(pathname).catch(() => null);
  if (!rep) return false;
  sendRepresentation(res, rep, {
    head: req.method === "HEAD",
    acceptEncoding: req.headers["accept-encoding"],
    conditional: { ifNoneMatch: req.headers["if-none-match"], ifModifiedSince: undefined },
    extraHeaders: { "x-request-id": requestId },
  });
  return true;
}

function log(level, fields) {
  console.log(JSON.stringify({ level, time: Date.now(), ...fields }));
}

const app = next({ dev: false, dir: root, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

function withUnavailableAs503(res, context) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status >= 500 && context.databaseUnavailable) {
      status = 503;
      this.statusCode = 503;
      this.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      this.setHeader("Cache-Control", "no-store");
    }
    return writeHead.call(this, status, ...rest);
  };
}

const SLOW_MS = 1000;

function logAnswer(req, res, requestId, started) {
  res.once("finish", () => {
    const ms = Date.now() - started;
    if (res.statusCode < 500 && ms < SLOW_MS) return;
    // The path only: query strings can carry tokens (the setup link).
    const path = (req.url ?? "").split("?")[0];
    const level = res.statusCode >= 500 ? 50 : 40;
    console.log(JSON.stringify({ level, time: Date.now(), requestId, method: req.method, path, status: res.statusCode, ms, msg: "answer" }));
  });
}

/** The proxy's rule (lib/security/headers.ts isHttps): the answer differs by scheme (HSTS), so the key does. */
function isHttps(req) {
  const proto = req.headers["x-forwarded-proto"];
  return typeof proto === "string" && proto.split(",")[0]?.trim().toLowerCase() === "https";
}

function refuseTooLarge(res, requestId) {
  const body = JSON.stringify({ error: "payload_too_large", message: `The request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes.` });
  res.writeHead(413, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
    "x-request-id": requestId,
    "cache-control": "no-store",
  });
  res.end(body);
}

function handleWithNext(req, res, requestId) {
  return handle(req, res).catch((error) => {
    // lib/log.ts's serializer (class and code, never a query's parameters); the class alone before it loaded.
    const err = globalThis.__recordSerializeError?.(error) ?? { type: error?.constructor?.name ?? typeof error };
    console.error(JSON.stringify({ level: 50, requestId, msg: "unhandled request error", err }));
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end("Internal Server Error");
    }
  });
}

/**
 * A public page as it is sent and stored: its build scripts loaded after the first paint (deferred-scripts.mjs),
 * then its policy completed with the hashes of its inline scripts, the loader's among them; the same bytes
 * give the same policy. Anything else (the editorial system's nonce pages, other types) is left as it is.
 */
function asPublicPage({ headers, body }) {
  const policy = headers["content-security-policy"];
  if (!/^text\/html/i.test(String(headers["content-type"] ?? "")) || !isHashPolicy(policy)) return { headers, body };
  const page = deferBuildScripts(body);
  return { body: page, headers: { ...headers, "content-security-policy": withScriptHashes(String(policy), inlineScriptHashes(page)) } };
}

// Fills under way, by key: a request that misses while another fills the same entry waits for that fill instead
// of rendering too (after an invalidation, 50 readers of one page cost one render, not 50); after a TTL expiry
// they get the expired copy meanwhile.
const fills = new Map();

/**
 * Every public request: answered from the cache when it may be and is there (or is being filled); otherwise
 * rendered by Next.js without compression (this server compresses), its HTML's policy completed, and, when
 * shareable and the record did not change meanwhile, stored.
 */
function servePublic(req, res, requestId) {
  const pathname = (req.url ?? "/").split("?")[0];
  const bypass = bypassReason(req, pathname);
  const answer = {
    head: req.method === "HEAD",
    acceptEncoding: req.headers["accept-encoding"],
    conditional: { ifNoneMatch: req.headers["if-none-match"], ifModifiedSince: req.headers["if-modified-since"] },
    extraHeaders: { "x-request-id": requestId, "x-cache": bypass ? "BYPASS" : "MISS" },
  };
  if (bypass) {
    cache.count("bypasses");
    return render(req, res, requestId, answer, null);
  }
  const key = cacheKey(req, { https: isHttps(req) });
  const hit = (entry) => {
    cache.count("hits");
    sendRepresentation(res, entry, { ...answer, extraHeaders: { ...answer.extraHeaders, "x-cache": "HIT" } });
  };
  const entry = cache.get(key);
  if (entry) return hit(entry);
  const pending = fills.get(key);
  // An entry past its TTL while its refill renders: this copy, not a wait (the TTL is only a backstop).
  const stale = pending ? cache.stale(key) : undefined;
  if (stale) return hit(stale);
  if (pending) {
    // Nothing stored (not shareable, or the record changed meanwhile): render this one too.
    return pending.then((stored) => (stored ? hit(stored) : fill(req, res, requestId, answer, key)));
  }
  return fill(req, res, requestId, answer, key);
}

/** A miss: renders the whole answer, whatever the client holds (the cache answers its condition); HEAD as GET. */
function fill(req, res, requestId, answer, key) {
  cache.count("misses");
  delete req.headers["if-none-match"];
  delete req.headers["if-modified-since"];
  if (answer.head) req.method = "GET";
  let settle;
  const filled = new Promise((resolve) => (settle = resolve));
  fills.set(key, filled);
  const done = (stored) => {
    if (fills.get(key) === filled) fills.delete(key);
    settle(stored);
  };
  res.once("close", () => done(null));
  return render(req, res, requestId, answer, { key, done });
}

/** Next.js renders; `filling` (null for a bypass) stores a shareable answer begun under the current epoch. */
function render(req, res, requestId, answer, filling) {
  delete req.headers["accept-encoding"];
  const epoch = cache.epoch;
  captureResponse(res, {
    limit: filling ? cache.maxEntryBytes : 0,
    onOverflow() {
      // Too large to hold: streamed on, never stored, but still shared and conditional.
      filling?.done(null);
      const headers = res.getHeaders();
      res.setHeader("x-cache", answer.extraHeaders["x-cache"]);
      if (!filling || !isShareable({ status: res.statusCode, headers })) return { drop: false };
      res.setHeader("cache-control", PUBLIC_CACHE_CONTROL);
      if (!isNotModified(answer.conditional, headers)) return { drop: false };
      res.statusCode = 304;
      res.removeHeader("content-type");
      res.removeHeader("content-length");
      return { drop: true };
    },
    onComplete(captured) {
      const shared = filling !== null && isShareable(captured);
      const { headers, body } = asPublicPage(captured);
      makeRepresentation({ status: captured.status, headers, body, shared })
        .then((rep) => {
          const stored = shared && cache.set(filling.key, rep, { epoch });
          filling?.done(stored ? rep : null);
          sendRepresentation(res, rep, { ...answer, conditional: shared ? answer.conditional : {} });
        })
        .catch((error) => {
          filling?.done(null);
          console.error(JSON.stringify({ level: 50, requestId, msg: "response cache error", err: globalThis.__recordSerializeError?.(error) ?? { type: error?.constructor?.name ?? typeof error } }));
          if (!res.headersSent) res.writeHead(500).end("Internal Server Error");
        });
    },
  });
  return handleWithNext(req, res, requestId);
}

const server = http.createServer((req, res) => {
  const started = Date.now();
  const given = req.headers["x-request-id"];
  const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
  req.headers["x-request-id"] = requestId;
  // The socket's peer, for lib/security/forwarded.ts (TRUST_PROXY): a copy the client sent is replaced, never believed.
  delete req.headers["x-record-socket-address"];
  if (req.socket.remoteAddress) req.headers["x-record-socket-address"] = req.socket.remoteAddress;
  const context = { requestId, databaseUnavailable: false };
  withUnavailableAs503(res, context);
  logAnswer(req, res, requestId, started);
  const pathname = (req.url ?? "/").split("?")[0];
  capChunkedBody(req, {
    refuse: () => refuseTooLarge(res, requestId),
    proceed: () =>
      requests.run(context, async () => {
        if (await serveStatic(req, res, requestId, pathname)) return;
        return isPrivatePath(pathname) ? handleWithNext(req, res, requestId) : servePublic(req, res, requestId);
      }),
  });
});

// Hits and misses in the log, at most once a minute and only when they changed.
let lastStats = "";
setInterval(() => {
  const stats = cache.stats();
  const line = JSON.stringify(stats);
  if (line === lastStats) return;
  lastStats = line;
  log(30, { responseCache: stats, msg: "response cache" });
}, 60_000).unref();

// SIGUSR2: one log line of where the memory is (V8's heap, the buffers outside it, the two caches of this file
// and Next.js's data cache), for an operator or npm run bench:memory; nothing else happens.
process.on("SIGUSR2", () => {
  const mib = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const data = globalThis.__recordDataCache;
  log(30, {
    msg: "memory",
    memoryMiB: { rss: mib(rss), heapTotal: mib(heapTotal), heapUsed: mib(heapUsed), external: mib(external), arrayBuffers: mib(arrayBuffers) },
    responseCache: cache.stats(),
    staticFiles: staticAssets.stats(),
    dataCache: data ? { entries: data.entries.size, bytes: data.bytes, maxBytes: data.maxBytes } : null,
  });
});

// Longer than a load balancer's idle timeout, as next start does.
server.keepAliveTimeout = 65_000;
server.listen(port, () => {
  console.log(JSON.stringify({ level: 30, time: Date.now(), msg: `Ready on http://localhost:${port}` }));
});
