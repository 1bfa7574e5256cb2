// Holds back what Next.js writes to a response, so the server can complete the policy of an HTML page with its
// script hashes and keep a copy of a shareable answer before anything reaches the client.

const HTML = /^text\/html/i;

/**
 * Intercepts `res` until Next.js ends it. An HTML answer is always held whole (its policy depends on every
 * script in it); any other answer is held up to `limit` bytes, then passed through as it comes: `onOverflow`
 * decides its headers first (it may answer 304 instead, in which case the rest of the body is dropped).
 * `onComplete` gets the held answer once Next.js has ended it, and must answer the client itself.
 * @param {import("node:http").ServerResponse} res
 * @param {{ limit: number,
 *           onComplete: (answer: { status: number, headers: Record<string, unknown>, body: Buffer }) => void,
 *           onOverflow: () => { drop: boolean } }} handlers
 */
export function captureResponse(res, { limit, onComplete, onOverflow }) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const chunks = [];
  let size = 0;

  const restore = () => {
    res.writeHead = original.writeHead;
    res.write = original.write;
    res.end = original.end;
    res.flushHeaders = original.flushHeaders;
  };
  const toBuffer = (chunk, encoding) => (typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
  const isHtml = () => HTML.test(String(res.getHeader("content-type") ?? ""));

  /**
   * Past the limit on a non-HTML answer: `onOverflow` sends the headers (through the real writeHead); then
   * what was held and the rest stream on, or, when it answered 304, the body is dropped.
   */
  const overflow = () => {
    restore();
    const { drop } = onOverflow();
    if (drop) {
      chunks.length = 0;
      res.write = (_chunk, encoding, callback) => {
        const done = typeof encoding === "function" ? encoding : callback;
        if (typeof done === "function") process.nextTick(done);
        return true;
      };
      res.end = (_chunk, encoding, callback) => {
        restore();
        const done = [_chunk, encoding, callback].find((arg) => typeof arg === "function");
        return original.end.call(res, done);
      };
      return;
    }
    for (const chunk of chunks.splice(0)) original.write.call(res, chunk);
  };

  const hold = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = toBuffer(chunk, encoding);
    chunks.push(buffer);
    size += buffer.length;
  };

  res.writeHead = function (status, reason, headers) {
    res.statusCode = status;
    const given = typeof reason === "string" ? headers : reason;
    if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(given[i], given[i + 1]);
    else if (given) for (const [name, value] of Object.entries(given)) res.setHeader(name, value);
    return res;
  };
  res.flushHeaders = function () {};
  res.write = function (chunk, encoding, callback) {
    hold(chunk, encoding);
    if (size > limit && !isHtml()) {
      overflow();
      return res.write(Buffer.alloc(0), typeof encoding === "function" ? encoding : callback);
    }
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    hold(chunk, typeof encoding === "string" ? encoding : undefined);
    if (size > limit && !isHtml()) {
      overflow();
      return res.end(done);
    }
    restore();
    if (typeof done === "function") res.once("finish", done);
    onComplete({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
    return res;
  };
}
