// Where to go after signing in: only somewhere on this site, whatever the link said.
const PROBE_ORIGIN = "http://record.invalid";

/**
 * A path on this site ("/admin/entries?x=1"), or the fallback. Accepts a relative path, or an absolute URL
 * whose origin is `origin`; refuses other hosts, protocol-relative "//evil", "/\\evil", and control characters.
 * The *normalised* path is what is checked and returned: URL parsing resolves dot segments ("/.//evil",
 * "/%2e%2e//evil" both become "//evil"), so a check of the raw input alone is not enough.
 */
export function safeCallbackPath(value: unknown, { fallback = "/admin", origin }: { fallback?: string; origin?: string } = {}): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  // Browsers drop tabs and newlines inside URLs, turning "/\t/evil" into "//evil".
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  if (value.startsWith("/")) {
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
  if (!isLocalPath(path)) return fallback;
  // Never back to the sign-in or setup pages themselves.
  if (/^\/(login|setup)(\/|\?|#|$)/.test(path) || path.startsWith("/api/auth")) return fallback;
  return path;
}

/**
 * One leading "/" and then not another "/" or "\\", with no backslash or control character anywhere — in the
 * path as it will be sent, and once percent-decoded and normalised again (a proxy or browser that decodes
 * "%2f" or "%5c" must not turn "/.%2f/evil" into "//evil" either).
 */
function isLocalPath(path: string): boolean {
  let decoded: string;
  let renormalised: string;
  try {
    decoded = decodeURIComponent(path);
    renormalised = new URL(decoded, PROBE_ORIGIN).pathname;
  } catch {
    return false;
  }
  return [path, decoded, renormalised].every(
    (form) => /^\/(?!\s*[/\\])/.test(form) && !/[\u0000-\u001f\u007f\\]/.test(form),
  );
}
