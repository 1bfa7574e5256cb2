// The security headers every answer carries, and the per-request Content-Security-Policy (pure; used by proxy.ts).

/** Largest request body the site accepts (server actions and Auth.js posts); larger ones get 413 before any parsing. */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024 + 64 * 1024;

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The editorial system's policy: scripts run only with this request's nonce ('strict-dynamic' lets Next.js's
 * own loader add its chunks); no inline script without it, no eval outside development.
 *
 * With `nonce: null`, the public record's policy: `script-src 'self'` only, which scripts/server.mjs completes
 * with the SHA-256 of each inline script of the page it serves (scripts/server/csp-hashes.mjs). Public pages
 * render without a nonce, so every reader gets the same bytes (cached, precompressed, answered with 304);
 * see docs/ARCHITECTURE.md "The full-response cache". Served without that server, inline scripts are refused
 * (fails closed). Styles allow inline attributes: the server-drawn maps and React's style props use them,
 * and they cannot run code.
 */
export function contentSecurityPolicy(nonce: string | null, { development = false } = {}): string {
  const scripts = nonce === null ? ["'self'"] : ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [...scripts, ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    // The only frames the site shows are its own map documents (/recognition).
    "frame-src": ["'self'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * The documents the site frames itself: the recognition maps (SVG with links, shown in an <iframe> on
 * /recognition because links inside an SVG shown through <img> do not work), in every language. Nothing else may be framed.
 */
const FRAMEABLE_DOCUMENT = /^\/(?:(?:hy|ru)\/)?recognition\/maps\/[^/]+\.svg$/;

export function isFrameableDocument(pathname: string): boolean {
  return FRAMEABLE_DOCUMENT.test(pathname);
}

/**
 * The policy of a frameable document: framed by the site itself only, and nothing in it may load or run
 * (no scripts at all, not even with a nonce); its own inline stylesheet colours the map.
 */
export function frameableDocumentPolicy(): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/** Headers that do not depend on the request's content. HSTS only where the site is reached over HTTPS. */
export function staticSecurityHeaders({ https, frameable = false }: { https: boolean; frameable?: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": frameable ? "SAMEORIGIN" : "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Whether the visitor reached the site over HTTPS: a trusted proxy in front says so (`forwardedProto` from
 * lib/security/forwarded.ts, null without TRUST_PROXY: a client's own header proves nothing). The request URL's
 * scheme is no evidence: scripts/server.mjs serves plain HTTP, and Next.js builds that URL's scheme from the
 * client's X-Forwarded-Proto itself.
 */
export function isHttps(forwardedProto: string | null): boolean {
  return forwardedProto?.trim().toLowerCase() === "https";
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request id to log under: the one a front proxy gave when it looks like an id, a new one otherwise. */
export function requestIdFrom(header: string | null): string {
  return header && REQUEST_ID.test(header) ? header : crypto.randomUUID();
}
