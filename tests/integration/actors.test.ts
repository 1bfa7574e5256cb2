// Creating, editing and merging actors, on whichever engine this run uses.
import crypto from "node:crypto";
import { eq, like } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import { actorInputSchema, type ActorInput } from "@/lib/actors/input";
import { getActorForEdit, searchActors } from "@/lib/actors/admin-queries";
import { ActorWriteError, createActor, mergeActors, updateActor } from "@/lib/actors/write";
import { listRevisions } from "@/lib/entries/admin-queries";
import { entryInputSchema } from "@/lib/entries/input";
import { restoreRevision } from "@/lib/entries/restore-revision";
import { createEntry, updateEntry } from "@/lib/entries/write";

const RUN = `actors${crypto.randomBytes(3).toString("hex")}`;

afterAll(async () => {
  await getDb().delete(schema.entries).where(like(schema.entries.slug, `%${RUN}%`));
  await getDb().delete(schema.actors).where(like(schema.actors.slug, `%${RUN}%`));
});

function actor(name: string, extra: Partial<ActorInput> = {}): ActorInput {
  return actorInputSchema.parse({
    kind: "person",
    nameEn: `${name} ${RUN}`,
    nameHy: null,
    nameRu: null,
    aliases: [],
    countryCode: "AM",
    parentId: null,
    wikidataId: null,
    existedFrom: null,
    existedUntil: null,
    description: null,
    ...extra,
  });
}

function entryWith(actorIds: string[], title: string) {
  return entryInputSchema.parse({
    kind: "statement",
    title: `${RUN} ${title}`,
    summary: "",
    body: "",
    date: "2020",
    dateQualifier: null,
    place: null,
    tags: [],
    originalLanguage: "en",
    translations: {},
    details: { form: "statement", quotes: [] },
    actors: actorIds.map((actorId) => ({ actorId, role: "speaker", titleAtTime: null })),
    sources: [],
  });
}

describe("actors", () => {
  it("are created with a unique slug, found by name, alias and Armenian name, and edited", async () => {
    const a = await createActor({ input: actor("Ararat Mirzoyan", { aliases: ["A. Mirzoyan"], nameHy: "Արարատ Միրզոյան" }), userId: null });
    const b = await createActor({ input: actor("Ararat Mirzoyan"), userId: null });
    expect(b.slug).toBe(`${a.slug}-2`);
    expect((await searchActors({ q: RUN })).map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect((await searchActors({ q: "Արարատ" })).map((r) => r.id)).toContain(a.id);
    const updated = await updateActor({ id: a.id, input: actor("Ararat Mirzoyan", { description: "Foreign Minister" }), expectedVersion: 1, userId: null });
    expect(updated).toMatchObject({ status: "saved", slug: a.slug, version: 2 });
    expect((await getActorForEdit({ id: a.id }))?.description).toBe("Foreign Minister");
  });

  it("refuse a parent that would make a cycle", async () => {
    const parent = await createActor({ input: actor("Parent"), userId: null });
    const child = await createActor({ input: actor("Child", { parentId: parent.id }), userId: null });
    await expect(updateActor({ id: parent.id, input: actor("Parent", { parentId: child.id }), expectedVersion: 1, userId: null })).rejects.toBeInstanceOf(ActorWriteError);
  });

  it("merge: links move, the duplicate's names become aliases, entries get a revision, old revisions restore onto the kept actor", async () => {
    const keep = await createActor({ input: actor("Sergey Lavrov"), userId: null });
    const dup = await createActor({ input: actor("S. Lavrov", { nameRu: "Сергей Лавров", wikidataId: "Q184789" }), userId: null });
    const other = await createActor({ input: actor("Someone else"), userId: null });
    const both = await createEntry({ input: entryWith([keep.id, dup.id], "both"), userId: null, status: "draft" });
    const onlyDup = await createEntry({ input: entryWith([dup.id, other.id], "dup only"), userId: null, status: "draft" });
    // A later edit drops the duplicate; restoring version 1 must bring back the kept actor, not the merged one.
    await updateEntry({ id: onlyDup.id, input: entryWith([other.id], "dup only"), expectedVersion: 1, userId: null });

    const result = await mergeActors({ fromId: dup.id, intoId: keep.id, userId: null });
    expect(result.movedEntries).toBe(1);

    const links = await getDb().select().from(schema.entryActors).where(eq(schema.entryActors.entryId, both.id));
    expect(links.map((l) => l.actorId)).toEqual([keep.id]);
    const kept = await getActorForEdit({ id: keep.id });
    expect(kept?.aliases).toEqual(expect.arrayContaining([dup.name, "Сергей Лавров"]));
    expect(kept?.wikidataId).toBe("Q184789");
    expect(kept?.nameRu).toBe("Сергей Лавров");
    const [merged] = await getDb().select().from(schema.actors).where(eq(schema.actors.id, dup.id));
    expect(merged?.mergedIntoId).toBe(keep.id);
    expect((await searchActors({ q: "S. Lavrov" })).map((r) => r.id)).not.toContain(dup.id);

    const revisions = await listRevisions({ entryId: both.id });
    expect(revisions[0]?.changeNote).toBe(`Actor “${dup.name}” merged into “${keep.name}”`);

    const first = (await listRevisions({ entryId: onlyDup.id })).at(-1)!;
    await restoreRevision({ id: onlyDup.id, revisionId: first.id, expectedVersion: 2, userId: null });
    const restored = await getDb().select().from(schema.entryActors).where(eq(schema.entryActors.entryId, onlyDup.id));
    expect(restored.map((l) => l.actorId).sort()).toEqual([keep.id, other.id].sort());

    await expect(mergeActors({ fromId: dup.id, intoId: keep.id, userId: null })).rejects.toThrow(/already merged/);
    // The reason travels as a catalogue key for the editor's language; the Error's message is its English.
    await expect(mergeActors({ fromId: dup.id, intoId: keep.id, userId: null })).rejects.toMatchObject({ field: "fromId", key: "adminActors.error.fromGone" });
    // The duplicate is merged away: an edit of it writes nothing (and creates nothing).
    expect(await updateActor({ id: dup.id, input: actor("S. Lavrov"), expectedVersion: 2, userId: null })).toEqual({ status: "not_found" });
  });
});
