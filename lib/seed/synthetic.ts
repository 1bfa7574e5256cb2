// Synthetic entries for scale work (npm run db:seed -- --synthetic N): realistic shapes, bulk-inserted.
import "server-only";
import { randomUUID } from "node:crypto";
import { isNull, sql } from "drizzle-orm";
import { getDb, schema, type Database } from "@/db";
import {
  MEETING_FORMATS,
  RECOGNITION_ACTIONS,
  RECOGNITION_LEVELS,
  STATEMENT_FORMS,
  type EntryKind,
  type Language,
} from "@/lib/domain";

const BATCH = 500;

/** Small deterministic PRNG (mulberry32), so a run can be repeated. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS: Record<Language, string[]> = {
  en: [
    "the Lachin corridor",
    "humanitarian access",
    "the peace process",
    "prisoners of war",
    "decentralised cooperation",
    "cultural heritage",
    "the ceasefire regime",
    "international recognition",
    "the OSCE Minsk Group format",
    "the blockade",
  ],
  hy: [
    "Լաչինի միջանցքի",
    "մարդասիրական օգնության",
    "խաղաղ գործընթացի",
    "ռազմագերիների",
    "մշակութային ժառանգության",
    "հրադադարի ռեժիմի",
    "միջազգային ճանաչման",
    "շրջափակման",
  ],
  ru: [
    "Лачинского коридора",
    "гуманитарного доступа",
    "мирного процесса",
    "военнопленных",
    "культурного наследия",
    "режима прекращения огня",
    "международного признания",
    "блокады",
  ],
};

const TITLES: Record<Language, Record<EntryKind, (actor: string, topic: string) => string>> = {
  en: {
    statement: (a, t) => `${a} statement on ${t}`,
    meeting: (a, t) => `Meeting with ${a} on ${t}`,
    recognition: (a, t) => `${a} resolution concerning ${t}`,
  },
  hy: {
    statement: (a, t) => `${a}-ի հայտարարությունը ${t} վերաբերյալ`,
    meeting: (a, t) => `Հանդիպում ${a}-ի հետ ${t} շուրջ`,
    recognition: (a, t) => `${a}-ի բանաձևը ${t} մասին`,
  },
  ru: {
    statement: (a, t) => `Заявление ${a} относительно ${t}`,
    meeting: (a, t) => `Встреча с ${a} по вопросу ${t}`,
    recognition: (a, t) => `Резолюция ${a} касательно ${t}`,
  },
};

const SUMMARIES: Record<Language, (topic: string) => string> = {
  en: (t) => `According to the published account, the sides discussed ${t} and related questions of regional stability.`,
  hy: (t) => `Հրապարակված տեղեկության համաձայն՝ կողմերը քննարկել են ${t} հարցերը և տարածաշրջանային կայունությունը։`,
  ru: (t) => `Согласно опубликованному сообщению, стороны обсудили вопросы ${t} и региональной стабильности.`,
};

const PUBLISHERS = ["Ministry of Foreign Affairs of Artsakh", "Armenpress", "News.am", "Asbarez", "Interfax"];
const ROLES_BY_KIND: Record<EntryKind, ["speaker" | "participant" | "acting_body", "issuing_body" | "participant" | "subject"]> = {
  statement: ["speaker", "issuing_body"],
  meeting: ["participant", "participant"],
  recognition: ["acting_body", "subject"],
};

export async function addSyntheticEntries({
  count,
  seed = Date.now(),
  onProgress,
  db = getDb(),
}: {
  count: number;
  seed?: number;
  onProgress?: (done: number) => void;
  db?: Database;
}): Promise<void> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const actorRows = await db
    .select({ id: schema.actors.id, name: schema.actors.nameEn })
    .from(schema.actors)
    .where(isNull(schema.actors.deletedAt));
  if (actorRows.length < 2) throw new Error("Load the seed record first: synthetic entries link to its actors");
  const run = seed.toString(36);
  const now = new Date();

  for (let done = 0; done < count; done += BATCH) {
    const size = Math.min(BATCH, count - done);
    const entryRows: (typeof schema.entries.$inferInsert)[] = [];
    const linkRows: (typeof schema.entryActors.$inferInsert)[] = [];
    const sourceRows: (typeof schema.sources.$inferInsert)[] = [];
    const revisionRows: (typeof schema.revisions.$inferInsert)[] = [];
    for (let i = 0; i < size; i++) {
      const n = done + i;
      const id = randomUUID();
      const kind = pick(["statement", "meeting", "recognition"] as const);
      const language = rand() < 0.6 ? "en" : rand() < 0.5 ? "hy" : "ru";
      const first = pick(actorRows);
      let second = pick(actorRows);
      if (second.id === first.id) second = actorRows[(actorRows.indexOf(first) + 1) % actorRows.length]!;
      const topic = pick(TOPICS[language]);
      const year = 1992 + Math.floor(rand() * 32);
      const month = 1 + Math.floor(rand() * 12);
      const day = 1 + Math.floor(rand() * 28);
      const precision = rand() < 0.7 ? "day" : rand() < 0.6 ? "month" : "year";
      const mm = String(month).padStart(2, "0");
      const dd = String(day).padStart(2, "0");
      const date = precision === "day" ? `${year}-${mm}-${dd}` : precision === "month" ? `${year}-${mm}-01` : `${year}-01-01`;
      const details =
        kind === "statement"
          ? { form: pick(STATEMENT_FORMS), quotes: [{ text: SUMMARIES[language](topic), speaker: null }] }
          : kind === "meeting"
            ? { format: pick(MEETING_FORMATS), outcomes: rand() < 0.2 ? ["Memorandum of cooperation"] : [] }
            : {
                action: pick(RECOGNITION_ACTIONS),
                level: pick(RECOGNITION_LEVELS),
                body: null,
                instrument: rand() < 0.5 ? `Resolution ${Math.floor(rand() * 500)}` : null,
                vote: rand() < 0.5 ? { for: Math.floor(rand() * 80), against: Math.floor(rand() * 5), abstain: null, unanimous: false } : null,
                stages: [],
              };
      const title = TITLES[language][kind](first.name, topic);
      const summary = SUMMARIES[language](topic);
      const slug = `synthetic-${run}-${n}`;
      // The entry row carries its source counts (the sourcing filters), as every write keeps them.
      const sourceCount = 1 + Math.floor(rand() * 3);
      let primarySourceCount = 0;
      for (let s = 0; s < sourceCount; s++) {
        const tier = pick(["primary", "secondary", "advocacy"] as const);
        if (tier === "primary") primarySourceCount++;
        sourceRows.push({
          entryId: id,
          position: s,
          url: `https://example.org/${run}/${n}/${s}`,
          title: `${title} (${pick(PUBLISHERS)})`,
          publisher: pick(PUBLISHERS),
          publishedOn: date.slice(0, 10),
          language,
          tier,
        });
      }
      entryRows.push({
        sourceCount,
        primarySourceCount,
        id,
        slug,
        kind,
        title,
        summary,
        body: `${summary}\n\n${summary}`,
        date,
        datePrecision: precision,
        place: null,
        tags: ["synthetic", topic.split(" ").pop()!.toLowerCase().replace(/[^a-z0-9]+/g, "-") || "general"],
        originalLanguage: language,
        details,
        recognitionAction: kind === "recognition" && "action" in details ? details.action : null,
        recognitionLevel: kind === "recognition" && "level" in details ? details.level : null,
        status: "published",
        publishedAt: now,
      });
      const [roleA, roleB] = ROLES_BY_KIND[kind];
      linkRows.push({ entryId: id, actorId: first.id, role: roleA, position: 0 });
      linkRows.push({ entryId: id, actorId: second.id, role: roleB, position: 1 });
      revisionRows.push({ entryId: id, version: 1, snapshot: { slug, kind, title, summary, date, details }, changeNote: "Synthetic entry" });
    }
    await db.transaction(async (tx) => {
      // A batch's links fill its entries' actor names (a trigger, migration 0011) in the same statement: on a
      // loaded machine that outlasts the pool's statement timeout, which is lifted for the bulk load alone.
      await tx.execute(sql`set local statement_timeout = 0`);
      await tx.insert(schema.entries).values(entryRows);
      await tx.insert(schema.entryActors).values(linkRows);
      await tx.insert(schema.sources).values(sourceRows);
      await tx.insert(schema.revisions).values(revisionRows);
    });
    onProgress?.(done + size);
  }
  // Fresh planner statistics: PGlite runs no autovacuum, and without them a bulk load leaves the planner
  // estimating a handful of rows and choosing nested loops over 100,000 (seconds instead of milliseconds).
  // On PostgreSQL it outlasts the pool's statement timeout (DB_STATEMENT_TIMEOUT_MS), so it is lifted for it alone.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local statement_timeout = 0`);
    await tx.execute(sql`analyze entries, entry_actors, sources, revisions, actors`);
  });
}
