// Types of data-cache.mjs (plain JavaScript, because Next.js imports the cache handler without bundling it).
export type DataCacheEntry = { value: unknown; lastModified: number; tags: string[]; size: number };

export declare class DataCacheStore {
  constructor(maxBytes: number);
  readonly maxBytes: number;
  readonly bytes: number;
  readonly epoch: number;
  readonly invalidations: number;
  get(key: string): DataCacheEntry | undefined;
  set(key: string, entry: DataCacheEntry, beganAt: number): boolean;
  delete(key: string): void;
  invalidate(reason?: string): void;
  revalidateTags(tags: string[]): void;
  revalidatedSince(tags: string[], since: number): boolean;
}

export declare function getDataCacheStore(): DataCacheStore;

type HandlerValue = { lastModified: number; value: unknown } | null;

export default class RecordDataCacheHandler {
  constructor(ctx?: unknown);
  get(key: string, ctx: { kind: string; tags?: string[]; softTags?: string[] }): Promise<HandlerValue>;
  set(key: string, data: unknown, ctx: { fetchCache?: boolean; tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
