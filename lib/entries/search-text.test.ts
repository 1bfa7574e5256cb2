import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, inflectedPrefixQuery, scriptLanguage, splitHighlights } from "./search-text";

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
