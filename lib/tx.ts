// The handle a transaction callback receives, for helpers that must run inside the caller's transaction.
import "server-only";
import type { Database } from "@/db";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: helpers that only add rows accept both. */
export type Executor = Database | Tx;
