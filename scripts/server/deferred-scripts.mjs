// Public pages paint before the Next.js runtime loads: the build's async chunk scripts are taken out of the HTML
// and one small inline loader appends the same elements once the first frame has been painted. Until then the
// main thread only parses and paints the page (which is readable without JavaScript); the runtime then loads,
// runs and hydrates as before, without any interaction. docs/ARCHITECTURE.md "Scripts after the first paint".

// A chunk script as React writes it: an empty element whose src is a build file, async (a noModule polyfill or
// any other script is left where it is). Quoted attribute values may hold ">".
const CHUNK_SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)><\/script>/gi;
// React's preload of the bootstrap script: it would fetch the runtime at the document's side before the paint.
const SCRIPT_PRELOAD = /<link\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/gi;
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const BUILD_FILE = /^\/_next\/static\/[^"'<>\s]+\.js(?:\?[^"'<>\s]*)?$/;
const BODY_END = "</body>";
// Next.js's shell for a page it renders on the client only (an error during the server render; the not-found
// page of a missing entry is one): it has nothing to paint before its scripts, so they are not held back.
const CLIENT_RENDERED_SHELL = /^\s*(?:<!DOCTYPE[^>]*>\s*)?<html\b[^>]*\bid="__next_error__"/i;
// How long after the first frame the loader waits for a paint to be reported before it loads the scripts anyway.
const FALLBACK_MS = 3000;

/** @param {string} text the attributes of one tag */
function attributesOf(text) {
  /** @type {[string, string][]} */
  const pairs = [];
  for (const match of text.matchAll(ATTRIBUTE)) pairs.push([match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? ""]);
  return pairs;
}

const valueOf = (pairs, name) => pairs.find(([n]) => n === name)?.[1];
const has = (pairs, name) => pairs.some(([n]) => n === name);

/** HTML's character references that React writes in attribute values, undone (the loader sets the plain value). */
function decodeAttribute(value) {
  return value.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (_, ref) => ({ amp: "&", quot: '"', "#x27": "'", "#39": "'", lt: "<", gt: ">" })[ref]);
}

/**
 * The loader: once the first contentful paint has been presented (its PerformanceObserver entry comes after the
 * frame is on screen; requestAnimationFrame fires before the frame is even rastered, which let the scripts start
 * ahead of the paint), the scripts appended to <head> in their order with their attributes, one a task (under
 * DevTools' instrumentation eleven appends in one task took 20-40 ms). A hidden document paints nothing: they
 * start at once; a browser without paint timing starts them after the next frame. If no paint is reported
 * within FALLBACK_MS of the first frame, they start anyway. The list is JSON with "<" escaped, so no
 * value can end the element.
 * @param {[string, string][][]} scripts
 */
export function loaderScript(scripts) {
  const list = JSON.stringify(scripts).replace(/</g, "\\u003c");
  return (
    `(function(s){var i=0,b=0;function l(){var e=document.createElement("script");` +
    `s[i].forEach(function(p){e.setAttribute(p[0],p[1])});document.head.appendChild(e);if(++i<s.length)setTimeout(l,0)}` +
    `function g(){if(!b){b=1;setTimeout(l,0)}}` +
    `if(document.visibilityState==="hidden")return g();` +
    `var P=window.PerformanceObserver,t=P&&P.supportedEntryTypes;` +
    `if(!t||t.indexOf("paint")<0)return requestAnimationFrame(function(){setTimeout(g,0)});` +
    `requestAnimationFrame(function(){setTimeout(g,${FALLBACK_MS})});` +
    `var o=new P(function(q){if(q.getEntriesByName("first-contentful-paint").length){o.disconnect();g()}});` +
    `o.observe({type:"paint",buffered:true})})(${list})`
  );
}

/**
 * The page with its async build scripts (and their preloads) moved into one inline loader before </body>;
 * unchanged when it has none, no </body> to put the loader before, or is a shell rendered on the client. Same bytes in, same bytes out, so the
 * response cache's hashes and ETags stay stable.
 * @param {Buffer} html
 * @returns {Buffer}
 */
export function deferBuildScripts(html) {
  // latin1 maps each byte to one character, so the rest of the document passes through byte for byte.
  const text = html.toString("latin1");
  if (CLIENT_RENDERED_SHELL.test(text)) return html;
  const bodyEnd = text.lastIndexOf(BODY_END);
  if (bodyEnd === -1) return html;
  /** @type {[string, string][][]} */
  const scripts = [];
  let rest = text.slice(0, bodyEnd).replace(CHUNK_SCRIPT, (tag, attributes) => {
    const pairs = attributesOf(attributes).map(([n, v]) => [n, decodeAttribute(v)]);
    const src = valueOf(pairs, "src");
    if (!src || !BUILD_FILE.test(src) || !has(pairs, "async") || has(pairs, "nomodule") || has(pairs, "type")) return tag;
    scripts.push(pairs);
    return "";
  });
  if (scripts.length === 0) return html;
  const deferred = new Set(scripts.map((pairs) => valueOf(pairs, "src")));
  rest = rest.replace(SCRIPT_PRELOAD, (tag, attributes) => {
    const pairs = attributesOf(attributes);
    const isScriptPreload = valueOf(pairs, "rel")?.toLowerCase() === "preload" && valueOf(pairs, "as")?.toLowerCase() === "script";
    return isScriptPreload && deferred.has(decodeAttribute(valueOf(pairs, "href") ?? "")) ? "" : tag;
  });
  // Every value came in as latin1 and goes out as latin1: the bytes of the attributes are kept as they were.
  return Buffer.from(`${rest}<script>${loaderScript(scripts)}</script>${text.slice(bodyEnd)}`, "latin1");
}
