// One slug per row: the base slug, or the base with the first free number (`-2`, `-3`…), for entries and actors alike.
import "server-only";
import { eq, like, or } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "@/lib/tx";

export async function uniqueSlug(tx: Tx, column: PgColumn, base: string): Promise<string> {
  const taken = await tx
    .select({ slug: column })
    .from(column.table)
    .where(or(eq(column, base), like(column, `${base}-%`)));
  const used = new Set(taken.map((r) => String(r.slug)));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
