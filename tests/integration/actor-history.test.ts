// Actors' history (issue 12, findings 7 and 8): a version per save checked in the UPDATE, a revision per write
// (create, edit, merge, restore, seed), restore, the form's id refused when malformed, and hidden actors kept
// out of every public read — on whichever engine this run uses.
import crypto from "node:crypto";
import { and, asc, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, schema } from "@/db";
import { actorSubmissionSchema, type ActorInput } from "@/lib/actors/input";
import { listActorRevisions } from "@/lib/actors/admin-queries";
import { createActor, mergeActors, restoreActorRevision, saveActorForm, updateActor } from "@/lib/actors/write";
import { getActorBySlug, listActorSlugs, listActors } from "@/lib/actors/queries";
import { getPublicActorBySlug, listPublicActors, listRecordActors } from "@/lib/api/actors";
import { getRecordFigures } from "@/lib/entries/figures";
import { entryInputSchema } from "@/lib/entries/input";
import { publishEntry, softDeleteEntry } from "@/lib/entries/lifecycle";
import { createEntry } from "@/lib/entries/write";
import { createUser } from "@/lib/users/write";

vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidateTag: () => {} }));
const apiActors = await import("@/app/api/v1/actors/route");
const apiActor = await import("@/app/api/v1/actors/[slug]/route");
const sitemap = (await import("@/app/sitemap")).default;

const RUN = `acthist${crypto.randomBytes(3).toString("hex")}`;
let alice: string;
let bruno: string;

beforeAll(async () => {
  const user = async (name: string) =>
    (await createUser({ input: { email: `${name}-${RUN}@example.org`, name, role: "editor", password: "long enough password" }, actorId: null })).id;
  alice = await user("Alice Editor");
  bruno = await user("Bruno Editor");
});

afterAll(async () => {
  await getDb().delete(schema.entries).where(like(schema.entries.title, `%${RUN}%`));
  await getDb().delete(schema.actors).where(like(schema.actors.slug, `%${RUN}%`));
});

function actor(name: string, extra: Partial<ActorInput> = {}): ActorInput {
  return {
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
    public: false,
    ...extra,
  };
}

function statementNaming(actorId: string, title: string) {
  return entryInputSchema.parse({
    kind: "statement",
    title: `${RUN} ${title}`,
    summary: "",
    body: "",
    date: "2021",
    dateQualifier: null,
    place: null,
    tags: [],
    originalLanguage: "en",
    translations: {},
    details: { form: "statement", quotes: [] },
    actors: [{ actorId, role: "speaker", titleAtTime: null }],
    sources: [{ url: "https://example.org/a", title: "A source", publisher: null, author: null, publishedOn: null, accessedOn: null, archiveUrl: null, language: null, quote: null, quoteTranslation: null, locator: null, tier: "secondary" }],
  });
}

async function row(id: string) {
  const [found] = await getDb().select().from(schema.actors).where(eq(schema.actors.id, id));
  return found!;
}

async function auditActions(id: string) {
  const lines = await getDb()
    .select({ action: schema.auditLog.action })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.targetType, "actor"), eq(schema.auditLog.targetId, id)))
    .orderBy(asc(schema.auditLog.id));
  return lines.map((l) => l.action);
}

async function actorCount() {
  const [{ n }] = (await getDb().select({ n: sql<number>`count(*)::int` }).from(schema.actors)) as [{ n: number }];
  return n;
}

