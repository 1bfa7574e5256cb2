import { describe, expect, it } from "vitest";
import { entryJsonLd } from "./json-ld";
import type { EntryDetail } from "./read-model";

const entry = {
  slug: "2023-03-20-mirzoyan-lavrov",
  kind: "meeting",
  title: "Ararat Mirzoyan meets Sergey Lavrov in Moscow",
  summary: "They met.",
  body: "",
  date: "2023-03-20",
  datePrecision: "day",
  dateQualifier: null,
  place: "Moscow",
  tags: [],
  originalLanguage: "en",
  translations: { ru: { title: "Арарат Мирзоян встречается с Сергеем Лавровым", summary: "Они встретились." } },
  details: { format: "bilateral", outcomes: [] },
  actors: [{ slug: "russia", name: "Russia", nameHy: "Ռուսաստան", nameRu: "Россия", kind: "state", role: "participant", titleAtTime: null }],
  sources: [],
  publishedAt: "2024-01-01T00:00:00.000Z",
  updatedAt: "2024-01-02T00:00:00.000Z",
} as unknown as EntryDetail;

describe("entryJsonLd", () => {
  it("keeps the English page as it was", () => {
    const ld = entryJsonLd(entry, "https://record.example");
    expect(ld).toMatchObject({ "@id": "https://record.example/entries/2023-03-20-mirzoyan-lavrov", name: entry.title, inLanguage: "en" });
  });

  it("names the entry and its actors in the page's language, and says which language that is", () => {
    const ru = entryJsonLd(entry, "https://record.example", "ru");
    expect(ru).toMatchObject({
      "@id": "https://record.example/entries/2023-03-20-mirzoyan-lavrov",
      url: "https://record.example/ru/entries/2023-03-20-mirzoyan-lavrov",
      name: "Арарат Мирзоян встречается с Сергеем Лавровым",
      description: "Они встретились.",
      inLanguage: "ru",
      attendee: [{ name: "Россия", url: "https://record.example/ru/actors/russia" }],
    });
    // No Armenian translation: the English title, and inLanguage says English.
    expect(entryJsonLd(entry, "https://record.example", "hy")).toMatchObject({ name: entry.title, inLanguage: "en", attendee: [{ name: "Ռուսաստան" }] });
  });
});
