// The record at a glance, for the home page: entries by kind, recognising jurisdictions, the latest meeting.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, schema } from "@/db";
import type { DatePrecision, EntryKind, EntryTranslations } from "@/lib/domain";
import { isShownActor } from "@/lib/actors/visibility";
import { NEWEST_FIRST } from "./listing";
import { isPublic } from "./read-model";

const { entries, entryActors, actors } = schema;

export type RecordFigures = {
  entriesByKind: Record<EntryKind, number>;
  actors: number;
  recognisingJurisdictions: number;
  latestMeeting: { slug: string; title: string; summary: string; translations: EntryTranslations; date: string; datePrecision: DatePrecision } | null;
};

export async function getRecordFigures(): Promise<RecordFigures> {
  const db = getDb();
  const [kinds, [actorCount], [recognising], [latestMeeting]] = await Promise.all([
    db
      .select({ kind: entries.kind, n: sql<number>`count(*)::int` })
      .from(entries)
      .where(isPublic)
      .groupBy(entries.kind),
    db.select({ n: sql<number>`count(*)::int` }).from(actors).where(isShownActor()),
    db
      .select({ n: sql<number>`count(distinct ${entryActors.actorId})::int` })
      .from(entries)
      .innerJoin(entryActors, and(eq(entryActors.entryId, entries.id), eq(entryActors.role, "acting_body")))
      .where(and(isPublic, inArray(entries.recognitionAction, ["recognizes_independence", "mutual_recognition"]))),
    db
      .select({ slug: entries.slug, title: entries.title, summary: entries.summary, translations: entries.translations, date: entries.date, datePrecision: entries.datePrecision })
      .from(entries)
      .where(and(isPublic, eq(entries.kind, "meeting")))
      .orderBy(...NEWEST_FIRST)
      .limit(1),
  ]);
  const entriesByKind = { statement: 0, meeting: 0, recognition: 0 };
  for (const k of kinds) entriesByKind[k.kind as EntryKind] = k.n;
  return {
    entriesByKind,
    actors: actorCount?.n ?? 0,
    recognisingJurisdictions: recognising?.n ?? 0,
    latestMeeting: (latestMeeting as RecordFigures["latestMeeting"]) ?? null,
  };
}
