import { beforeEach, describe, expect, it } from "vitest";
import RecordDataCacheHandler, { DataCacheStore, getDataCacheStore } from "./data-cache.mjs";

const holder = globalThis as unknown as { __recordDataCache?: DataCacheStore };
const fetchCtx = { kind: "FETCH", tags: ["record"] };
const setCtx = { fetchCache: true, tags: ["record"] };
const value = (body: string) => ({ kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate: 60 });

/** What unstable_cache does on a miss: look up, run the read, store its result — in one request's handler. */
async function missThenStore(handler: RecordDataCacheHandler, key: string, body: string, between?: () => void) {
  expect(await handler.get(key, fetchCtx)).toBeNull();
  between?.();
  await handler.set(key, value(body), setCtx);
}

beforeEach(() => {
  holder.__recordDataCache = new DataCacheStore(1024 * 1024);
});

describe("the data cache handler", () => {
  it("stores a read and serves it to the next request", async () => {
    await missThenStore(new RecordDataCacheHandler(), "k", '"fresh"');
    const hit = await new RecordDataCacheHandler().get("k", fetchCtx);
    expect(hit?.value).toEqual(value('"fresh"'));
  });

  it("refuses a read that began before an invalidation and finished after it (it may hold the old record)", async () => {
    await missThenStore(new RecordDataCacheHandler(), "k", '"read before the change"', () =>
      getDataCacheStore().invalidate("record generation 2"),
    );
    expect(await new RecordDataCacheHandler().get("k", fetchCtx)).toBeNull();
    // The next read, begun after the flush, is stored again.
    await missThenStore(new RecordDataCacheHandler(), "k", '"read after the change"');
    expect((await new RecordDataCacheHandler().get("k", fetchCtx))?.value).toEqual(value('"read after the change"'));
  });

  it("refuses a read that began before revalidateTag, and drops what the tag covers", async () => {
    await missThenStore(new RecordDataCacheHandler(), "old", '"stored"');
    const inFlight = new RecordDataCacheHandler();
    expect(await inFlight.get("late", fetchCtx)).toBeNull();
    await new RecordDataCacheHandler().revalidateTag("record");
    await inFlight.set("late", value('"began before"'), setCtx);
    expect(await new RecordDataCacheHandler().get("old", fetchCtx)).toBeNull();
    expect(await new RecordDataCacheHandler().get("late", fetchCtx)).toBeNull();
  });

  it("does not store a result it never saw looked up (when the read began is unknown)", async () => {
    await new RecordDataCacheHandler().set("k", value('"unknown start"'), setCtx);
    expect(getDataCacheStore().get("k")).toBeUndefined();
  });

  it("an invalidation empties the store whole", async () => {
    for (const key of ["a", "b", "c"]) await missThenStore(new RecordDataCacheHandler(), key, `"${key}"`);
    expect(getDataCacheStore().bytes).toBeGreaterThan(0);
    getDataCacheStore().invalidate("record listener reconnected");
    expect(getDataCacheStore().bytes).toBe(0);
    for (const key of ["a", "b", "c"]) expect(await new RecordDataCacheHandler().get(key, fetchCtx)).toBeNull();
  });

  it("keeps only the data cache: page and route responses are neither served nor stored", async () => {
    const handler = new RecordDataCacheHandler();
    expect(await handler.get("/entries", { kind: "APP_PAGE" })).toBeNull();
    await handler.set("/entries", { kind: "APP_PAGE", html: "<p>" }, {});
    expect(getDataCacheStore().bytes).toBe(0);
  });
});

describe("the store's byte budget", () => {
  it("stays within its budget, dropping the least recently used entry first", () => {
    const store = new DataCacheStore(300);
    const entry = (size: number) => ({ value: null, lastModified: Date.now(), tags: [], size });
    expect(store.set("a", entry(120), store.epoch)).toBe(true);
    expect(store.set("b", entry(120), store.epoch)).toBe(true);
    store.get("a"); // a is now the most recently used
    expect(store.set("c", entry(120), store.epoch)).toBe(true);
    expect(store.bytes).toBeLessThanOrEqual(300);
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBeDefined();
    expect(store.get("c")).toBeDefined();
  });

  it("never stores an entry larger than the whole budget", () => {
    const store = new DataCacheStore(100);
    expect(store.set("big", { value: null, lastModified: 0, tags: [], size: 200 }, store.epoch)).toBe(false);
    expect(store.bytes).toBe(0);
  });

  it("counts a value by its bytes, not its characters", async () => {
    const handler = new RecordDataCacheHandler();
    await missThenStore(handler, "hy", '"Ստեփանակերտ"');
    // 11 Armenian letters take 2 bytes each in UTF-8, plus the quotes and the key.
    expect(getDataCacheStore().bytes).toBe(2 + 11 * 2 + 2);
  });
});
