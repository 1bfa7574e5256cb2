// The record as of a date (`as_of=YYYY-MM-DD`): the one parser every page, feed and the API share.
import { z } from "zod";

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A calendar date, YYYY-MM-DD, not after today (the record cannot say how it will stand), from 1900. Each rule
 * aborts, so the message is the one that applies: the form, then the calendar, then the range.
 */
export function asOfDateSchema(parameter: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${parameter} must be a date written YYYY-MM-DD, such as 2013-01-01`, abort: true })
    .refine(
      (v) => {
        const [y, m, d] = v.split("-").map(Number) as [number, number, number];
        const probe = new Date(Date.UTC(y, m - 1, d));
        return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
      },
      { message: `${parameter} is not a date on the calendar`, abort: true },
    )
    .refine((v) => v >= "1900-01-01", { message: `${parameter} must be 1900-01-01 or later`, abort: true })
    .refine((v) => v <= today(), `${parameter} cannot be in the future: the record shows how it stood on a past date`);
}

export type AsOfResult = { ok: true; asOf: string | null } | { ok: false; asOf: null; message: string };

type Params = Record<string, string | string[] | undefined>;

/** Reads `as_of` from a page's query: absent or empty means today's record. */
export function parseAsOf(params: Params): AsOfResult {
  const raw = params.as_of;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value.trim() === "") return { ok: true, asOf: null };
  const parsed = asOfDateSchema("as_of").safeParse(value);
  return parsed.success ? { ok: true, asOf: parsed.data } : { ok: false, asOf: null, message: parsed.error.issues[0]?.message ?? "as_of is not valid" };
}
