// A stand-in for the websites the record cites, for the end-to-end tests (scripts/e2e-server.mjs starts it on
// E2E_PORT + 40 and allow-lists it with ARCHIVE_ALLOWED_HOSTS). Its article carries an inline script and an
// image that would report to it if they ever ran or loaded from an archived copy; /__hits tells.
import http from "node:http";

/** @param {number} port */
export function startE2eOrigin(port) {
  const hits = [];
  // /dying/<name> answers like /article/ until /__kill/<name> is asked for, then 404.
  const killed = new Set();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/__hits") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(hits));
      return;
    }
    if (path.startsWith("/__kill/")) {
      killed.add(path.slice("/__kill/".length));
      res.writeHead(204);
      res.end();
      return;
    }
    hits.push({ path, userAgent: req.headers["user-agent"] ?? "" });
    if (path.startsWith("/dying/") && killed.has(path.slice("/dying/".length))) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("removed");
      return;
    }
    if (path.startsWith("/article/") || path.startsWith("/dying/")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council adopts a resolution</title>
<script>document.title = "SCRIPT RAN"; new Image().src = "http://127.0.0.1:${port}/script-ran.png"; fetch("http://127.0.0.1:${port}/script-fetched");</script>
</head><body><article><h1>Council adopts a resolution</h1>
<p>The city council adopted a resolution on Monday supporting the right of the people of Artsakh to self-determination, after a debate in which eleven members spoke and the vote was carried without objection.</p>
<p>The resolution asks the state legislature to consider a similar text and instructs the clerk to send copies to the state's delegation in the national legislature.</p>
<img src="http://127.0.0.1:${port}/remote-image.png" alt="A photograph of the council chamber">
</article></body></html>`);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not here");
  });
  server.listen(port, "127.0.0.1");
  return server;
}
