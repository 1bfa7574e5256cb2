// The public record's Content-Security-Policy: the SHA-256 of every inline script of a page, added to the
// nonce-less policy proxy.ts sets (lib/security/headers.ts), so the page's own scripts run and nothing else does.
import { createHash } from "node:crypto";

// An opening tag (quoted attribute values may hold ">"), its text, the closing tag. Inside a script the HTML
// parser ends the text at the first "</script", whatever the case; React writes "<" in inline data as \u003c.
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;
const TYPE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
// Types the browser runs as script (HTML's "JavaScript MIME type essence match", plus module); any other type
// (application/ld+json, importmap aside) is a data block that CSP does not govern.
const EXECUTABLE_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript"]);

/**
 * The 'sha256-…' sources of the inline scripts in an HTML document, in order of appearance, without repeats.
 * The hash is over the exact bytes between the tags (UTF-8), as the browser computes it.
 * @param {Buffer} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  // latin1 maps each byte to one character, so slices of the string are the document's bytes.
  const text = html.toString("latin1");
  const hashes = new Set();
  for (const match of text.matchAll(SCRIPT)) {
    const attributes = match[1] ?? "";
    if (HAS_SRC.test(attributes)) continue;
    const type = TYPE.exec(attributes);
    const essence = (type ? (type[1] ?? type[2] ?? type[3] ?? "") : "").trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(essence)) continue;
    const digest = createHash("sha256").update(Buffer.from(match[2] ?? "", "latin1")).digest("base64");
    hashes.add(`'sha256-${digest}'`);
  }
  return [...hashes];
}

/**
 * The policy with these hashes appended to its script-src; every other directive (a report endpoint too) kept.
 * @param {string} policy
 * @param {string[]} hashes
 * @returns {string}
 */
export function withScriptHashes(policy, hashes) {
  if (hashes.length === 0) return policy;
  const directives = policy.split(";").map((d) => d.trim()).filter(Boolean);
  const index = directives.findIndex((d) => /^script-src(\s|$)/i.test(d));
  if (index === -1) directives.push(`script-src 'self' ${hashes.join(" ")}`);
  else directives[index] = `${directives[index]} ${hashes.join(" ")}`;
  return directives.join("; ");
}

/**
 * Whether a policy is the nonce-less public one this module completes (the editorial system's carries a nonce).
 * A sandboxed policy (an archived copy of a cited page) is never completed: its scripts must not run at all.
 */
export function isHashPolicy(policy) {
  return typeof policy === "string" && policy.length > 0 && !/'nonce-/.test(policy) && !/(?:^|;)\s*sandbox\b/i.test(policy);
}
