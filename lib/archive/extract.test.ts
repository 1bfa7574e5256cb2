import { describe, expect, it } from "vitest";
import { exportEntryEnvelopeSchema } from "@/lib/export/format";
import { capUtf8, decodeBody, decodeText, isHtml, readableText } from "./extract";
import { HostPacer } from "./worker";
import zlib from "node:zlib";

const PAGE = `<html><head><title>T</title><script>alert(1)</script></head><body><nav>Menu</nav><article><h1>Heading</h1>
<p>${"The parliament adopted the resolution after a long debate on the matter of recognition. ".repeat(4)}</p></article></body></html>`;

describe("readable text", () => {
  it("keeps the article's text and none of its scripts", () => {
    const { title, text } = readableText(PAGE, "https://example.org/a");
    expect(title).toBe("T");
    expect(text).toContain("The parliament adopted the resolution");
    expect(text).not.toContain("alert");
  });

  it("answers nulls rather than throwing for a page with no article", () => {
    expect(readableText("", "https://example.org/")).toEqual({ title: null, text: null });
  });
});

describe("decoding", () => {
  it("reads the charset from the Content-Type, then from a <meta>, else UTF-8", () => {
    const cp1251 = Buffer.from([0xc0, 0xf0, 0xf6, 0xe0, 0xf5]);
    expect(decodeText(cp1251, "text/html; charset=windows-1251")).toBe("Арцах");
    expect(decodeText(Buffer.concat([Buffer.from('<meta charset="windows-1251">'), cp1251]), "text/html")).toContain("Арцах");
    expect(decodeText(Buffer.from("Արցախ"), "text/html")).toBe("Արցախ");
  });

  it("undoes a Content-Encoding the server used although asked for identity", () => {
    expect(decodeBody(zlib.gzipSync("hello"), "gzip").toString()).toBe("hello");
    expect(decodeBody(Buffer.from("plain"), null).toString()).toBe("plain");
    expect(decodeBody(Buffer.from("not gzip"), "gzip").length).toBe(0);
  });

  it("cuts UTF-8 at a character boundary", () => {
    const cut = capUtf8("Արցախ", 5);
    expect(cut.truncated).toBe(true);
    expect(cut.text).toBe("Ար");
    expect(capUtf8("abc", 5)).toEqual({ text: "abc", truncated: false });
  });

  it("knows HTML from other types", () => {
    expect(isHtml("text/html; charset=utf-8")).toBe(true);
    expect(isHtml("application/xhtml+xml")).toBe(true);
    expect(isHtml("application/pdf")).toBe(false);
    expect(isHtml(null)).toBe(false);
  });
});

describe("the per-host pause", () => {
  it("lets one fetch per host through per delay, other hosts at once", () => {
    const pacer = new HostPacer(5000);
    expect(pacer.take("https://mfa.am/a", 1000)).toBe(0);
    expect(pacer.take("https://mfa.am/b", 2000)).toBe(4000);
    expect(pacer.take("https://president.am/", 2000)).toBe(0);
    expect(pacer.take("https://MFA.am/c", 6000)).toBe(0);
  });
});

describe("exports written before link checks", () => {
  it("read 'alive' as 'live'", () => {
    const parsed = exportEntryEnvelopeSchema.shape.sources.parse([{ linkStatus: "alive" }, {}]);
    expect(parsed.map((s) => s.linkStatus)).toEqual(["live", "unchecked"]);
  });
});
