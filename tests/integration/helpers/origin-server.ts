// A local HTTP server playing the cited websites: pages that redirect inward, pages that die, pages that change.
import http from "node:http";

export type Origin = { url: (path: string) => string; set: (path: string, page: Page) => void; close: () => Promise<void> };
export type Page = { status: number; body?: string; headers?: Record<string, string> };

export const ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parliament recognises Artsakh</title>
<script>document.title = "SCRIPT RAN"; fetch("/ran-inline");</script></head>
<body><header><nav><a href="/">Home</a></nav></header>
<article><h1>Parliament recognises Artsakh</h1>
<p>The regional parliament adopted a resolution on Tuesday recognising the independence of the Republic of Artsakh, by 70 votes to 1, after a debate that lasted most of the afternoon session.</p>
<p>The resolution calls on the national government to follow its example and to support the right of the people of Artsakh to self-determination, the speaker of the parliament said after the vote.</p>
<img src="http://203.0.113.9/remote.png" alt="remote">
</article></body></html>`;

export function startOrigin(port: number, routes: Record<string, Page> = {}): Promise<Origin> {
  const pages = new Map(Object.entries(routes));
  const server = http.createServer((req, res) => {
    const page = pages.get((req.url ?? "/").split("?")[0]!) ?? { status: 404, body: "not here" };
    res.writeHead(page.status, { "content-type": "text/html; charset=utf-8", ...page.headers });
    res.end(page.body ?? "");
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: (path) => `http://127.0.0.1:${port}${path}`,
        set: (path, page) => void pages.set(path, page),
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}
