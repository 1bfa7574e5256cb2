import { describe, expect, it } from "vitest";
import { formatEntryCitation } from "./cite-text";

describe("formatEntryCitation", () => {
  const base = {
    title: "Ararat Mirzoyan meets Sergey Lavrov in Moscow",
    kind: "meeting" as const,
    date: "2023-03-20",
    datePrecision: "day" as const,
    dateQualifier: null,
    updatedAt: "2025-05-02T10:11:12.000Z",
    url: "https://record.example/entries/2023-03-20-ararat-mirzoyan-meets-sergey-lavrov-in-moscow",
    accessed: new Date("2025-06-01T23:30:00Z"),
  };

  it("cites the entry with its date at its precision, last update and access date", () => {
    expect(formatEntryCitation(base)).toBe(
      "Artsakh Foreign Relations Record. “Ararat Mirzoyan meets Sergey Lavrov in Moscow.” Meeting, 20 March 2023. " +
        "Last updated 2 May 2025. https://record.example/entries/2023-03-20-ararat-mirzoyan-meets-sergey-lavrov-in-moscow " +
        "(accessed 1 June 2025).",
    );
  });

  it("keeps a month or a qualified year as the source gives it, and a title's own full stop", () => {
    const text = formatEntryCitation({ ...base, title: "Who recognised what?", kind: "statement", date: "2019-01-01", datePrecision: "year", dateQualifier: "circa" });
    expect(text).toContain("“Who recognised what?” Statement, c. 2019.");
  });
});

describe("the citation on the Armenian and Russian pages", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/catalogue");
  const { labelsFor } = await import("@/lib/i18n/labels-server");
  const { citationWords, entryCitationParts } = await import("./cite-text");
  const words = (locale: "hy" | "ru") =>
    citationWords(
      locale,
      createTranslator({ locale, messages: loadMessages(locale), namespace: "entries.cite" }) as unknown as (k: string, v?: Record<string, string>) => string,
      labelsFor(locale).kind,
    );
  const base = {
    title: "Арарат Мирзоян встречается с Сергеем Лавровым в Москве",
    titleLanguage: "ru" as const,
    kind: "meeting" as const,
    date: "2023-03-20",
    datePrecision: "day" as const,
    dateQualifier: null,
    updatedAt: "2025-05-02T10:11:12.000Z",
    url: "https://record.example/ru/entries/x",
    accessed: new Date("2025-06-01T23:30:00Z"),
  };

  it("writes its words and dates in the page's language, the record's name in English", () => {
    const parts = entryCitationParts(base, words("ru"));
    expect(parts[0]).toEqual({ text: "Artsakh Foreign Relations Record.", lang: "en" });
    const text = parts.map((p) => p.text).join(" ");
    expect(text).toContain("«Арарат Мирзоян встречается с Сергеем Лавровым в Москве».");
    expect(text).toContain("20 марта 2023 г.");
    expect(text).toContain("Обновлено 2 мая 2025 г.");
    expect(text).toContain("(дата обращения: 1 июня 2025 г.)");
    expect(text).not.toMatch(/Meeting|Last updated|accessed/);
  });

  it("marks an untranslated title as English", () => {
    const parts = entryCitationParts({ ...base, title: "Ararat Mirzoyan meets Sergey Lavrov in Moscow", titleLanguage: "en" }, words("hy"));
    expect(parts[1]).toEqual({ text: "«Ararat Mirzoyan meets Sergey Lavrov in Moscow»։", lang: "en" });
    expect(parts.slice(2).every((p) => p.lang === "hy")).toBe(true);
    expect(parts.map((p) => p.text).join(" ")).not.toMatch(/Last updated|accessed/);
  });
});
