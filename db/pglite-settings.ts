import "server-only";
import { PGlite } from "@electric-sql/pglite";

// The embedded engine runs PostgreSQL inside this process, in WebAssembly memory that grows as PostgreSQL uses it
// and is never given back. Its defaults are a server's: shared_buffers 128 MB and maintenance_work_mem 64 MB,
// which a running site fills (the record's pages read through the buffers) on top of Node.js's own memory.
// Smaller and fixed here, so the instance's memory has a ceiling (docs/OPERATIONS.md "Memory"): the record of a
// small deployment fits in 32 MB of buffers, and what does not is read from the operating system's file cache.
export const PGLITE_SETTINGS = { shared_buffers: "32MB", maintenance_work_mem: "16MB", work_mem: "4MB", temp_buffers: "8MB" } as const;

/** PGlite's own start parameters with the settings above added (each as `-c name=value`). */
export function pgliteStartParams(): string[] {
  return [...PGlite.defaultStartParams, ...Object.entries(PGLITE_SETTINGS).flatMap(([name, value]) => ["-c", `${name}=${value}`])];
}
