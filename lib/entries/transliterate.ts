// Transliteration for one search across three scripts (docs/PUBLIC-SITE.md, "Search across scripts"). Pure and
// dependency-free: the same tables are written into SQL by migration 0009 (record_latin, record_name_key,
// record_search_keys), and tests/integration/cross-script-search.test.ts checks that both give the same keys.
//
// Two steps:
// 1. `toLatin`: Armenian and Cyrillic letters to Latin, BGN/PCGN-style without diacritics or apostrophes
//    (Степанакерт → Stepanakert, Ստեփանակերտ → Stepanakert, Лавров → Lavrov, Хачатурян → Khachaturyan). This is
//    the spelling English sources use, so a query in either script also finds English text.
// 2. `nameKey`: a looser key of any Latin spelling, so that BGN/PCGN and what a Russian typist writes meet:
//    lower case, Latin diacritics dropped, "kh" → "h", "j" and "y" → "i", "tz" → "ts", "w" → "v", a word-initial
//    "ye" → "e", doubled letters once, anything but a-z and 0-9 a space. Khachaturyan, Khachaturian,
//    Hachaturjan and Хачатурян all key to "hachaturian"; Sergey and Sergei to "sergei"; Yerevan, Ереван and
//    Երևան to "erevan".

/** Cyrillic (Russian, with the Ukrainian and Belarusian extra letters) to Latin, lower case; upper case derived. */
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "yi", є: "ye", ґ: "g", ў: "u",
};

/**
 * Armenian to Latin (BGN/PCGN 1981 without its apostrophes: aspirates and plain stops fall together, as in
 * the usual English spellings: Ստեփանակերտ → Stepanakert, Քոչարյան → Kocharyan). "ու" is "u" and "և" "ev";
 * upper case derived. ե and ո are "e" and "o" everywhere (BGN writes "ye", "vo" word-initially; the key treats
 * "ye" and "e" alike).
 */
const ARMENIAN: Record<string, string> = {
  ա: "a", բ: "b", գ: "g", դ: "d", ե: "e", զ: "z", է: "e", ը: "y", թ: "t", ժ: "zh", ի: "i", լ: "l", խ: "kh",
  ծ: "ts", կ: "k", հ: "h", ձ: "dz", ղ: "gh", ճ: "ch", մ: "m", յ: "y", ն: "n", շ: "sh", ո: "o", չ: "ch", պ: "p",
  ջ: "j", ռ: "r", ս: "s", վ: "v", տ: "t", ր: "r", ց: "ts", ւ: "v", փ: "p", ք: "k", օ: "o", ֆ: "f", և: "ev",
};

/** Sequences read before single letters. */
const DIGRAPHS: Record<string, string> = { ու: "u", Ու: "u", ՈՒ: "u" };

/** Latin letters with diacritics that names in the record use (Azerbaijani, Turkish, Czech, Polish, French…). */
const DIACRITICS: Record<string, string> = {
  á: "a", à: "a", â: "a", ä: "a", ã: "a", å: "a", ā: "a", ă: "a", ą: "a", ç: "c", ć: "c", č: "c", ď: "d",
  é: "e", è: "e", ê: "e", ë: "e", ē: "e", ė: "e", ę: "e", ě: "e", ə: "e", ğ: "g", í: "i", ì: "i", î: "i",
  ï: "i", ī: "i", į: "i", ı: "i", ł: "l", ñ: "n", ń: "n", ň: "n", ó: "o", ò: "o", ô: "o", ö: "o", õ: "o",
  ø: "o", ō: "o", ő: "o", ř: "r", ś: "s", š: "s", ş: "s", ș: "s", ť: "t", ț: "t", ú: "u", ù: "u", û: "u",
  ü: "u", ū: "u", ů: "u", ű: "u", ų: "u", ý: "y", ÿ: "y", ź: "z", ż: "z", ž: "z", ß: "ss", İ: "i",
};

function withUpperCase(table: Record<string, string>): Record<string, string> {
  const all: Record<string, string> = {};
  for (const [from, to] of Object.entries(table)) {
    all[from] = to;
    const upper = from.toUpperCase();
    // ß and ı have no single-letter upper case of their own; the dotless ı's upper case is plain I.
    if (upper !== from && [...upper].length === 1 && !/[A-Z]/.test(upper)) all[upper] = to;
  }
  return all;
}

/** Every single letter `toLatin` replaces, upper case included (the SQL functions are written from this). */
export const LATIN_LETTERS: Readonly<Record<string, string>> = withUpperCase({ ...CYRILLIC, ...ARMENIAN });
/** The two-letter sequences read first. */
export const LATIN_DIGRAPHS: Readonly<Record<string, string>> = DIGRAPHS;
/** Latin letters with diacritics and their plain forms, upper case included. */
export const PLAIN_LETTERS: Readonly<Record<string, string>> = withUpperCase(DIACRITICS);

const DIGRAPH_PATTERN = new RegExp(Object.keys(DIGRAPHS).join("|"), "gu");

/** Armenian and Cyrillic letters in Latin (lower case); everything else as it was. */
export function toLatin(text: string): string {
  return [...text.replace(DIGRAPH_PATTERN, (d) => DIGRAPHS[d]!)].map((ch) => LATIN_LETTERS[ch] ?? ch).join("");
}

/** Whether the text has an Armenian or Cyrillic letter (and so a Latin reading worth searching for). */
export function hasNonLatinLetters(text: string): boolean {
  return /[\p{Script=Armenian}\p{Script=Cyrillic}]/u.test(text);
}

/** The loose Latin key of a name or word in any of the three scripts (see the header). Words separated by one space. */
export function nameKey(text: string): string {
  // ASCII lower case only, as SQL's translate() does (lower() would follow the database's locale).
  let s = toLatin(text).replace(/[A-Z]/g, (c) => c.toLowerCase());
  s = [...s].map((ch) => PLAIN_LETTERS[ch] ?? ch).join("");
  s = s.replace(/kh/g, "h").replace(/tz/g, "ts").replace(/w/g, "v");
  s = s.replace(/(^|[^a-z0-9])ye/g, "$1e");
  s = s.replace(/[jy]/g, "i");
  s = s.replace(/([a-z])\1+/g, "$1");
  return s.replace(/[^a-z0-9]+/g, " ").trim();
}

/** Marks the key lexemes of Armenian and Cyrillic words in the `search` column (matched by prefix). */
export const KEY_MARK = "xq";
/** Marks the key lexemes of Latin words (matched whole): no English word begins with either mark. */
export const LATIN_KEY_MARK = "xl";

const NON_LATIN_RUN = /[\u0400-\u058f]+/gu;

/**
 * The key lexemes of a text as the `search` column holds them (SQL `record_search_keys`): the key of every
 * Armenian and Cyrillic word (the Cyrillic, Cyrillic Supplement and Armenian blocks, U+0400–U+058F) marked with
 * KEY_MARK, and the key of every other word marked with LATIN_KEY_MARK.
 */
export function searchKeys(text: string): string[] {
  const nonLatin = (text.match(NON_LATIN_RUN) ?? []).join(" ");
  const latin = text.replace(NON_LATIN_RUN, " ");
  const mark = (key: string, m: string) => key.split(" ").filter(Boolean).map((k) => m + k);
  return [...mark(nameKey(nonLatin), KEY_MARK), ...mark(nameKey(latin), LATIN_KEY_MARK)];
}
