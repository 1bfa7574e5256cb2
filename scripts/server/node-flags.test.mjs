// The server's memory settings: defaults, HEAP_MB, and what an operator set is kept.
import { describe, expect, it } from "vitest";
import { serverNodeSettings } from "./node-flags.mjs";

describe("the production server's node settings", () => {
  it("bounds the heap and the young generation and limits glibc's arenas by default", () => {
    expect(serverNodeSettings({})).toEqual({
      flags: ["--max-old-space-size=256", "--max-semi-space-size=4"],
      env: { MALLOC_ARENA_MAX: "2" },
    });
  });

  it("takes the heap's limit from HEAP_MB, and refuses one that is not a size", () => {
    expect(serverNodeSettings({ HEAP_MB: "512" }).flags).toContain("--max-old-space-size=512");
    expect(() => serverNodeSettings({ HEAP_MB: "lots" })).toThrow(/HEAP_MB/);
    expect(() => serverNodeSettings({ HEAP_MB: "16" })).toThrow(/HEAP_MB/);
  });

  it("leaves a flag given in NODE_OPTIONS and an arena count already set as they are", () => {
    const settings = serverNodeSettings({ NODE_OPTIONS: "--max-old-space-size=1024 --enable-source-maps", MALLOC_ARENA_MAX: "4" });
    expect(settings.flags).toEqual(["--max-semi-space-size=4"]);
    expect(settings.env).toEqual({});
    expect(serverNodeSettings({ NODE_OPTIONS: "--max-semi-space-size=16" }).flags).toEqual(["--max-old-space-size=256"]);
  });
});
