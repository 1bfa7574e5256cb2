// Saving, publishing, conflicts, idempotency, trash and revisions of entries, on whichever engine this run uses.
import crypto from "node:crypto";
import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, schema } from "@/db";
import { listAdminEntries, listRevisions } from "@/lib/entries/admin-queries";
import { entryInputSchema, type EntryInput } from "@/lib/entries/input";
import { getPublishedEntryBySlug } from "@/lib/entries/queries";
import { publishEntry, restoreEntry, softDeleteEntry, unpublishEntry } from "@/lib/entries/lifecycle";
import { restoreRevision } from "@/lib/entries/restore-revision";
import { EntryValidationError } from "@/lib/entries/revisions";
import { createEntry, updateEntry } from "@/lib/entries/write";
import { createUser } from "@/lib/users/write";

let alice: string;
let bob: string;
let actorIds: string[];

beforeAll(async () => {
  const make = async (name: string) =>
    (await createUser({ input: { email: `${name}-${crypto.randomUUID()}@example.org`, name, role: "editor", password: "long enough password" }, actorId: null })).id;
  alice = await make("Alice");
  bob = await make("Bob");
  actorIds = (await getDb().select({ id: schema.actors.id }).from(schema.actors).limit(2)).map((a) => a.id);
});

function meeting(title: string, withSource = true): EntryInput {
  return entryInputSchema.parse({
    kind: "meeting",
    title,
    summary: "Two ministers met.",
    body: "They **met**.",
    date: "2021-03-04",
    dateQualifier: null,
    place: "Yerevan",
    tags: ["peace-talks"],
    originalLanguage: "en",
    translations: {},
    details: { format: "bilateral", outcomes: [] },
    actors: actorIds.map((actorId) => ({ actorId, role: "participant", titleAtTime: "Minister" })),
    sources: withSource ? [{ url: "https://example.org/release", title: "Release", publisher: null, author: null, publishedOn: null, accessedOn: null, archiveUrl: null, language: "en", quote: null, quoteTranslation: null, locator: null, tier: "primary" }] : [],
  });
}

// Every title starts with the run's tag, so afterAll can remove what this file wrote: on PostgreSQL the
// database is shared with the other test files, which count the seed record's entries.
const RUN = `lifecycle-${crypto.randomBytes(3).toString("hex")}`;
const title = (suffix: string) => `${RUN} meeting ${suffix}`;

afterAll(async () => {
  await getDb().delete(schema.entries).where(like(schema.entries.slug, `%${RUN}%`));
});

describe("an entry's life", () => {
  it("goes draft → published → edited → unpublished → trash → back, with a revision and audit line each time", async () => {
    const input = meeting(title("life"));
    const draft = await createEntry({ input, userId: alice, status: "draft" });
    expect(await getPublishedEntryBySlug({ slug: draft.slug })).toBeNull();

    const published = await updateEntry({ id: draft.id, input, expectedVersion: 1, userId: alice, publish: true });
    expect(published).toMatchObject({ status: "saved", version: 2, entryStatus: "published", affectsPublic: true });
    const shown = await getPublishedEntryBySlug({ slug: draft.slug });
    expect(shown?.publishedAt).not.toBeNull();
    expect(shown?.correctedAt).toBeNull();

    const edited = await updateEntry({
      id: draft.id,
      input: { ...input, summary: "Corrected summary.", correctionNote: "The date was wrong." },
      expectedVersion: 2,
      userId: bob,
    });
    expect(edited).toMatchObject({ status: "saved", version: 3, entryStatus: "published" });
    const corrected = await getPublishedEntryBySlug({ slug: draft.slug });
    expect(corrected).toMatchObject({ summary: "Corrected summary.", correctionNote: "The date was wrong." });
    expect(corrected?.correctedAt).not.toBeNull();

    expect(await unpublishEntry({ id: draft.id, expectedVersion: 3, userId: alice })).toMatchObject({ version: 4, entryStatus: "draft" });
    expect(await getPublishedEntryBySlug({ slug: draft.slug })).toBeNull();
    expect(await publishEntry({ id: draft.id, expectedVersion: 4, userId: alice })).toMatchObject({ version: 5, entryStatus: "published" });

    expect(await softDeleteEntry({ id: draft.id, userId: alice, reason: "Recorded twice." })).toMatchObject({ version: 6, affectsPublic: true });
    expect(await getPublishedEntryBySlug({ slug: draft.slug })).toBeNull();
    const trash = await listAdminEntries({ filters: { trash: true } });
    expect(trash.rows.map((r) => r.id)).toContain(draft.id);
    expect(await softDeleteEntry({ id: draft.id, userId: alice })).toEqual({ status: "not_found" });

    expect(await restoreEntry({ id: draft.id, userId: bob })).toMatchObject({ version: 7, entryStatus: "published" });
    expect(await getPublishedEntryBySlug({ slug: draft.slug })).not.toBeNull();

    const revisions = await listRevisions({ entryId: draft.id });
    expect(revisions.map((r) => r.version)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(revisions.map((r) => r.changeNote)).toEqual([
      "Restored from the trash",
      "Moved to the trash: Recorded twice.",
      "Published",
      "Unpublished",
      "Edited",
      "Published",
      "Created",
    ]);
    expect(revisions.find((r) => r.version === 3)?.createdByName).toBe("Bob");
    const audit = await getDb().select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.targetId, draft.id));
    expect(audit.map((a) => a.action).sort()).toEqual(
      ["entry.create", "entry.publish", "entry.update", "entry.unpublish", "entry.publish", "entry.delete", "entry.restore"].sort(),
    );
  });

  it("refuses to publish without a source, and leaves the draft as it was", async () => {
    const input = meeting(title("sourceless"), false);
    const draft = await createEntry({ input, userId: alice, status: "draft" });
    await expect(updateEntry({ id: draft.id, input, expectedVersion: 1, userId: alice, publish: true })).rejects.toBeInstanceOf(EntryValidationError);
    await expect(publishEntry({ id: draft.id, userId: alice })).rejects.toBeInstanceOf(EntryValidationError);
    const [row] = await getDb().select({ status: schema.entries.status, version: schema.entries.version }).from(schema.entries).where(eq(schema.entries.id, draft.id));
    expect(row).toEqual({ status: "draft", version: 1 });
  });
});

