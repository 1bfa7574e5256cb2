// The revision diffs' words: the English constants in lib/ are the English catalogue's, key for key and word for
// word (the history pages pass the catalogue's words in; the English diff text must not change), and a diff
// built with another language's words is in that language.
import { describe, expect, it } from "vitest";
import { ACTOR_DIFF_LABELS, actorSnapshotText, type ActorDiffLabels } from "@/lib/actors/diff";
import { ENTRY_DIFF_LABELS, snapshotText, type EntryDiffLabels } from "@/lib/entries/diff";
import { loadMessages, type Messages } from "./catalogue";

const section = (locale: "en" | "hy" | "ru", ...path: string[]) =>
  path.reduce<Messages>((node, part) => node[part] as Messages, loadMessages(locale)) as Record<string, string>;

describe("the words of revision diffs", () => {
  it("are the English catalogue's, key for key", () => {
    expect(section("en", "admin", "history", "fields")).toEqual(ENTRY_DIFF_LABELS);
    expect(section("en", "adminActors", "diff")).toEqual(ACTOR_DIFF_LABELS);
  });

  it("write an entry's diff text in the language given", () => {
    const snapshot = { title: "Meeting", kind: "meeting", status: "draft", deleted: true, date: "2020-01-01", summary: "S", body: "B", details: { vote: { for: 5, against: 1 } } };
    const english = snapshotText(snapshot);
    expect(english).toContain("Title: Meeting\n");
    expect(english).toContain("Status: draft (in the trash)\n");
    expect(english).toContain("Vote: 5 for, 1 against\n");
    const russian = snapshotText(snapshot, {}, section("ru", "admin", "history", "fields") as EntryDiffLabels);
    expect(russian).toContain("Заголовок: Meeting\n");
    expect(russian).toContain("Состояние: draft (в корзине)\n");
    expect(russian).toContain("Голосование: 5 за, 1 против\n");
    expect(russian).not.toMatch(/Title|Status|Vote|Summary|Body/);
  });

  it("write an actor's diff text in the language given", () => {
    const snapshot = { nameEn: "Uruguay", kind: "state", slug: "uruguay", aliases: ["ROU"], public: true };
    expect(actorSnapshotText(snapshot)).toBe(
      "Name: Uruguay\nKind: state\nSlug: uruguay\nAlias: ROU\nPublic: yes, listed even when no published entry names it\n",
    );
    const armenian = actorSnapshotText(snapshot, {}, section("hy", "adminActors", "diff") as ActorDiffLabels);
    expect(armenian).toContain("Անվանում: Uruguay\n");
    expect(armenian).toContain("Այլ անվանում: ROU\n");
    expect(armenian).not.toMatch(/Name|Alias|Public/);
  });
});
