// First-load JavaScript per public route, measured on a running production server: every <script src>
// a modern browser loads for the route's HTML (nomodule polyfills left out), fetched and summed, raw and
// gzip, and the part of it no other route shares. Next.js 16's `next build` no longer prints these figures.
// Usage: node scripts/first-load-js.mjs [base URL, default http://127.0.0.1:3000]
import { gzipSync } from "node:zlib";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const routes = [
  ["/", "/"],
  ["/entries", "/entries"],
  ["/entries?q=…", "/entries?q=Lachin"],
  ["/entries/[slug]", "/entries/2014-05-california-assembly-recognises-artsakh-independence"],
  ["/actors", "/actors"],
  ["/actors/[slug]", "/actors/california"],
  ["/recognition", "/recognition"],
  ["404", "/entries/no-such-entry"],
];

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const cache = new Map();
async function size(url) {
  if (!cache.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    cache.set(url, { raw: body.length, gzip: gzipSync(body).length });
  }
  return cache.get(url);
}

const pages = [];
for (const [label, path] of routes) {
  const html = await (await fetch(base + path)).text();
  const tags = [...html.matchAll(/<script[^>]*\ssrc="[^"]+"[^>]*>/g)].map((m) => m[0]).filter((t) => !/nomodule/i.test(t));
  const sources = [...new Set(tags.map((t) => new URL(/src="([^"]+)"/.exec(t)[1], base).href))];
  pages.push({ label, html: Buffer.from(html), sources });
}
const shared = pages[0].sources.filter((src) => pages.every((p) => p.sources.includes(src)));
const sum = async (list) => {
  let raw = 0;
  let gzip = 0;
  for (const src of list) {
    const s = await size(src);
    raw += s.raw;
    gzip += s.gzip;
  }
  return { raw, gzip };
};
const common = await sum(shared);
console.log(`JS shared by every route: ${shared.length} files, ${kb(common.raw)} raw, ${kb(common.gzip)} gzip\n`);
console.log("| route | first-load JS (gzip) | of which route's own (gzip) | HTML (gzip) |");
console.log("|---|---|---|---|");
for (const p of pages) {
  const all = await sum(p.sources);
  const own = await sum(p.sources.filter((s) => !shared.includes(s)));
  console.log(`| ${p.label} | ${kb(all.gzip)} | ${kb(own.gzip)} | ${kb(gzipSync(p.html).length)} |`);
}