describe("actor versions", () => {
  it("a save against an old version is refused with who saved and when, and writes nothing", async () => {
    const created = await createActor({ input: actor("Conflict Target"), userId: alice });
    const first = await updateActor({ id: created.id, input: actor("Conflict Target", { description: "Alice's text" }), expectedVersion: 1, userId: alice });
    expect(first).toMatchObject({ status: "saved", version: 2 });

    // Bruno opened the form at version 1 too, and saves after Alice.
    const stale = await updateActor({ id: created.id, input: actor("Conflict Target", { description: "Bruno's text" }), expectedVersion: 1, userId: bruno });
    expect(stale.status).toBe("conflict");
    if (stale.status !== "conflict") return;
    expect(stale.current.version).toBe(2);
    expect(stale.current.updatedByName).toBe("Alice Editor");
    expect(Date.now() - Date.parse(stale.current.updatedAt)).toBeLessThan(5 * 60_000);

    const after = await row(created.id);
    expect(after.description).toBe("Alice's text");
    expect(after.version).toBe(2);
    expect((await listActorRevisions({ actorId: created.id })).map((r) => r.version)).toEqual([2, 1]);

    // Saving over it explicitly (the form sends the newer version) works, and Alice's version stays in the history.
    const over = await updateActor({ id: created.id, input: actor("Conflict Target", { description: "Bruno's text" }), expectedVersion: 2, userId: bruno });
    expect(over).toMatchObject({ status: "saved", version: 3 });
    const revisions = await listActorRevisions({ actorId: created.id });
    expect(revisions.map((r) => [r.version, (r.snapshot as { description: string | null }).description])).toEqual([
      [3, "Bruno's text"],
      [2, "Alice's text"],
      [1, null],
    ]);
  });
});

describe("actor revisions", () => {
  it("every write records a revision and an audit line: create, edit, merge (both actors and the duplicate's children), restore", async () => {
    const keep = await createActor({ input: actor("Kept Person"), userId: alice, changeNote: "New from a press release" });
    const dup = await createActor({ input: actor("K. Person", { nameRu: "Кепт Персон" }), userId: alice });
    const child = await createActor({ input: actor("Office of K. Person", { kind: "organisation", parentId: dup.id }), userId: alice });
    await getDb()
      .update(schema.actors)
      .set({ positions: [{ title: "Envoy", organisation: null, from: "2019", until: null }] })
      .where(eq(schema.actors.id, dup.id));

    const [created] = await listActorRevisions({ actorId: keep.id });
    expect(created).toMatchObject({ version: 1, changeNote: "New from a press release", createdByName: "Alice Editor" });
    expect(created!.snapshot).toMatchObject({ nameEn: `Kept Person ${RUN}`, slug: keep.slug, public: false, positions: [] });

    const edited = await updateActor({ id: keep.id, input: actor("Kept Person", { aliases: ["KP"] }), expectedVersion: 1, userId: bruno, changeNote: "Alias" });
    expect(edited).toMatchObject({ status: "saved", version: 2 });

    await mergeActors({ fromId: dup.id, intoId: keep.id, userId: bruno });
    const note = `Actor “K. Person ${RUN}” merged into “Kept Person ${RUN}”`;
    const keptRevisions = await listActorRevisions({ actorId: keep.id });
    expect(keptRevisions[0]).toMatchObject({ version: 3, changeNote: note, createdByName: "Bruno Editor" });
    expect(keptRevisions[0]!.snapshot).toMatchObject({ aliases: ["KP", `K. Person ${RUN}`, "Кепт Персон"], positions: [{ title: "Envoy" }] });
    const dupRevisions = await listActorRevisions({ actorId: dup.id });
    expect(dupRevisions[0]).toMatchObject({ version: 2, changeNote: note });
    expect(dupRevisions[0]!.snapshot).toMatchObject({ mergedIntoId: keep.id });
    const childRevisions = await listActorRevisions({ actorId: child.id });
    expect(childRevisions[0]).toMatchObject({ version: 2 });
    expect(childRevisions[0]!.snapshot).toMatchObject({ parentId: keep.id });
    expect((await row(keep.id)).version).toBe(3);
    expect((await row(dup.id)).version).toBe(2);

    // Restoring version 2 brings back the kept actor as it was before the merge, as a new version 4.
    const v2 = keptRevisions.find((r) => r.version === 2)!;
    const restored = await restoreActorRevision({ id: keep.id, revisionId: v2.id, expectedVersion: 3, userId: alice });
    expect(restored).toMatchObject({ status: "saved", version: 4 });
    const now = await row(keep.id);
    expect(now.aliases).toEqual(["KP"]);
    expect(now.nameRu).toBeNull();
    expect(now.positions).toEqual([]);
    const final = await listActorRevisions({ actorId: keep.id });
    expect(final.map((r) => r.version)).toEqual([4, 3, 2, 1]);
    expect(final[0]).toMatchObject({ changeNote: "Restored version 2", createdByName: "Alice Editor" });

    expect(await auditActions(keep.id)).toEqual(["actor.create", "actor.update", "actor.merge", "actor.revision_restore"]);
    expect(await auditActions(dup.id)).toEqual(["actor.create"]);
  });

  it("restore refuses a stale version, and the merged-away duplicate cannot be restored or edited", async () => {
    const a = await createActor({ input: actor("Restore Stale"), userId: alice });
    await updateActor({ id: a.id, input: actor("Restore Stale", { description: "two" }), expectedVersion: 1, userId: alice });
    const [, v1] = await listActorRevisions({ actorId: a.id });
    const stale = await restoreActorRevision({ id: a.id, revisionId: v1!.id, expectedVersion: 1, userId: bruno });
    expect(stale.status).toBe("conflict");
    expect((await row(a.id)).description).toBe("two");

    const b = await createActor({ input: actor("Restore Into"), userId: alice });
    await mergeActors({ fromId: a.id, intoId: b.id, userId: alice });
    expect(await restoreActorRevision({ id: a.id, revisionId: v1!.id, expectedVersion: 3, userId: alice })).toEqual({ status: "not_found" });
    expect((await row(a.id)).mergedIntoId).toBe(b.id);
  });

  it("the seed record's actors start with a first revision", async () => {
    const [russia] = await getDb().select({ id: schema.actors.id }).from(schema.actors).where(eq(schema.actors.slug, "russia"));
    const revisions = await listActorRevisions({ actorId: russia!.id });
    expect(revisions.at(-1)).toMatchObject({ version: 1, changeNote: "Imported from the seed record" });
    expect(revisions.at(-1)!.snapshot).toMatchObject({ slug: "russia", nameEn: "Russia" });
  });
});

