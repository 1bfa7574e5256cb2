// Which paths are the editorial system's (per-request nonce, never cached) rather than the public record's.
// Plain JavaScript: proxy.ts (in the Next.js bundle) and scripts/server.mjs (outside it) share this one rule.

/** /admin, /login, /setup and Auth.js's endpoints, in any interface language (/hy/…, /ru/…). */
const PRIVATE_PATH = /^\/(?:(?:hy|ru)\/)?(?:admin|login|setup|api\/auth)(?:\/|$)/;

/** @param {string} pathname @returns {boolean} */
export function isPrivatePath(pathname) {
  return PRIVATE_PATH.test(pathname);
}
