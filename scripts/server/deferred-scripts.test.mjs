// The build's chunk scripts moved behind the first paint: what is moved, what stays, and that the loader runs them.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./csp-hashes.mjs";
import { deferBuildScripts, loaderScript } from "./deferred-scripts.mjs";

const page = (head, body) => Buffer.from(`<!DOCTYPE html><html lang="hy"><head>${head}</head><body>${body}</body></html>`, "utf8");

/**
 * The loader run against a stand-in browser: `hidden` as document.visibilityState, `paintTiming` whether
 * PerformanceObserver reports paints. `paint(name)` reports one; `drain()` runs the queued frames and tasks.
 */
function runLoader(source, { hidden = false, paintTiming = true } = {}) {
  const appended = [];
  const timers = [];
  const frames = [];
  const observers = [];
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ["paint", "largest-contentful-paint"] : ["navigation"];
    constructor(callback) {
      this.callback = callback;
      this.connected = false;
    }
    observe(options) {
      this.options = options;
      this.connected = true;
      observers.push(this);
    }
    disconnect() {
      this.connected = false;
    }
  }
  const document = {
    visibilityState: hidden ? "hidden" : "visible",
    createElement: (tag) => ({ tag, attributes: [], setAttribute(name, value) { this.attributes.push([name, value]); } }),
    head: { appendChild: (element) => appended.push(element) },
  };
  const window = { PerformanceObserver };
  vm.runInNewContext(source, {
    window,
    document,
    setTimeout: (fn, ms = 0) => timers.push({ fn, ms }),
    requestAnimationFrame: (fn) => frames.push(fn),
  });
  return {
    appended,
    frames,
    timers,
    observers,
    paint(name) {
      for (const o of observers.filter((o) => o.connected)) o.callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) });
    },
    drain() {
      while (frames.length || timers.length) frames.length ? frames.shift()() : timers.shift().fn();
    },
  };
}

describe("deferBuildScripts", () => {
  const chunks = '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/turbopack-b.js" async=""></script>';
  const html = page(
    `<link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/>` +
      `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>${chunks}` +
      `<script src="/_next/static/chunks/poly.js" noModule=""></script>`,
    `<p>Ստեփանակերտ</p><script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>` +
      `<script src="/_next/static/chunks/c.js" async=""></script><script>self.__next_f.push([1,"x"])</script>` +
      `<script type="application/ld+json">{"@type":"Thing"}</script>`,
  );

  it("takes the async build scripts and their preload out, and keeps the style sheet, polyfills, inline scripts and text", () => {
    const out = deferBuildScripts(html).toString("utf8");
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/(a|turbopack-b|c)\.js"/);
    expect(out).not.toContain('rel="preload" as="script"');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/>');
    expect(out).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
    expect(out).toContain('<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>');
    expect(out).toContain('<script>self.__next_f.push([1,"x"])</script>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"Thing"}</script>');
    expect(out).toContain("<p>Ստեփանակերտ</p>");
    expect(out.endsWith("</script></body></html>")).toBe(true);
  });

  it("puts one inline loader before </body>, which appends the same scripts in order once the first contentful paint is reported, one a task", () => {
    const out = deferBuildScripts(html).toString("utf8");
    const loader = /<script>(\(function\(s\)[\s\S]*?)<\/script><\/body>/.exec(out)?.[1];
    expect(loader).toBeDefined();
    const run = runLoader(loader);
    expect(run.observers[0].options).toEqual({ type: "paint", buffered: true });
    run.frames.shift()(); // the first frame only arms the fallback
    expect(run.timers.map((t) => t.ms)).toEqual([3000]);
    run.paint("first-paint"); // not contentful: nothing yet
    expect(run.timers).toHaveLength(1);
    run.paint("first-contentful-paint");
    expect(run.observers[0].connected).toBe(false);
    expect(run.appended).toHaveLength(0); // a task after the paint's report, not inside it
    run.timers.splice(1, 1)[0].fn();
    expect(run.appended).toHaveLength(1);
    run.drain();
    expect(run.appended.map((e) => [e.tag, e.attributes])).toEqual([
      ["script", [["src", "/_next/static/chunks/a.js"], ["async", ""]]],
      ["script", [["src", "/_next/static/chunks/turbopack-b.js"], ["async", ""]]],
      ["script", [["src", "/_next/static/chunks/c.js"], ["async", ""]]],
    ]); // the fallback, run last, added nothing twice
  });

  it("loads the scripts anyway when no paint is reported (the fallback after the first frame)", () => {
    const run = runLoader(loaderScript([[["src", "/_next/static/chunks/a.js"]], [["src", "/_next/static/chunks/b.js"]]]));
    run.drain();
    expect(run.appended.map((e) => e.attributes[0][1])).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });

  it("loads after the next frame in a browser without paint timing, and at once in a hidden document", () => {
    const noTiming = runLoader(loaderScript([[["src", "/_next/static/chunks/a.js"]]]), { paintTiming: false });
    expect(noTiming.observers).toHaveLength(0);
    expect(noTiming.frames).toHaveLength(1);
    noTiming.frames.shift()();
    expect(noTiming.timers.map((t) => t.ms)).toEqual([0]);
    noTiming.drain();
    expect(noTiming.appended).toHaveLength(1);
    const hidden = runLoader(loaderScript([[["src", "/_next/static/chunks/a.js"]]]), { hidden: true });
    expect(hidden.frames).toHaveLength(0);
    hidden.drain();
    expect(hidden.appended).toHaveLength(1);
  });

  it("gives the loader a hash like any inline script, and the same bytes give the same page", () => {
    const once = deferBuildScripts(html);
    expect(deferBuildScripts(html).equals(once)).toBe(true);
    expect(inlineScriptHashes(once)).toHaveLength(inlineScriptHashes(html).length + 1);
  });

  it("keeps attributes and decodes the values React escaped", () => {
    const out = deferBuildScripts(page("", '<script src="/_next/static/chunks/a.js?v=1&amp;w=2" async="" crossorigin="anonymous"></script>'));
    const run = runLoader(/<script>(\(function[\s\S]*?)<\/script>/.exec(out.toString("utf8"))[1]);
    run.paint("first-contentful-paint");
    run.drain();
    expect(run.appended[0].attributes).toEqual([["src", "/_next/static/chunks/a.js?v=1&w=2"], ["async", ""], ["crossorigin", "anonymous"]]);
  });

  it("escapes < in the loader's list, so no value can close the element", () => {
    expect(loaderScript([[["src", "/_next/static/chunks/a.js"], ["data-x", "</script><script>alert(1)"]]])).not.toMatch(/<\/script|<script|<!--/i);
  });

  it("leaves Next.js's client-rendered shell alone: it paints nothing until its scripts have run", () => {
    const shell = Buffer.from(
      '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body></body></html>',
    );
    expect(deferBuildScripts(shell)).toBe(shell);
  });

  it("leaves a page alone that has no async build script, or no </body>", () => {
    const plain = page('<script src="/elsewhere.js" async=""></script><script src="https://cdn.example/x.js" async=""></script>', "<p>x</p>");
    expect(deferBuildScripts(plain)).toBe(plain);
    const noBody = Buffer.from('<script src="/_next/static/chunks/a.js" async=""></script>');
    expect(deferBuildScripts(noBody)).toBe(noBody);
  });
});