describe("the actor form's id", () => {
  const submission = (name: string, version?: number) =>
    actorSubmissionSchema.parse({ ...actor(name), ...(version ? { version } : {}), changeNote: null });

  it("a malformed id is refused and creates nothing", async () => {
    const before = await actorCount();
    for (const rawId of ["not-a-uuid", "", "../../etc/passwd", "00000000-0000-0000-0000-00000000000Z", "1 or 1=1"]) {
      expect(await saveActorForm({ rawId, submission: submission("Malformed", 1), userId: alice }), rawId).toEqual({ status: "bad_id" });
    }
    expect(await actorCount()).toBe(before);
  });

  it("an id that does not exist, or names a merged actor, edits nothing and creates nothing", async () => {
    const keep = await createActor({ input: actor("Form Keep"), userId: alice });
    const dup = await createActor({ input: actor("Form Dup"), userId: alice });
    await mergeActors({ fromId: dup.id, intoId: keep.id, userId: alice });
    const before = await actorCount();
    expect(await saveActorForm({ rawId: crypto.randomUUID(), submission: submission("Ghost", 1), userId: alice })).toEqual({ status: "not_found" });
    expect(await saveActorForm({ rawId: dup.id, submission: submission("Form Dup", 2), userId: alice })).toEqual({ status: "not_found" });
    expect(await saveActorForm({ rawId: keep.id, submission: submission("Form Keep"), userId: alice })).toEqual({ status: "no_version" });
    expect(await actorCount()).toBe(before);
    expect((await row(dup.id)).nameEn).toBe(`Form Dup ${RUN}`);
  });

  it("without an id it creates, with a good id and version it edits", async () => {
    const created = await saveActorForm({ rawId: null, submission: submission("Form New"), userId: alice });
    expect(created).toMatchObject({ status: "saved", version: 1 });
    if (created.status !== "saved") return;
    expect(await saveActorForm({ rawId: created.id, submission: submission("Form New Renamed", 1), userId: alice })).toMatchObject({ status: "saved", version: 2 });
  });
});

