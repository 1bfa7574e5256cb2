// The /recognition table's query parameters: filters by action and level, sort column and order, page.
import { z } from "zod";
import { RECOGNITION_ACTIONS, RECOGNITION_LEVELS } from "@/lib/domain";
import { asOfDateSchema } from "@/lib/entries/as-of";

export const RECOGNITION_SORTS = ["date", "jurisdiction", "level", "action"] as const;
export type RecognitionSort = (typeof RECOGNITION_SORTS)[number];

const schema = {
  action: z.enum(RECOGNITION_ACTIONS, { error: `action must be one of: ${RECOGNITION_ACTIONS.join(", ")}` }),
  level: z.enum(RECOGNITION_LEVELS, { error: `level must be one of: ${RECOGNITION_LEVELS.join(", ")}` }),
  sort: z.enum(RECOGNITION_SORTS, { error: `sort must be one of: ${RECOGNITION_SORTS.join(", ")}` }),
  order: z.enum(["asc", "desc"], { error: "order must be asc or desc" }),
  page: z.coerce
    .number({ error: "page must be a number" })
    .int("page must be a whole number")
    .min(1, "page must be 1 or more")
    .max(100_000, "page is too large"),
  as_of: asOfDateSchema("as_of"),
};

export type RecognitionQuery = {
  action?: (typeof RECOGNITION_ACTIONS)[number];
  level?: (typeof RECOGNITION_LEVELS)[number];
  sort: RecognitionSort;
  order: "asc" | "desc";
  page: number;
  /** The record as it stood on that date (YYYY-MM-DD); absent: today's. */
  asOf?: string;
};

export const RECOGNITION_KEYS = ["action", "level", "sort", "order", "page", "as_of"] as const;
const KEYS = RECOGNITION_KEYS;

/** Date sorts newest first by default; names and categories A to Z. */
export function defaultOrder(sort: RecognitionSort): "asc" | "desc" {
  return sort === "date" ? "desc" : "asc";
}

export function parseRecognitionQuery(params: Record<string, string | string[] | undefined>): {
  query: RecognitionQuery;
  errors: { parameter: string; message: string }[];
} {
  const values: Partial<Record<(typeof KEYS)[number], unknown>> = {};
  const errors: { parameter: string; message: string }[] = [];
  for (const key of KEYS) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") continue;
    const result = schema[key].safeParse(value.trim());
    if (result.success) values[key] = result.data;
    else errors.push({ parameter: key, message: result.error.issues[0]?.message ?? `${key} is not valid` });
  }
  const sort = (values.sort as RecognitionSort | undefined) ?? "date";
  return {
    query: {
      action: values.action as RecognitionQuery["action"],
      level: values.level as RecognitionQuery["level"],
      sort,
      order: (values.order as "asc" | "desc" | undefined) ?? defaultOrder(sort),
      page: (values.page as number | undefined) ?? 1,
      ...(values.as_of ? { asOf: values.as_of as string } : {}),
    },
    errors,
  };
}

/** The query string for a view of the table, leaving defaults out so URLs stay short and canonical. */
export function recognitionSearchParams(query: Partial<RecognitionQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.action) params.set("action", query.action);
  if (query.level) params.set("level", query.level);
  const sort = query.sort ?? "date";
  if (sort !== "date") params.set("sort", sort);
  if (query.order && query.order !== defaultOrder(sort)) params.set("order", query.order);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.asOf) params.set("as_of", query.asOf);
  return params;
}
