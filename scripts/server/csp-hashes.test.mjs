// The public pages' policy: one SHA-256 per inline script, over the exact bytes the browser hashes.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, isHashPolicy, withScriptHashes } from "./csp-hashes.mjs";

const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inline script hashes", () => {
  it("hashes every inline script's exact text (UTF-8, whitespace kept), flight data included, and nothing with src", () => {
    const flight = 'self.__next_f.push([1,"Ստեփանակերտ \\u003c/script>"])';
    const html = Buffer.from(
      `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>` +
        `<script>(self.__next_f=self.__next_f||[]).push([0])</script></head>` +
        `<body><script>${flight}</script><SCRIPT type="text/javascript">\n  $RC("B:0","S:0")\n</SCRIPT>` +
        `<script type="application/ld+json">{"@context":"https://schema.org"}</script>` +
        `<script data-x="a>b">one()</script><script>${flight}</script></body></html>`,
      "utf8",
    );
    expect(inlineScriptHashes(html)).toEqual([
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha(flight),
      sha('\n  $RC("B:0","S:0")\n'),
      sha("one()"),
    ]);
  });

  it("adds the hashes to script-src and keeps every other directive", () => {
    const policy = "default-src 'self'; script-src 'self'; object-src 'none'; report-uri /csp-report";
    expect(withScriptHashes(policy, ["'sha256-a'", "'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; object-src 'none'; report-uri /csp-report",
    );
    expect(withScriptHashes(policy, [])).toBe(policy);
  });

  it("completes only the public policy, never the editorial system's nonce policy", () => {
    expect(isHashPolicy("script-src 'self'")).toBe(true);
    expect(isHashPolicy("script-src 'self' 'nonce-abc' 'strict-dynamic'")).toBe(false);
    expect(isHashPolicy(undefined)).toBe(false);
  });

  it("never completes a sandboxed policy (an archived copy of a cited page: its scripts must not run)", () => {
    expect(isHashPolicy("sandbox; default-src 'none'")).toBe(false);
    expect(isHashPolicy("default-src 'none'; sandbox")).toBe(false);
  });
});
