// Which actors the public site shows: live ones (not deleted, not merged away) that a published entry names,
// or that an editor marked public. Every public read of actors — pages, API, exports, sitemap — uses this.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { schema } from "@/db";

type ActorColumns = { id: AnyPgColumn; public: AnyPgColumn; deletedAt: AnyPgColumn; mergedIntoId: AnyPgColumn };

/**
 * A published, non-deleted entry names the actor (`t` is `actors` or an alias of it). The actor's links are read
 * first, through entry_actors_actor_idx, and their entries by primary key: written as a join under EXISTS, the
 * planner bets on finding a match early and scans entry_actors whole, which for an actor named rarely (or never)
 * reads every link of the record (tests/integration/public-query-plans.test.ts).
 */
export function namedByPublishedEntry(t: ActorColumns = schema.actors): SQL {
  return sql`exists (select 1 from entries shown_e where shown_e.status = 'published' and shown_e.deleted_at is null
    and shown_e.id = any(array(select shown_ea.entry_id from entry_actors shown_ea where shown_ea.actor_id = ${t.id})))`;
}

export function isLiveActor(t: ActorColumns = schema.actors): SQL {
  return sql`(${t.deletedAt} is null and ${t.mergedIntoId} is null)`;
}

/** Shown on the public site: live, and marked public or named by a published entry. */
export function isShownActor(t: ActorColumns = schema.actors): SQL {
  return sql`(${isLiveActor(t)} and (${t.public} or ${namedByPublishedEntry(t)}))`;
}
