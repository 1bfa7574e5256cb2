// Every code of every enumeration has its label in every language, and the catalogue has no label for a code
// that does not exist.
import { describe, expect, it } from "vitest";
import { loadMessages, type Messages } from "./catalogue";
import { LABEL_GROUPS } from "./labels";
import { labelsFor } from "./labels-server";
import { LOCALES } from "./locales";

describe("labels", () => {
  for (const locale of LOCALES) {
    it(`${locale}: one label per code, no more`, () => {
      const catalogue = loadMessages(locale).labels as Messages;
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(LABEL_GROUPS).sort());
      for (const [group, codes] of Object.entries(LABEL_GROUPS)) {
        expect(Object.keys(catalogue[group] as Messages).sort(), group).toEqual([...codes].sort());
      }
    });
  }

  it("reads them through the translator, in the language asked for", () => {
    expect(labelsFor("en").action.calls_for_recognition).toBe("Calls for recognition");
    expect(labelsFor("ru").action.calls_for_recognition).toBe("Призывает к признанию");
    expect(labelsFor("hy").kind.meeting).toBe("Հանդիպում");
  });
});
