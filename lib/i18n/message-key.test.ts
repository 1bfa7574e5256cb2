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

  it("format an argument that is itself a key in the same language", () => {
    const refused = messageKey("forms.badRevision", { field: "kind", problem: v("actorKind") });
    expect(englishMessage(refused)).toBe("This revision cannot be restored as it is: kind — Choose what kind of actor this is");
    expect(formatMessage("ru", refused)).toContain("Эту версию нельзя восстановить как есть: kind — ");
    expect(formatMessage("ru", refused)).not.toContain("validation.");
    // An argument that only looks like a key (a domain name) is left as it is.
    expect(englishMessage(messageKey("adminActors.list.mergedInto", { name: "example.org" }))).toBe("(merged into example.org)");
  });

  it("give the write errors' reasons in each language, English word for word as before", () => {
    expect(englishMessage(messageKey("admin.users.error.noSuchUser"))).toBe("No such user");
    expect(englishMessage(messageKey("admin.users.error.lastAdminDisable"))).toBe("The last active administrator cannot be disabled");
    expect(formatMessage("ru", messageKey("admin.users.error.noSuchUser"))).toBe("Такого пользователя нет");
    expect(englishMessage(messageKey("adminActors.error.fromGone"))).toBe("The duplicate no longer exists or was already merged");
    expect(formatMessage("hy", messageKey("adminActors.error.mergeSelf"))).toBe("Դերակատարը չի կարող միավորվել ինքն իր հետ");
    expect(englishMessage(messageKey("adminActors.result.merged", { count: 1 }))).toBe("Merged. 1 entry now links the actor you kept.");
    expect(englishMessage(messageKey("adminActors.result.merged", { count: 3 }))).toBe("Merged. 3 entries now link the actor you kept.");
    expect(formatMessage("ru", messageKey("adminActors.result.merged", { count: 5 }))).toBe("Объединено. 5 записей теперь ссылаются на оставленного участника.");
  });

  it("come back unchanged when the catalogue has no such key", () => {
    expect(englishMessage("validation.noSuchRule")).toBe("validation.noSuchRule");
  });
});
