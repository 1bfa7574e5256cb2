// Joins the maps' shapes to the shading: each shape with its colour, hatch and the action behind it.
import "server-only";
import { numericCountryCode } from "@/lib/actors/country";
import type { Shade, MapShading } from "./shading";
import { usGeometry, worldGeometry, type MapGeometry } from "./geometry";
import { US_STATE_FIPS } from "./us-states";

export type ShadedShape = { id: string; name: string; d: string; shade: Shade | null; localAction: boolean };
export type ShadedMap = Omit<MapGeometry, "shapes"> & { shapes: ShadedShape[] };
/** A jurisdiction with a colour but no shape on the map (no ISO code, or too small for the atlas's scale). */
export type Unmapped = { name: string; slug: string; shade: Shade };

export function shadedWorldMap(shading: MapShading): { map: ShadedMap; unmapped: Unmapped[] } {
  const geometry = worldGeometry();
  const byNumeric = new Map<string, Shade>();
  const localNumeric = new Set<string>();
  for (const [alpha2, shade] of shading.countries) {
    const numeric = numericCountryCode(alpha2);
    if (numeric) byNumeric.set(numeric, shade);
  }
  for (const alpha2 of shading.countriesWithLocalAction) {
    const numeric = numericCountryCode(alpha2);
    if (numeric) localNumeric.add(numeric);
  }
  const drawn = new Set(geometry.shapes.map((s) => s.id));
  const unmapped: Unmapped[] = [
    ...[...shading.countries]
      .filter(([alpha2]) => !drawn.has(numericCountryCode(alpha2) ?? ""))
      .map(([, shade]) => ({ name: shade.actor.name, slug: shade.actor.slug, shade })),
    ...shading.uncoded.map((u) => ({ name: u.actor.name, slug: u.actor.slug, shade: u.shade })),
  ].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return {
    map: {
      ...geometry,
      shapes: geometry.shapes.map((s) => ({ ...s, shade: byNumeric.get(s.id) ?? null, localAction: localNumeric.has(s.id) })),
    },
    unmapped,
  };
}

export function shadedUsMap(shading: MapShading): ShadedMap {
  const geometry = usGeometry();
  const byFips = new Map<string, Shade>();
  const localFips = new Set<string>();
  for (const [code, shade] of shading.usStates) if (US_STATE_FIPS[code]) byFips.set(US_STATE_FIPS[code], shade);
  for (const code of shading.usStatesWithLocalAction) if (US_STATE_FIPS[code]) localFips.add(US_STATE_FIPS[code]);
  return {
    ...geometry,
    shapes: geometry.shapes.map((s) => ({ ...s, shade: byFips.get(s.id) ?? null, localAction: localFips.has(s.id) })),
  };
}
