// Which actors the public site shows: live ones (not deleted, not merged away) that a published entry names,
// or that an editor marked public. Every public read of actors — pages, API, exports, sitemap — uses this.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { schema } from "@/db";

type ActorColumns = { id: AnyPgColumn; public: AnyPgColumn; deletedAt: AnyPgColumn; mergedIntoId: AnyPgColumn };

/**
 * A published, non-deleted entry names the actor (`t` is `actors` or an alias of it). `offset 0` keeps the test a
 * probe of entry_actors_actor_idx per actor: pulled up into a semi-join, the planner would hash the whole of
 * entry_actors even for a page that shows one actor (tests/integration/public-query-plans.test.ts).
 */
export function namedByPublishedEntry(t: ActorColumns = schema.actors): SQL {
  return sql`exists (select 1 from entry_actors shown_ea join entries shown_e on shown_e.id = shown_ea.entry_id
    where shown_ea.actor_id = ${t.id} and shown_e.status = 'published' and shown_e.deleted_at is null offset 0)`;
}

export function isLiveActor(t: ActorColumns = schema.actors): SQL {
  return sql`(${t.deletedAt} is null and ${t.mergedIntoId} is null)`;
}

/** Shown on the public site: live, and marked public or named by a published entry. */
export function isShownActor(t: ActorColumns = schema.actors): SQL {
  return sql`(${isLiveActor(t)} and (${t.public} or ${namedByPublishedEntry(t)}))`;
}
