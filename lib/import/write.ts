// Writes a checked import plan in one transaction, through the normal write path: all of it, or nothing.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import { recordInsertedActors } from "@/lib/actors/write";
import { createEntry } from "@/lib/entries/write";
import { LOCKS, takeAdvisoryLock } from "@/lib/locks";
import type { Tx } from "@/lib/tx";
import { checkAgainstDatabase, formatProblem, type ImportPlan, type ImportProblem } from "./validate";

export class ImportRefusedError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    const shown = problems.slice(0, 50).map((p) => `  ${formatProblem(p)}`);
    const more = problems.length > shown.length ? [`  …and ${problems.length - shown.length} more`] : [];
    super([`The import was refused (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was written.`, ...shown, ...more].join("\n"));
  }
}

class DryRunRollback extends Error {}

export type ImportSummary = { entries: number; actorsAdded: number; actorsKept: number; dryRun: boolean };

async function existing(tx: Tx, plan: ImportPlan) {
  const actorSlugs = [...new Set([...plan.actors.map((a) => a.slug), ...plan.entries.flatMap((e) => e.actorSlugs), ...plan.actors.flatMap((a) => (a.parent ? [a.parent] : []))])];
  const entrySlugs = plan.entries.map((e) => e.slug);
  const [actorRows, entryRows] = await Promise.all([
    actorSlugs.length ? tx.select({ id: schema.actors.id, slug: schema.actors.slug }).from(schema.actors).where(inArray(schema.actors.slug, actorSlugs)) : [],
    entrySlugs.length ? tx.select({ slug: schema.entries.slug }).from(schema.entries).where(inArray(schema.entries.slug, entrySlugs)) : [],
  ]);
  return { actorIds: new Map(actorRows.map((r) => [r.slug, r.id])), entrySlugs: new Set(entryRows.map((r) => r.slug)) };
}

/**
 * Adds the plan's actors that the database lacks (an actor already there under the same slug is kept as it is),
 * then its entries as published, keeping their publication and update times.
 */
export async function writeImport(
  plan: ImportPlan,
  { changeNote, dryRun = false, db = getDb() }: { changeNote: string; dryRun?: boolean; db?: Database },
): Promise<ImportSummary> {
  let summary: ImportSummary | undefined;
  try {
    await db.transaction(async (tx) => {
      // One import at a time, and the checks below see what the writes will see.
      await takeAdvisoryLock(tx, LOCKS.import);
      const found = await existing(tx, plan);
      const problems = checkAgainstDatabase(plan, { actorSlugs: new Set(found.actorIds.keys()), entrySlugs: found.entrySlugs });
      if (problems.length) throw new ImportRefusedError(problems);

      const actorIds = new Map(found.actorIds);
      const added = plan.actors.filter((a) => !found.actorIds.has(a.slug));
      for (const actor of added) {
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
          })
          .returning({ id: schema.actors.id });
        actorIds.set(actor.slug, row!.id);
      }
      for (const actor of added) {
        if (!actor.parent) continue;
        await tx.update(schema.actors).set({ parentId: actorIds.get(actor.parent)! }).where(eq(schema.actors.slug, actor.slug));
      }

      await recordInsertedActors(tx, added.map((a) => actorIds.get(a.slug)!), changeNote);

      for (const entry of plan.entries) {
        const input = { ...entry.input, actors: entry.input.actors.map((a, i) => ({ ...a, actorId: actorIds.get(entry.actorSlugs[i]!)! })) };
        const created = await createEntry({ input, userId: null, status: "published", changeNote, db: tx as unknown as Database });
        await tx
          .update(schema.entries)
          .set({
            publishedAt: new Date(entry.publishedAt),
            updatedAt: new Date(entry.updatedAt),
            correctedAt: entry.correctedAt ? new Date(entry.correctedAt) : null,
            correctionNote: entry.correctionNote,
          })
          .where(eq(schema.entries.id, created.id));
        for (const [position, linkStatus] of entry.linkStatuses.entries()) {
          if (linkStatus === "unchecked") continue;
          await tx
            .update(schema.sources)
            .set({ linkStatus })
            .where(and(eq(schema.sources.entryId, created.id), eq(schema.sources.position, position)));
        }
      }
      summary = { entries: plan.entries.length, actorsAdded: added.length, actorsKept: plan.actors.length - added.length, dryRun };
      if (dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return summary!;
}
