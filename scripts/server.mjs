// The production server: Next.js's request handler inside a plain HTTP server that gives every request an id
// (logs, X-Request-Id) and turns a 500 caused by an unavailable database into 503 with Retry-After.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";

process.env.NODE_ENV = "production";
const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);

// lib/request-context.ts reads it; the app's bundles run in this process and share globalThis.
const requests = new AsyncLocalStorage();
globalThis.__recordRequestContext = requests;

// The same rule as requestIdFrom in lib/security/headers.ts (which proxy.ts applies again).
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const RETRY_AFTER_SECONDS = "5";

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
  requests.run(context, () => {
    handle(req, res).catch((error) => {
      // lib/log.ts's serializer (class and code, never a query's parameters); the class alone before it loaded.
      const err = globalThis.__recordSerializeError?.(error) ?? { type: error?.constructor?.name ?? typeof error };
      console.error(JSON.stringify({ level: 50, requestId, msg: "unhandled request error", err }));
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end("Internal Server Error");
      }
    });
  });
});
// Longer than a load balancer's idle timeout, as next start does.
server.keepAliveTimeout = 65_000;
server.listen(port, () => {
  console.log(JSON.stringify({ level: 30, time: Date.now(), msg: `Ready on http://localhost:${port}` }));
});
