// Every server process flushes its own caches when any process commits a change to the record: it listens for
// the generation's NOTIFY (lib/record-generation.ts) on a connection of its own, and flushes everything each
// time that connection is (re)established, since notifications sent while it was away are not replayed.
import "server-only";
import { listenToDb, type Listener } from "@/db";
import { log } from "@/lib/log";
import { RECORD_CHANNEL } from "@/lib/record-generation";
import { flushLocalCaches } from "@/lib/revalidate";

const RETRY_MS = 3000;

type State = { stopped: boolean; listener?: Listener; retry?: NodeJS.Timeout; connections: number };

// On globalThis: instrumentation and the route bundles load separate copies of this module.
const holder = globalThis as unknown as { __recordListener?: State };

/** Starts listening once per process (lib/startup.ts, after migrations); a failed start is retried every 3 s. */
export async function startRecordListener(): Promise<void> {
  if (holder.__recordListener) return;
  const state: State = { stopped: false, connections: 0 };
  holder.__recordListener = state;
  await listen(state);
}

async function listen(state: State): Promise<void> {
  try {
    const listener = await listenToDb(
      RECORD_CHANNEL,
      (generation) => flushLocalCaches(`record generation ${generation}`),
      () => {
        state.connections += 1;
        flushLocalCaches(state.connections === 1 ? "listening for record changes" : "record listener reconnected");
        if (state.connections > 1) log.info("Record listener reconnected; caches flushed");
      },
    );
    if (state.stopped) await listener.close();
    else state.listener = listener;
  } catch (error) {
    if (state.stopped) return;
    log.warn({ err: error }, `Record listener could not start; retrying in ${RETRY_MS / 1000} s`);
    state.retry = setTimeout(() => void listen(state), RETRY_MS);
  }
}

/** On shutdown, before the database closes. */
export async function stopRecordListener(): Promise<void> {
  const state = holder.__recordListener;
  if (!state) return;
  state.stopped = true;
  clearTimeout(state.retry);
  await state.listener?.close();
  state.listener = undefined;
}
