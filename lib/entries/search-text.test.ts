import { describe, expect, it } from "vitest";
import {
  HIGHLIGHT_START as S,
  HIGHLIGHT_STOP as E,
  inflectedPrefixQuery,
  scriptLanguage,
  splitHighlights,
  splitHyphenatedWords,
} from "./search-text";

describe("splitHyphenatedWords", () => {
  it("searches a hyphenated word as its spaced parts, in any script", () => {
    expect(splitHyphenatedWords("peace-process")).toBe("peace process");
    expect(splitHyphenatedWords("acc-keep Ter-Petrosyan")).toBe("acc keep Ter Petrosyan");
    expect(splitHyphenatedWords("Լաչին-Ստեփանակերտ Нагорно--Карабах")).toBe("Լաչին Ստեփանակերտ Нагорно Карабах");
  });

  it("keeps websearch's leading minus (not) and quoted phrases", () => {
    expect(splitHyphenatedWords("peace -process")).toBe("peace -process");
    expect(splitHyphenatedWords('"peace-process" -war')).toBe('"peace process" -war');
    expect(splitHyphenatedWords("-")).toBe("-");
  });
});

describe("inflectedPrefixQuery", () => {
  it("leaves Latin-only queries to websearch", () => {
    expect(inflectedPrefixQuery("Lachin corridor")).toBeNull();
  });

  it("matches Russian and Armenian words by a prefix", () => {
    expect(inflectedPrefixQuery("Лачинского коридора")).toBe("лачинско:* & коридо:*");
    expect(inflectedPrefixQuery("Արցախ")).toBe("արցախ:*");
    expect(inflectedPrefixQuery("Լաչինի միջանցքի")).toBe("լաչին:* & միջանց:*");
  });

  it("keeps Latin words whole beside Cyrillic ones and drops punctuation", () => {
    expect(inflectedPrefixQuery("OSCE: Минская группа!")).toBe("osce & минск:* & групп:*");
  });

  it("steps aside for operators and never lets syntax through", () => {
    expect(inflectedPrefixQuery('"Минская группа"')).toBeNull();
    expect(inflectedPrefixQuery("Арцах -Абхазия")).toBeNull();
    expect(inflectedPrefixQuery("Арцах or Абхазия")).toBeNull();
    expect(inflectedPrefixQuery("Арцах & | ! : * '")).toBe("арцах:*");
  });

  it("splits a hyphenated word into its parts rather than gluing them", () => {
    expect(inflectedPrefixQuery("Нагорно-Карабахский")).toBe("нагор:* & карабахск:*");
  });
});

describe("splitHighlights", () => {
  it("turns marks into segments", () => {
    expect(splitHighlights(`The ${S}Lachin${E} corridor and ${S}Լաչինի${E}`)).toEqual([
      { text: "The ", match: false },
      { text: "Lachin", match: true },
      { text: " corridor and ", match: false },
      { text: "Լաչինի", match: true },
    ]);
  });

  it("keeps markup as text and survives an unclosed mark", () => {
    expect(splitHighlights(`<b>x</b> ${S}open`)).toEqual([
      { text: "<b>x</b> ", match: false },
      { text: "open", match: true },
    ]);
    expect(splitHighlights("plain")).toEqual([{ text: "plain", match: false }]);
  });
});

describe("scriptLanguage", () => {
  it("tells Armenian, Russian and the rest apart", () => {
    expect(scriptLanguage("Արցախի Հանրապետություն")).toBe("hy");
    expect(scriptLanguage("Республика Арцах")).toBe("ru");
    expect(scriptLanguage("Republic of Artsakh (Արցախ)")).toBeUndefined();
  });
});
