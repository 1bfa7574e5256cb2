import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAP_PALETTE } from "./palette";

// The legend's swatches (globals.css) and the map documents (palette.ts) must show one colour per category.
const css = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "app", "globals.css"), "utf8");
const darkStart = css.indexOf("@media (prefers-color-scheme: dark)");

function declared(block: string, name: string): string | undefined {
  return new RegExp(`--color-map-${name}:\\s*(#[0-9a-f]{6})`, "i").exec(block)?.[1]?.toLowerCase();
}

describe("map palette", () => {
  for (const name of ["recognised", "called", "self_determination", "ties", "rejected", "none", "line", "hatch"] as const) {
    it(`--color-map-${name} in globals.css matches the map documents, light and dark`, () => {
      expect(declared(css.slice(0, darkStart), name)).toBe(MAP_PALETTE.light[name]);
      expect(declared(css.slice(darkStart), name)).toBe(MAP_PALETTE.dark[name]);
    });
  }
});
