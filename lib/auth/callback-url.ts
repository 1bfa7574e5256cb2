// Where to go after signing in: only somewhere on this site, whatever the link said.
const PROBE_ORIGIN = "http://record.invalid";

/**
 * A path on this site ("/admin/entries?x=1"), or the fallback. Accepts a relative path, or an absolute URL
 * whose origin is `origin`; refuses other hosts, protocol-relative "//evil", "/\\evil", and control characters.
 */
export function safeCallbackPath(value: unknown, { fallback = "/admin", origin }: { fallback?: string; origin?: string } = {}): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  // Browsers drop tabs and newlines inside URLs, turning "/\t/evil" into "//evil".
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  if (value.startsWith("/")) {
    if (value.startsWith("//")) return fallback;
    try {
      url = new URL(value, PROBE_ORIGIN);
    } catch {
      return fallback;
    }
    if (url.origin !== PROBE_ORIGIN) return fallback;
  } else {
    if (!origin) return fallback;
    try {
      url = new URL(value);
    } catch {
      return fallback;
    }
    if (url.origin !== new URL(origin).origin) return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Never back to the sign-in or setup pages themselves.
  if (/^\/(login|setup)(\/|\?|#|$)/.test(path) || path.startsWith("/api/auth")) return fallback;
  return path;
}
