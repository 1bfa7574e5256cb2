// The build's own files (/_next/static/…: scripts, style sheets, fonts, media), answered by this server
// pre-compressed. Next.js serves them from disk uncompressed here (scripts/server.mjs renders with compression
// off, since it compresses the pages itself), which sent the 235 kB React runtime as 235 kB; nginx compressed
// them in the deploy/ recipe, a bare instance did not. Their names carry a hash of their content and they never
// change while the process runs, so each is read and compressed once (gzip 9 and brotli 9: a one-off cost) and
// held apart from the response cache (the record's changes do not touch them), bounded by STATIC_CACHE_MB.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export const STATIC_PREFIX = "/_next/static/";
/** What Next.js says of them (hashed names: a year, immutable), and next.config.ts's two headers. */
export const STATIC_CACHE_CONTROL = "public, max-age=31536000, immutable";

const TYPES = {
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
};
// Brotli 9, not 11: 11 took about 4 s for the 235 kB React runtime on a busy machine, which the first reader after
// a start waited for; 9 is a few per cent larger at a tenth of the time.
const BROTLI_QUALITY = 9;

/** Text worth compressing; fonts and pictures other than SVG are compressed already. */
const COMPRESSIBLE = new Set([".js", ".mjs", ".css", ".json", ".map", ".txt", ".svg", ".wasm"]);

/**
 * The file under `staticDir` a request path names, or null when it names none this module serves (outside the
 * prefix, an unknown type, or a path that would leave the directory).
 * @param {string} staticDir the build's static directory (.next/static)
 * @param {string} pathname the request's path, query removed
 */
export function staticFileFor(staticDir, pathname) {
  if (!pathname.startsWith(STATIC_PREFIX)) return null;
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(STATIC_PREFIX.length));
  } catch {
    return null;
  }
  if (!relative || relative.includes("\0") || relative.split(/[\\/]/).some((part) => part === "..")) return null;
  if (!TYPES[path.extname(relative).toLowerCase()]) return null;
  const file = path.resolve(staticDir, relative);
  return file.startsWith(path.resolve(staticDir) + path.sep) ? file : null;
}

/** STATIC_CACHE_MB (default 32; 0 turns this off and leaves the files to Next.js). */
export function staticCacheBytesFromEnv(env = process.env) {
  const value = env.STATIC_CACHE_MB === undefined || env.STATIC_CACHE_MB === "" ? 32 : Number(env.STATIC_CACHE_MB);
  if (!Number.isFinite(value) || value < 0) throw new Error(`STATIC_CACHE_MB must be a number of megabytes (0 turns it off), not "${env.STATIC_CACHE_MB}"`);
  return Math.floor(value * 1024 * 1024);
}

export class StaticAssets {
  /** @param {{ staticDir: string, maxBytes: number, headers?: Record<string, string> }} options */
  constructor({ staticDir, maxBytes, headers = {} }) {
    this.staticDir = staticDir;
    this.maxBytes = maxBytes;
    this.headers = headers;
    this.bytes = 0;
    /** @type {Map<string, Promise<object | null>>} path → representation (null: no such file) */
    this.entries = new Map();
  }

  /**
   * The representation of the file this path names (as scripts/server/representation.mjs's sendRepresentation
   * takes it), or null: not a file served here, missing, or over the budget (Next.js answers then).
   * @param {string} pathname
   */
  async get(pathname) {
    if (this.maxBytes <= 0) return null;
    const file = staticFileFor(this.staticDir, pathname);
    if (!file) return null;
    let pending = this.entries.get(file);
    if (!pending) {
      pending = this.#load(file);
      this.entries.set(file, pending);
    }
    const rep = await pending;
    // Not held (missing, or over the budget): forgotten, so the map cannot grow with made-up names, and left to
    // Next.js (a file over the budget would otherwise be compressed again on every request).
    if (!rep?.held) {
      if (this.entries.get(file) === pending) this.entries.delete(file);
      return null;
    }
    return rep;
  }

  async #load(file) {
    let body;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return null;
      body = await fs.readFile(file);
    } catch {
      return null;
    }
    const extension = path.extname(file).toLowerCase();
    const bodies = { identity: body };
    if (COMPRESSIBLE.has(extension) && body.length >= 256) {
      const [gz, br] = await Promise.all([
        gzip(body, { level: 9 }),
        brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ]);
      if (gz.length < body.length) bodies.gzip = gz;
      if (br.length < body.length) bodies.br = br;
    }
    const size = Object.values(bodies).reduce((sum, b) => sum + b.length, 0);
    const headers = {
      ...this.headers,
      "content-type": TYPES[extension],
      "cache-control": STATIC_CACHE_CONTROL,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`,
      ...(bodies.gzip || bodies.br ? { vary: "Accept-Encoding" } : {}),
    };
    const held = this.bytes + size <= this.maxBytes;
    if (held) this.bytes += size;
    return { status: 200, headers, bodies, size, held };
  }

  stats() {
    return { files: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes };
  }
}
