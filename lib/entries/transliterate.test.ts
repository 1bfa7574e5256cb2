import { describe, expect, it } from "vitest";
import { crossScriptKeyQuery } from "./search-text";
import { KEY_MARK, LATIN_KEY_MARK, hasNonLatinLetters, nameKey, searchKeys, toLatin } from "./transliterate";

describe("toLatin", () => {
  it("writes Russian names as English sources do (BGN/PCGN without apostrophes)", () => {
    expect(toLatin("Степанакерт")).toBe("stepanakert");
    expect(toLatin("Лавров")).toBe("lavrov");
    expect(toLatin("Хачатурян")).toBe("khachaturyan");
    expect(toLatin("Щукин и Жуков")).toBe("shchukin i zhukov");
    expect(toLatin("Приднестровье")).toBe("pridnestrove");
  });

  it("writes Armenian names as English sources do, with ու as u and և as ev", () => {
    expect(toLatin("Ստեփանակերտ")).toBe("stepanakert");
    expect(toLatin("Սերգեյ Լավրով")).toBe("sergey lavrov");
    expect(toLatin("Երևան")).toBe("erevan");
    expect(toLatin("Շուշի")).toBe("shushi");
    expect(toLatin("ՇՈՒՇԻ")).toBe("shushi");
  });

  it("leaves Latin text, digits and punctuation as they were", () => {
    expect(toLatin("Lachin corridor, 2023!")).toBe("Lachin corridor, 2023!");
  });
});

describe("nameKey", () => {
  it("gives one key to a name in the three scripts", () => {
    expect(nameKey("Stepanakert")).toBe("stepanakert");
    expect(nameKey("Степанакерт")).toBe("stepanakert");
    expect(nameKey("Ստեփանակերտ")).toBe("stepanakert");
    expect(nameKey("Lavrov")).toBe(nameKey("Лавров"));
    expect(nameKey("Yerevan")).toBe(nameKey("Ереван"));
    expect(nameKey("Ереван")).toBe(nameKey("Երևան"));
  });

  it("lets BGN/PCGN spellings and what a Russian typist writes meet", () => {
    const key = nameKey("Хачатурян");
    expect(key).toBe("hachaturian");
    for (const spelling of ["Khachaturyan", "Khachaturian", "Hachaturjan", "KHACHATURYAN"]) expect(nameKey(spelling)).toBe(key);
    expect(nameKey("Sergei Lavrov")).toBe(nameKey("Сергей Лавров"));
    expect(nameKey("Sergej Lawrow")).toBe(nameKey("Sergey Lavrov"));
    expect(nameKey("Petrossian")).toBe(nameKey("Петросян"));
  });

  it("drops diacritics and everything that is not a letter or a digit", () => {
    expect(nameKey("Xankəndi")).toBe("xankendi");
    expect(nameKey("  Ter-Petrosyan, 1998 ")).toBe("ter petrosian 1998");
    expect(nameKey("«Ղարաբաղ»")).toBe("gharabagh");
    expect(nameKey("")).toBe("");
  });
});

describe("searchKeys", () => {
  it("marks the keys of Armenian and Cyrillic words and of Latin words apart", () => {
    expect(searchKeys("Встреча в Степанакерте — Stepanakert")).toEqual([
      `${KEY_MARK}vstrecha`,
      `${KEY_MARK}v`,
      `${KEY_MARK}stepanakerte`,
      `${LATIN_KEY_MARK}stepanakert`,
    ]);
    expect(searchKeys("Ստեփանակերտում")).toEqual([`${KEY_MARK}stepanakertum`]);
  });
});

describe("crossScriptKeyQuery", () => {
  it("is the same for a name in the three scripts", () => {
    const latin = crossScriptKeyQuery("Stepanakert");
    expect(latin).toBe(`(${KEY_MARK}stepanake:* | ${LATIN_KEY_MARK}stepanakert)`);
    expect(crossScriptKeyQuery("Степанакерт")).toBe(latin);
    expect(crossScriptKeyQuery("Ստեփանակերտ")).toBe(latin);
    expect(crossScriptKeyQuery("Лавров")).toBe(crossScriptKeyQuery("Lavrov"));
  });

  it("requires every word and leaves queries with search operators to websearch", () => {
    expect(crossScriptKeyQuery("Лачинский коридор")).toBe(`(${KEY_MARK}lachins:* | ${LATIN_KEY_MARK}lachinski) & (${KEY_MARK}korid:* | ${LATIN_KEY_MARK}koridor)`);
    expect(crossScriptKeyQuery('"peace process"')).toBeNull();
    expect(crossScriptKeyQuery("blockade -Lachin")).toBeNull();
    expect(crossScriptKeyQuery("Lachin or Shushi")).toBeNull();
    expect(crossScriptKeyQuery(" ,;")).toBeNull();
  });
});

describe("hasNonLatinLetters", () => {
  it("tells Armenian and Cyrillic from Latin", () => {
    expect(hasNonLatinLetters("Stepanakert")).toBe(false);
    expect(hasNonLatinLetters("Степанакерт")).toBe(true);
    expect(hasNonLatinLetters("Ստեփանակերտ")).toBe(true);
  });
});