describe("two editors saving the same entry", () => {
  it("keeps the first save and refuses the second with who saved and when", async () => {
    const input = meeting(title("conflict"));
    const { id } = await createEntry({ input, userId: alice, status: "draft" });
    const first = await updateEntry({ id, input: { ...input, title: `${RUN} Alice's title` }, expectedVersion: 1, userId: alice });
    const second = await updateEntry({ id, input: { ...input, title: `${RUN} Bob's title` }, expectedVersion: 1, userId: bob });
    expect(first).toMatchObject({ status: "saved", version: 2 });
    expect(second).toMatchObject({ status: "conflict", current: { version: 2, updatedByName: "Alice" } });
    const [row] = await getDb().select({ title: schema.entries.title }).from(schema.entries).where(eq(schema.entries.id, id));
    expect(row?.title).toBe(`${RUN} Alice's title`);
    expect((await listRevisions({ entryId: id })).length).toBe(2);
  });

  it("refuses stale lifecycle changes too", async () => {
    const { id } = await createEntry({ input: meeting(title("stale")), userId: alice, status: "draft" });
    await updateEntry({ id, input: meeting(title("changed")), expectedVersion: 1, userId: bob });
    expect(await publishEntry({ id, expectedVersion: 1, userId: alice })).toMatchObject({ status: "conflict" });
    expect(await softDeleteEntry({ id, expectedVersion: 1, userId: alice })).toMatchObject({ status: "conflict" });
  });
});

describe("a form submitted twice", () => {
  it("creates one entry however close together the two submissions come", async () => {
    const key = crypto.randomUUID();
    const input = meeting(title("double click"));
    const results = await Promise.all([
      createEntry({ input, userId: alice, status: "published", idempotencyKey: key }),
      createEntry({ input, userId: alice, status: "published", idempotencyKey: key }),
    ]);
    expect(results[0].id).toBe(results[1].id);
    expect(results.filter((r) => r.duplicate)).toHaveLength(1);
    const rows = await getDb().select({ id: schema.entries.id }).from(schema.entries).where(eq(schema.entries.title, input.title));
    expect(rows).toHaveLength(1);
  });

  it("applies a repeated save once, without calling it a conflict", async () => {
    const { id } = await createEntry({ input: meeting(title("double save")), userId: alice, status: "draft" });
    const key = crypto.randomUUID();
    const input = meeting(title("saved once"));
    const first = await updateEntry({ id, input, expectedVersion: 1, userId: alice, idempotencyKey: key });
    const again = await updateEntry({ id, input, expectedVersion: 1, userId: alice, idempotencyKey: key });
    expect(first).toMatchObject({ status: "saved", version: 2, duplicate: false });
    expect(again).toMatchObject({ status: "saved", version: 2, duplicate: true });
    expect((await listRevisions({ entryId: id })).length).toBe(2);
  });
});

describe("restoring a revision", () => {
  it("brings back the old content as a new revision, keeping the entry's status", async () => {
    const original = meeting(title("restore"));
    const { id, slug } = await createEntry({ input: original, userId: alice, status: "published" });
    await updateEntry({ id, input: { ...original, title: title("rewritten"), body: "Different body", actors: [] }, expectedVersion: 1, userId: bob });
    const [firstRevision] = (await listRevisions({ entryId: id })).slice(-1);
    const result = await restoreRevision({ id, revisionId: firstRevision!.id, expectedVersion: 2, userId: alice });
    expect(result).toMatchObject({ status: "saved", version: 3, entryStatus: "published" });
    const shown = await getPublishedEntryBySlug({ slug });
    expect(shown).toMatchObject({ title: original.title, body: original.body });
    expect(shown?.actors).toHaveLength(2);
    const [latest] = await listRevisions({ entryId: id });
    expect(latest?.changeNote).toBe("Restored version 1");
    expect(await restoreRevision({ id, revisionId: firstRevision!.id, expectedVersion: 2, userId: alice })).toMatchObject({ status: "conflict" });
  });

  it("refuses to restore a sourceless version over a published entry", async () => {
    const { id } = await createEntry({ input: meeting(title("sourceless restore"), false), userId: alice, status: "draft" });
    await updateEntry({ id, input: meeting(title("now sourced")), expectedVersion: 1, userId: alice, publish: true });
    const first = (await listRevisions({ entryId: id })).at(-1)!;
    await expect(restoreRevision({ id, revisionId: first.id, expectedVersion: 2, userId: alice })).rejects.toThrow(/Unpublish the entry first/);
  });
});

describe("text that looks like markup", () => {
  it("is stored exactly as typed", async () => {
    const hostile = `${RUN} <img src=x onerror=alert(1)>`;
    const { id } = await createEntry({ input: meeting(hostile), userId: alice, status: "draft" });
    const [row] = await getDb().select({ title: schema.entries.title }).from(schema.entries).where(sql`${schema.entries.id} = ${id}`);
    expect(row?.title).toBe(hostile);
  });
});
