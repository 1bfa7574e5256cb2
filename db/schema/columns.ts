// Pieces the tables share: column types and the check constraints built from lib/constants.ts's lists.
import { sql, type SQL } from "drizzle-orm";
import { customType, timestamp } from "drizzle-orm/pg-core";
import { SLUG_PATTERN } from "../../lib/constants";

export const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

export const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** `column in ('a', 'b')` from one of lib/constants.ts's lists (plain words: nothing to escape). */
export function inList(column: string, values: readonly string[]): SQL {
  return fixed(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);
}

/** The slug rule, lib/constants.ts's SLUG_PATTERN. */
export function matchesSlug(): SQL {
  return fixed(`slug ~ '${SLUG_PATTERN}'`);
}

// Check constraints are DDL: their text is written into the migration, not sent as parameters.
function fixed(text: string): SQL {
  return sql.raw(text);
}
