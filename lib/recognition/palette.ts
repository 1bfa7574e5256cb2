// The maps' colours, light and dark: the SVG map documents carry them in their own stylesheet, and
// app/globals.css declares the same values for the legend's swatches (palette.test.ts keeps the two equal).
import type { MapCategory } from "./categories";

export type MapColour = MapCategory | "none" | "line" | "hatch" | "rule" | "ink";

export const MAP_PALETTE: Record<"light" | "dark", Record<MapColour, string>> = {
  light: {
    recognised: "#7a2e1f",
    called: "#c0673a",
    self_determination: "#e2b46f",
    ties: "#7d9c8e",
    rejected: "#48627f",
    none: "#e6e0d5",
    line: "#fbfaf7",
    hatch: "#1d1b18",
    rule: "#d9d3c7",
    ink: "#1d1b18",
  },
  dark: {
    recognised: "#d9826b",
    called: "#c98f5c",
    self_determination: "#a68a55",
    ties: "#5e8576",
    rejected: "#7d98b8",
    none: "#2e2c26",
    line: "#15140f",
    hatch: "#ebe6dc",
    rule: "#3b382f",
    ink: "#ebe6dc",
  },
};