describe("hidden actors", () => {
  async function everyPublicRead(slug: string) {
    const api = await apiActor.GET(new Request(`http://localhost:3000/api/v1/actors/${slug}`), { params: Promise.resolve({ slug }) });
    const apiList: string[] = [];
    for (let next: string | null = "http://localhost:3000/api/v1/actors?limit=100"; next; ) {
      const page = (await (await apiActors.GET(new Request(next))).json()) as { data: { slug: string }[]; pagination: { next: string | null } };
      apiList.push(...page.data.map((a) => a.slug));
      next = page.pagination.next;
    }
    const publicList: string[] = [];
    for (let after: string | null = null; ; ) {
      const page = await listPublicActors({ after, limit: 100 });
      publicList.push(...page.items.map((a) => a.slug));
      if (!page.nextAfter) break;
      after = page.nextAfter;
    }
    return {
      directory: (await listActors()).some((a) => a.slug === slug),
      page: (await getActorBySlug({ slug })) !== null,
      slugs: (await listActorSlugs()).some((a) => a.slug === slug),
      sitemap: (await sitemap()).some((u) => u.url.endsWith(`/actors/${slug}`)),
      apiList: apiList.includes(slug),
      apiOne: api.status,
      publicOne: (await getPublicActorBySlug({ slug })) !== null,
      publicList: publicList.includes(slug),
      export: (await listRecordActors()).some((a) => a.slug === slug),
    };
  }
  const hiddenEverywhere = { directory: false, page: false, slugs: false, sitemap: false, apiList: false, apiOne: 404, publicOne: false, publicList: false, export: false };
  const shownEverywhere = { directory: true, page: true, slugs: true, sitemap: true, apiList: true, apiOne: 200, publicOne: true, publicList: true, export: true };

  it("an actor no published entry names is absent from the directory, its page, the sitemap, the API and the export", async () => {
    const figuresBefore = (await getRecordFigures()).actors;
    const hidden = await createActor({ input: actor("Hidden Until Named"), userId: alice });
    expect(await everyPublicRead(hidden.slug)).toEqual(hiddenEverywhere);
    expect((await getRecordFigures()).actors).toBe(figuresBefore);

    // A draft naming it changes nothing; publishing the draft shows it; trashing the entry hides it again.
    const draft = await createEntry({ input: statementNaming(hidden.id, "names the hidden actor"), userId: alice, status: "draft" });
    expect(await everyPublicRead(hidden.slug)).toEqual(hiddenEverywhere);
    const published = await publishEntry({ id: draft.id, expectedVersion: 1, userId: alice });
    expect(published.status).toBe("saved");
    expect(await everyPublicRead(hidden.slug)).toEqual(shownEverywhere);
    expect((await getRecordFigures()).actors).toBe(figuresBefore + 1);
    await softDeleteEntry({ id: draft.id, expectedVersion: 2, userId: alice, reason: "Removed by the test." });
    expect(await everyPublicRead(hidden.slug)).toEqual(hiddenEverywhere);
  });

  it("an editor's public mark shows it without any entry, and clearing the mark hides it", async () => {
    const marked = await createActor({ input: actor("Marked Public", { public: true }), userId: alice });
    expect(await everyPublicRead(marked.slug)).toEqual(shownEverywhere);
    await updateActor({ id: marked.id, input: actor("Marked Public", { public: false }), expectedVersion: 1, userId: alice });
    expect(await everyPublicRead(marked.slug)).toEqual(hiddenEverywhere);
  });

  it("the seed's actor that no entry names is hidden, and its child's page and API answer leave it out as parent", async () => {
    expect(await everyPublicRead("armenian-apostolic-church")).toEqual(hiddenEverywhere);
    const child = await getActorBySlug({ slug: "catholicosate-of-cilicia" });
    expect(child && "actor" in child ? [child.actor.parent, child.actor.ancestors] : null).toEqual([null, []]);
    expect((await getPublicActorBySlug({ slug: "catholicosate-of-cilicia" }))).toMatchObject({ actor: { parent: null } });
  });

  it("a merged actor's old address does not lead to a hidden actor", async () => {
    const into = await createActor({ input: actor("Hidden Target"), userId: alice });
    const from = await createActor({ input: actor("Shown Source", { public: true }), userId: alice });
    await mergeActors({ fromId: from.id, intoId: into.id, userId: alice });
    // The merge keeps the mark (the kept actor takes it), so the old address redirects to a shown actor.
    expect(await getActorBySlug({ slug: from.slug })).toEqual({ mergedInto: into.slug });
    await updateActor({ id: into.id, input: actor("Hidden Target", { public: false }), expectedVersion: 2, userId: alice });
    expect(await getActorBySlug({ slug: from.slug })).toBeNull();
    expect(await getPublicActorBySlug({ slug: from.slug })).toBeNull();
  });
});
