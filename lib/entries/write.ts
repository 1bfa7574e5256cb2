// Writes of entries: each one a single transaction that also records a revision and an audit line.
import "server-only";
import { eq, like, or } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { parsePartialDate } from "@/lib/dates";
import type { EntryStatus } from "@/lib/domain";
import { slugify } from "@/lib/slug";
import type { EntryInput } from "./input";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export class EntryValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Text that full-text search should see besides title, summary and body. */
export function searchExtraFor(input: Pick<EntryInput, "details" | "sources" | "translations">): string {
  const quotes = "quotes" in input.details ? input.details.quotes.map((q) => q.text) : [];
  const sourceQuotes = input.sources.flatMap((s) => [s.quote, s.quoteTranslation]).filter(Boolean);
  const translated = Object.values(input.translations).flatMap((t) => (t ? [t.title, t.summary] : []));
  return [...translated, ...quotes, ...sourceQuotes].join("\n");
}

export function assertPublishable(input: EntryInput) {
  if (input.sources.length === 0) {
    throw new EntryValidationError("sources", "An entry cannot be published without at least one source");
  }
}

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx
    .select({ slug: schema.entries.slug })
    .from(schema.entries)
    .where(or(eq(schema.entries.slug, base), like(schema.entries.slug, `${base}-%`)));
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

function entryColumns(input: EntryInput) {
  const parsed = parsePartialDate(input.date);
  if (!parsed) throw new EntryValidationError("date", "Not a calendar date");
  const recognition = input.kind === "recognition" && "action" in input.details ? input.details : null;
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    body: input.body,
    date: parsed.date,
    datePrecision: parsed.precision,
    dateQualifier: input.dateQualifier,
    place: input.place,
    tags: input.tags,
    originalLanguage: input.originalLanguage,
    translations: input.translations,
    details: input.details,
    recognitionAction: recognition?.action ?? null,
    recognitionLevel: recognition?.level ?? null,
    searchExtra: searchExtraFor(input),
  };
}

async function writeLinks(tx: Tx, entryId: string, input: EntryInput) {
  await tx.delete(schema.entryActors).where(eq(schema.entryActors.entryId, entryId));
  await tx.delete(schema.sources).where(eq(schema.sources.entryId, entryId));
  if (input.actors.length > 0) {
    await tx.insert(schema.entryActors).values(
      input.actors.map((a, position) => ({ entryId, actorId: a.actorId, role: a.role, titleAtTime: a.titleAtTime, position })),
    );
  }
  if (input.sources.length > 0) {
    await tx.insert(schema.sources).values(input.sources.map((s, position) => ({ ...s, entryId, position })));
  }
}

export type CreateEntryResult = { id: string; slug: string; version: number };

export async function createEntry({
  input,
  userId,
  status,
  changeNote,
  db = getDb(),
}: {
  input: EntryInput;
  userId: string | null;
  status: EntryStatus;
  changeNote?: string | null;
  db?: Database;
}): Promise<CreateEntryResult> {
  if (status === "published") assertPublishable(input);
  return db.transaction(async (tx) => {
    const slug = await uniqueSlug(tx, input.slug ?? slugify(`${input.date.slice(0, 4)} ${input.title}`));
    const now = new Date();
    const [row] = await tx
      .insert(schema.entries)
      .values({
        ...entryColumns(input),
        slug,
        status,
        version: 1,
        createdById: userId,
        updatedById: userId,
        publishedAt: status === "published" ? now : null,
      })
      .returning({ id: schema.entries.id, version: schema.entries.version });
    if (!row) throw new Error("insert returned no row");
    await writeLinks(tx, row.id, input);
    await tx.insert(schema.revisions).values({
      entryId: row.id,
      version: 1,
      snapshot: { ...input, slug, status },
      changeNote: changeNote ?? "Created",
      createdById: userId,
    });
    await tx.insert(schema.auditLog).values({
      userId,
      action: status === "published" ? "entry.publish" : "entry.create",
      targetType: "entry",
      targetId: row.id,
      details: { slug },
    });
    return { id: row.id, slug, version: row.version };
  });
}
