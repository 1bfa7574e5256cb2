// The request-body cap for bodies sent without Content-Length (chunked): proxy.ts refuses a declared length over
// the cap, and this counts the bytes of an undeclared one as they arrive, before Next.js reads any of them.

/** The same figure as MAX_REQUEST_BODY_BYTES in lib/security/headers.ts (which proxy.ts applies to Content-Length). */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024 + 64 * 1024;

/**
 * Calls `proceed()` at once for a request without a body or with a declared length. A chunked body is held
 * (at most `maxBytes`) until it is complete, then handed on with its Content-Length, as if it had been declared;
 * past `maxBytes`, `refuse()` answers instead and the rest of the body is discarded as it arrives.
 * The HTTP parser delivers a body through `req.push`, so holding it there keeps the stream unread for Next.js.
 * @param {import("node:http").IncomingMessage} req
 * @param {{ maxBytes?: number, proceed: () => void, refuse: () => void }} handlers
 */
export function capChunkedBody(req, { maxBytes = MAX_REQUEST_BODY_BYTES, proceed, refuse }) {
  if (req.headers["transfer-encoding"] === undefined || req.headers["content-length"] !== undefined) {
    proceed();
    return;
  }
  const push = req.push;
  const chunks = [];
  let size = 0;
  let refused = false;
  req.push = function (chunk, encoding) {
    if (refused) return chunk !== null;
    if (chunk === null) {
      req.push = push;
      req.headers["content-length"] = String(size);
      delete req.headers["transfer-encoding"];
      for (const held of chunks) push.call(req, held);
      push.call(req, null);
      proceed();
      return false;
    }
    size += chunk.length;
    if (size > maxBytes) {
      refused = true;
      chunks.length = 0;
      refuse();
      return true;
    }
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk);
    return true;
  };
}
