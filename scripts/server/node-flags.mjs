// The V8 and allocator settings scripts/start.mjs runs the production server with, so that one instance stays
// under 400 MB resident with its caches full (docs/OPERATIONS.md "Memory", docs/PERFORMANCE.md). Without them
// V8 sizes its heap for the machine (a few GB on 24 GiB) and collects lazily, and glibc gives each of libuv's
// compression threads an allocation arena of its own: 652 MiB measured with the caches full, 384 MiB with them.
//   --max-old-space-size: HEAP_MB (default 256): the old generation's limit; with the caches full the heap holds
//     about 120 MiB live, so V8 collects before it grows past what it needs, and an instance whose reads
//     outgrow it fails loudly (and systemd restarts it) instead of swapping the machine;
//   --max-semi-space-size=4: a young generation of about 12 MiB instead of up to 48 MiB (requests allocate
//     little that lives; what does is the caches' bytes, held outside the heap);
//   MALLOC_ARENA_MAX=2: two glibc arenas instead of one per thread.
// A flag already given in NODE_OPTIONS, or a MALLOC_ARENA_MAX already set, is left as the operator set it.

export const DEFAULT_HEAP_MB = 256;
export const SEMI_SPACE_MB = 4;
export const MALLOC_ARENAS = "2";

/**
 * The node flags and extra environment for the server process.
 * @param {Record<string, string | undefined>} env
 * @returns {{ flags: string[], env: Record<string, string> }}
 */
export function serverNodeSettings(env = process.env) {
  const given = env.NODE_OPTIONS ?? "";
  const raw = env.HEAP_MB;
  const heapMb = raw === undefined || raw === "" ? DEFAULT_HEAP_MB : Number(raw);
  if (!Number.isInteger(heapMb) || heapMb < 64) throw new Error(`HEAP_MB must be a whole number of megabytes, at least 64, not "${raw}"`);
  const flags = [];
  if (!/--max-old-space-size\b/.test(given)) flags.push(`--max-old-space-size=${heapMb}`);
  if (!/--max-semi-space-size\b/.test(given)) flags.push(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  const extra = {};
  if (env.MALLOC_ARENA_MAX === undefined || env.MALLOC_ARENA_MAX === "") extra.MALLOC_ARENA_MAX = MALLOC_ARENAS;
  return { flags, env: extra };
}
