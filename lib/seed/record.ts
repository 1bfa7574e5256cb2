// Loads the seed record (db/seed/record/*.json) into an empty database, through the normal write path.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema, type Database } from "@/db";
import { seedActorSchema, seedEntrySchema, type SeedEntry, type SeedSource } from "@/db/seed/format";
import { spreadPendingCaptures } from "@/lib/archive/jobs";
import { recordInsertedActors } from "@/lib/actors/write";
import { createEntry } from "@/lib/entries/write";
import { entryInputSchema, type EntryInput, type SourceInput } from "@/lib/entries/input";
import { LOCKS, takeAdvisoryLock } from "@/lib/locks";

const RECORD_DIR = path.join(process.cwd(), "db", "seed", "record");

export function readSeedRecord() {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(RECORD_DIR, name), "utf8")) as unknown;
  return {
    actors: z.array(seedActorSchema).parse(read("actors.json")),
    entries: z.array(seedEntrySchema).parse(read("entries.json")),
  };
}

function toSourceInput(source: SeedSource): SourceInput {
  const locator = [`seed document ${source.document}`, source.locator].filter(Boolean).join(", ");
  return {
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    publishedOn: source.publishedOn,
    accessedOn: source.accessedOn,
    archiveUrl: source.archiveUrl,
    language: source.language,
    quote: source.quote,
    quoteTranslation: source.quoteTranslation,
    quoteTranslator: source.quoteTranslator ?? null,
    locator,
    tier: source.tier,
  };
}

function toEntryInput(entry: SeedEntry, actorIds: Map<string, string>): EntryInput {
  const idOf = (slug: string) => {
    const id = actorIds.get(slug);
    if (!id) throw new Error(`Seed entry ${entry.slug} names unknown actor ${slug}`);
    return id;
  };
  // Through the same schema as every other write, so the seed meets the same rules.
  return entryInputSchema.parse({
    kind: entry.kind,
    slug: entry.slug,
    title: entry.title,
    summary: entry.summary,
    body: entry.body,
    date: entry.date,
    dateQualifier: entry.dateQualifier,
    place: entry.place,
    tags: entry.tags,
    originalLanguage: entry.originalLanguage,
    translations: entry.translations,
    details: entry.details,
    actors: entry.actors.map((a) => ({ actorId: idOf(a.actor), role: a.role, titleAtTime: a.title })),
    sources: entry.sources.map(toSourceInput),
    discrepancies: entry.discrepancies ?? [],
  });
}

/** Inserts the seed record unless the database already holds entries or actors. Returns what it added. */
export async function seedIfEmpty(db: Database = getDb()): Promise<{ actors: number; entries: number }> {
  const record = readSeedRecord();
  return db.transaction(async (tx) => {
    // Several app instances may start at once against one PostgreSQL: only one seeds, and the others wait for
    // it — longer than the statement timeout when the machine is busy, so the wait is not cut short (which left
    // the waiting instance answering 500 to everything).
    await tx.execute(sql`set local statement_timeout = 0`);
    await takeAdvisoryLock(tx, LOCKS.seed);
    const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(schema.actors);
    if (n > 0) return { actors: 0, entries: 0 };

    const actorIds = new Map<string, string>();
    for (const actor of record.actors) {
      const [row] = await tx
        .insert(schema.actors)
        .values({
          slug: actor.slug,
          kind: actor.kind,
          nameEn: actor.name.en,
          nameHy: actor.name.hy,
          nameRu: actor.name.ru,
          aliases: actor.aliases,
          countryCode: actor.countryCode,
          wikidataId: actor.wikidataId,
          existedFrom: actor.existedFrom,
          existedUntil: actor.existedUntil,
          description: actor.description,
          positions: actor.positions,
          public: actor.public ?? false,
        })
        .returning({ id: schema.actors.id });
      actorIds.set(actor.slug, row!.id);
    }
    for (const actor of record.actors) {
      if (!actor.parent) continue;
      const parentId = actorIds.get(actor.parent);
      if (!parentId) throw new Error(`Seed actor ${actor.slug} names unknown parent ${actor.parent}`);
      await tx.update(schema.actors).set({ parentId }).where(sql`${schema.actors.slug} = ${actor.slug}`);
    }
    await recordInsertedActors(tx, [...actorIds.values()], "Imported from the seed record");
    for (const entry of record.entries) {
      await createEntry({
        input: toEntryInput(entry, actorIds),
        userId: null,
        status: "published",
        changeNote: "Imported from the seed record",
        db: tx as unknown as Database,
      });
    }
    // Politely: the seed's citations are archived one every 15 s once a server runs, not all at once.
    await spreadPendingCaptures(tx, 15);
    return { actors: record.actors.length, entries: record.entries.length };
  });
}
