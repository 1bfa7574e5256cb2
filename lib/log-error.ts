// The one way an error is written to a log or a terminal. A database error is described by its class, SQLSTATE
// code and the names of the constraint, table and column involved, never by its message: Drizzle's message
// holds the query's parameters (a password hash, a token digest), PGlite's error carries them as `params`, and
// PostgreSQL's own message and detail quote the values ("Key (email)=(…) already exists").

export type SerializedError = {
  type: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
  /** Only for errors with no database error anywhere in their chain. */
  message?: string;
  /** Stack frames only: the first line of a stack repeats the message. */
  stack?: string;
  cause?: SerializedError;
};

const DATABASE_ERROR_TYPES = new Set(["DrizzleQueryError", "PostgresError", "DatabaseError", "TransactionRollbackError"]);
const MAX_DEPTH = 6;

/** The next link of the chain: `cause`, or Auth.js's `cause.err` (its cause is a plain object wrapping the error). */
function causeOf(error: unknown): unknown {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause && !(cause instanceof Error) && typeof cause === "object" && "err" in cause) return (cause as { err: unknown }).err;
  return cause;
}

function typeOf(error: unknown): string {
  if (error instanceof Error) return error.constructor?.name && error.constructor.name !== "Error" ? error.constructor.name : error.name;
  if (error === null) return "null";
  return typeof error === "object" ? (error.constructor?.name ?? "Object") : typeof error;
}

function looksLikeDatabaseError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as Record<string, unknown>;
  if (DATABASE_ERROR_TYPES.has(typeOf(error)) || DATABASE_ERROR_TYPES.has(String(e.name))) return true;
  // Anything carrying a query or its parameters, or a SQLSTATE with a server severity.
  return "params" in e || "query" in e || (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) && "severity" in e);
}

function chain(error: unknown): unknown[] {
  const links: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && links.length < MAX_DEPTH; e = causeOf(e)) {
    if (links.includes(e)) break;
    links.push(e);
  }
  return links;
}

function frames(stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  const lines = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return lines.length > 0 ? lines.join("\n") : undefined;
}

function identifier(value: unknown): string | undefined {
  // Names of constraints, tables and columns: never a value.
  return typeof value === "string" && /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(value) ? value : undefined;
}

function one(error: unknown, withMessage: boolean): SerializedError {
  const e = (error && typeof error === "object" ? error : {}) as Record<string, unknown>;
  const out: SerializedError = { type: typeOf(error) };
  if (typeof e.code === "string" && /^[A-Za-z0-9_]{1,40}$/.test(e.code)) out.code = e.code;
  const constraint = identifier(e.constraint ?? e.constraint_name);
  const table = identifier(e.table ?? e.table_name);
  const column = identifier(e.column ?? e.column_name);
  const schema = identifier(e.schema ?? e.schema_name);
  if (constraint) out.constraint = constraint;
  if (table) out.table = table;
  if (column) out.column = column;
  if (schema) out.schema = schema;
  if (withMessage) {
    if (error instanceof Error) out.message = error.message;
    else if (typeof error !== "object") out.message = String(error);
  }
  const stack = frames(e.stack);
  if (stack) out.stack = stack;
  return out;
}

/** Whether the error, or anything in its chain of causes, comes from the database (and so may quote values). */
export function involvesDatabase(error: unknown): boolean {
  return chain(error).some(looksLikeDatabaseError);
}

/** An error and its causes as a small object for a structured log line. */
export function serializeError(error: unknown): SerializedError {
  const links = chain(error);
  const withMessage = !links.some(looksLikeDatabaseError);
  const serialized = links.map((link) => one(link, withMessage));
  for (let i = serialized.length - 2; i >= 0; i--) serialized[i]!.cause = serialized[i + 1];
  return serialized[0] ?? { type: typeOf(error) };
}

/** The same, on one line, for a terminal: "TypeError: x is undefined", "DrizzleQueryError (23505 users_email_unique)". */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let s: SerializedError | undefined = serializeError(error); s; s = s.cause) {
    const names = [s.code, s.constraint ?? s.table].filter(Boolean).join(" ");
    parts.push(s.message !== undefined ? `${s.type}: ${s.message}` : names ? `${s.type} (${names})` : s.type);
  }
  return parts.join(" ← ");
}

/**
 * Next.js prints errors it catches itself (a page that failed to render, an action that threw) with
 * `console.error`, message and all. Installed once in the server: database errors among the arguments are
 * replaced by their one-line description and stack frames; every other argument is printed as before.
 */
export function guardConsoleFromDatabaseErrors(target: Pick<Console, "error" | "warn"> = console): void {
  for (const level of ["error", "warn"] as const) {
    const original = target[level].bind(target);
    target[level] = (...args: unknown[]) =>
      original(...args.map((arg) => (arg instanceof Error && involvesDatabase(arg) ? `${describeError(arg)}\n${serializeError(arg).stack ?? ""}` : arg)));
  }
}
