import { describe, expect, it } from "vitest";
import { languageAlternates, localizedPath, routeLocale, unprefixedPath } from "./paths";

describe("routeLocale", () => {
  it("serves English pages from the localised tree at their unprefixed addresses", () => {
    expect(routeLocale("/")).toEqual({ action: "rewrite", to: "/en", locale: "en" });
    expect(routeLocale("/entries/some-entry")).toEqual({ action: "rewrite", to: "/en/entries/some-entry", locale: "en" });
    expect(routeLocale("/recognition/maps/world.svg")).toEqual({ action: "rewrite", to: "/en/recognition/maps/world.svg", locale: "en" });
  });

  it("serves Armenian and Russian pages as they are, and their feeds from the root route handlers", () => {
    expect(routeLocale("/hy")).toEqual({ action: "next", locale: "hy" });
    expect(routeLocale("/ru/entries")).toEqual({ action: "next", locale: "ru" });
    expect(routeLocale("/hy/feed.xml")).toEqual({ action: "rewrite", to: "/feed.xml", locale: "hy" });
    expect(routeLocale("/feed.atom")).toEqual({ action: "next", locale: "en" });
  });

  it("leaves data, files and the editorial system alone, and sends /en/… to the English address", () => {
    for (const path of ["/api/v1/entries", "/export/record.json", "/admin/entries", "/login", "/sitemap.xml", "/healthz"]) {
      expect(routeLocale(path), path).toEqual({ action: "next", locale: null });
    }
    expect(routeLocale("/en/entries")).toEqual({ action: "redirect", to: "/entries" });
    expect(routeLocale("/en")).toEqual({ action: "redirect", to: "/" });
  });
});

describe("paths in another language", () => {
  it("prefixes and unprefixes", () => {
    expect(localizedPath("hy", "/")).toBe("/hy");
    expect(localizedPath("ru", "/entries?kind=meeting")).toBe("/ru/entries?kind=meeting");
    expect(localizedPath("en", "/entries")).toBe("/entries");
    expect(localizedPath("ru", "https://example.org/")).toBe("https://example.org/");
    expect(unprefixedPath("/hy/entries/x")).toBe("/entries/x");
    expect(unprefixedPath("/ru")).toBe("/");
    expect(unprefixedPath("/en/actors")).toBe("/actors");
    expect(unprefixedPath("/entries")).toBe("/entries");
  });

  it("lists every language and x-default", () => {
    expect(languageAlternates("/recognition?level=national")).toEqual({
      en: "/recognition?level=national",
      hy: "/hy/recognition?level=national",
      ru: "/ru/recognition?level=national",
      "x-default": "/recognition?level=national",
    });
  });
});
