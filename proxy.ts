// Every request: the CSP (a fresh nonce for the editorial system, hashes for the public record), the security
// headers, a request id, and a cap on request bodies.
// A convenience layer only: no page relies on it for access control (lib/auth/guards.ts does that).
import { type NextRequest, NextResponse } from "next/server";
import { forwardedProto, trustedProxyHops } from "@/lib/security/forwarded";
import {
  MAX_REQUEST_BODY_BYTES,
  archivedCopyPolicy,
  contentSecurityPolicy,
  createNonce,
  frameableDocumentPolicy,
  isArchivedCopy,
  isFrameableDocument,
  isHttps,
  requestIdFrom,
  staticSecurityHeaders,
} from "@/lib/security/headers";
import { EDITORIAL_HEADER } from "@/lib/i18n/locales";
import { routeLocale, unprefixedPath, type LocaleRoute } from "@/lib/i18n/paths";
import { isPrivatePath } from "@/lib/security/routes.mjs";
import { REMOVED_NOTICE_PATH, removedEntrySlugOf } from "@/lib/entries/removed-lookup";

type Context = { https: boolean; requestId: string; frameable?: boolean };

function withSecurityHeaders(response: NextResponse, { https, requestId, frameable }: Context) {
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https, frameable }))) response.headers.set(name, value);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

/** next-intl reads the render's language from this request header; only the path sets it, never the client. */
const LOCALE_HEADER = "x-next-intl-locale";

function withRequestId(headers: Headers, requestId: string, route: LocaleRoute): Headers {
  const forwarded = new Headers(headers);
  forwarded.set("x-request-id", requestId);
  forwarded.delete(LOCALE_HEADER);
  if (route.action !== "redirect" && route.locale) forwarded.set(LOCALE_HEADER, route.locale);
  return forwarded;
}

/** Next.js's answer for the path: the page itself, or the localised tree's path that serves it (the URL stays). */
function onward(request: NextRequest, route: LocaleRoute, headers: Headers): NextResponse {
  if (route.action === "rewrite") {
    const to = request.nextUrl.clone();
    to.pathname = route.to;
    return NextResponse.rewrite(to, { request: { headers } });
  }
  return NextResponse.next({ request: { headers } });
}

export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const https = isHttps(forwardedProto(request.headers, trustedProxyHops()));

  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_REQUEST_BODY_BYTES) {
    const response = NextResponse.json(
      { error: "payload_too_large", message: `The request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes.` },
      { status: 413 },
    );
    return withSecurityHeaders(response, { https, requestId });
  }

  // The language is in the path (lib/i18n/paths.ts): /hy/… and /ru/…, English unprefixed; /en/… is sent there.
  const route = routeLocale(request.nextUrl.pathname);
  if (route.action === "redirect") {
    const to = request.nextUrl.clone();
    to.pathname = route.to;
    return withSecurityHeaders(NextResponse.redirect(to, 308), { https, requestId });
  }

  // The map documents /recognition frames: no scripts in them at all, framed by the site only.
  if (isFrameableDocument(request.nextUrl.pathname)) {
    const response = onward(request, route, withRequestId(request.headers, requestId, route));
    response.headers.set("Content-Security-Policy", frameableDocumentPolicy());
    return withSecurityHeaders(response, { https, requestId, frameable: true });
  }

  // A cited page as this site archived it: sandboxed, nothing loads, nothing runs (lib/security/headers.ts).
  if (isArchivedCopy(unprefixedPath(request.nextUrl.pathname))) {
    const response = onward(request, route, withRequestId(request.headers, requestId, route));
    response.headers.set("Content-Security-Policy", archivedCopyPolicy());
    response.headers.set("Cross-Origin-Resource-Policy", "same-origin");
    withSecurityHeaders(response, { https, requestId });
    // A link followed from the copy does not tell the cited site where its reader came from.
    response.headers.set("Referrer-Policy", "no-referrer");
    return response;
  }

  const development = process.env.NODE_ENV === "development";
  const forwarded = withRequestId(request.headers, requestId, route);
  let csp: string;
  // Only the editorial system's pages may take their language from the signed-in user (i18n/request.ts); the
  // header is the proxy's word for it, never the client's.
  const editorial = isPrivatePath(request.nextUrl.pathname);
  if (editorial) forwarded.set(EDITORIAL_HEADER, "1");
  else forwarded.delete(EDITORIAL_HEADER);
  if (development || editorial) {
    const nonce = createNonce();
    csp = contentSecurityPolicy(nonce, { development });
    // Next.js reads the nonce from the request's policy header and puts it on its own scripts.
    forwarded.set("x-nonce", nonce);
    forwarded.set("content-security-policy", csp);
  } else {
    // The public record renders without a nonce (identical bytes for every reader); scripts/server.mjs adds the
    // hashes of the page's inline scripts to this policy. A nonce sent by the client must not reach Next.js.
    csp = contentSecurityPolicy(null);
    forwarded.delete("x-nonce");
    forwarded.delete("content-security-policy");
  }

  // A published entry moved to the trash: its address (in every language) answers 410 with the notice of its
  // removal (an App Router page cannot choose its status; a rewrite from here can). Not stored by the response
  // cache (200s only).
  const removed =
    request.method === "GET" || request.method === "HEAD" ? removedEntrySlugOf(unprefixedPath(request.nextUrl.pathname)) : null;
  const response =
    removed && route.locale
      ? NextResponse.rewrite(new URL(`/${route.locale}${REMOVED_NOTICE_PATH}/${removed}`, request.url), {
          status: 410,
          request: { headers: forwarded },
        })
      : onward(request, route, forwarded);
  response.headers.set("Content-Security-Policy", csp);
  return withSecurityHeaders(response, { https, requestId });
}

export const config = {
  // Static build files carry no HTML; everything else (pages, feeds, API, server actions) gets the headers.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
