// The catalogues are complete: every key of the English catalogue exists in every language, parses as ICU
// MessageFormat, uses the same arguments, has every plural form the language needs, and is translated.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { flatten, loadMessages, namespaces } from "./catalogue";
import { LOCALES, LOCALE_TAG } from "./locales";

/** Messages that are the same words in every language (names of formats and standards). */
const SAME_IN_EVERY_LANGUAGE = new Set(["RSS", "Atom", "JSON", "JSON Feed", "CSV", "API", "BibTeX", "CSL-JSON", "OpenAPI", "Wikidata", "WARC", "ZIP"]);

type Shape = { args: Set<string>; plurals: { name: string; categories: string[] }[] };

function shape(elements: MessageFormatElement[], into: Shape = { args: new Set(), plurals: [] }): Shape {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      into.args.add(`<${el.value}>`);
      shape(el.children, into);
      continue;
    }
    into.args.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (el.type === TYPE.plural && el.pluralType === "cardinal") {
        into.plurals.push({ name: el.value, categories: Object.keys(el.options).filter((k) => !k.startsWith("=")) });
      }
      for (const option of Object.values(el.options)) shape(option.value, into);
    }
  }
  return into;
}

const english = flatten(loadMessages("en"));

describe("message catalogues", () => {
  it("has the English catalogue", () => {
    expect(english.size).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    const messages = flatten(loadMessages(locale));
    const needed = new Intl.PluralRules(LOCALE_TAG[locale]).resolvedOptions().pluralCategories;

    describe(locale, () => {
      it("has the same namespaces as English", () => {
        expect(namespaces(locale)).toEqual(namespaces("en"));
      });

      it("has every English key and no other", () => {
        const missing = [...english.keys()].filter((k) => !messages.has(k));
        const extra = [...messages.keys()].filter((k) => !english.has(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it("parses every message, with the English arguments and this language's plural forms", () => {
        const problems: string[] = [];
        for (const [key, message] of messages) {
          if (!message.trim()) {
            problems.push(`${key}: empty`);
            continue;
          }
          let own: Shape;
          try {
            own = shape(parse(message));
          } catch (error) {
            problems.push(`${key}: does not parse (${(error as Error).message})`);
            continue;
          }
          const source = english.get(key);
          if (source === undefined) continue;
          const theirs = shape(parse(source));
          const args = (s: Shape) => [...s.args].sort().join(",");
          if (args(own) !== args(theirs)) problems.push(`${key}: arguments ${args(own)} instead of ${args(theirs)}`);
          for (const plural of own.plurals) {
            const lacking = needed.filter((c) => c !== "other" || !plural.categories.includes("other")).filter((c) => !plural.categories.includes(c));
            if (lacking.length) problems.push(`${key}: plural {${plural.name}} lacks ${lacking.join(", ")}`);
          }
        }
        expect(problems).toEqual([]);
      });

      if (locale !== "en") {
        it("translates every message", () => {
          const untranslated = [...messages].filter(
            ([key, message]) => message === english.get(key) && /\p{L}/u.test(message) && !SAME_IN_EVERY_LANGUAGE.has(message),
          );
          expect(untranslated.map(([key]) => key)).toEqual([]);
        });
      }
    });
  }
});
