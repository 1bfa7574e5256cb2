import { describe, expect, it } from "vitest";
import { formatMessage, englishMessage } from "./english";
import { decodeMessage, messageKey, v } from "./message-key";

describe("messages as keys", () => {
  it("encode a key with its arguments, numbers kept as numbers", () => {
    const encoded = v("tooLong", { max: 300 });
    expect(encoded).toBe("validation.tooLong?%23max=300");
    expect(decodeMessage(encoded)).toEqual({ key: "validation.tooLong", args: { max: 300 } });
    expect(decodeMessage(messageKey("forms.entryConflict", { who: "Ada & Eve?", version: 3 }))).toEqual({
      key: "forms.entryConflict",
      args: { who: "Ada & Eve?", version: 3 },
    });
  });

  it("leave text that is not a key alone", () => {
    expect(decodeMessage("Give the entry a title")).toBeNull();
    expect(decodeMessage("e.g. this")).toBeNull();
    expect(englishMessage("Some text. From elsewhere?")).toBe("Some text. From elsewhere?");
    expect(() => messageKey("not a key")).toThrow();
  });

  it("format in each language, with its plurals and numbers", () => {
    expect(englishMessage(v("tooLong", { max: 2000 }))).toBe("At most 2,000 characters");
    expect(formatMessage("ru", v("tooLong", { max: 300 }))).toBe("Не более 300 символов");
    expect(formatMessage("ru", messageKey("auth.error.tooMany", { minutes: 2 }))).toBe("Слишком много попыток входа. Повторите через 2 минуты.");
    expect(formatMessage("ru", messageKey("auth.error.tooMany", { minutes: 5 }))).toBe("Слишком много попыток входа. Повторите через 5 минут.");
    expect(formatMessage("hy", v("entryTitle"))).toBe("Նշեք գրառման վերնագիրը");
  });

  it("come back unchanged when the catalogue has no such key", () => {
    expect(englishMessage("validation.noSuchRule")).toBe("validation.noSuchRule");
  });
});
