// Map shapes from world-atlas and us-atlas, projected once per process into SVG path data with d3-geo.
import "server-only";
import { geoEqualEarth, geoGraticule10, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import usTopology from "us-atlas/states-albers-10m.json";
import worldTopology from "world-atlas/countries-110m.json";

export type Shape = { id: string; name: string; d: string };
export type MapGeometry = { width: number; height: number; shapes: Shape[]; outline: string | null; graticule: string | null };

export const WORLD_WIDTH = 960;
export const WORLD_HEIGHT = 468;
// us-atlas's *-albers files are drawn for a 975 × 610 frame.
export const US_WIDTH = 975;
export const US_HEIGHT = 610;
const ANTARCTICA = "010";

function features(topology: unknown, object: string): Feature<Geometry, { name: string }>[] {
  const t = topology as Topology<{ [key: string]: GeometryCollection<{ name: string }> }>;
  const collection = feature(t, t.objects[object]!) as FeatureCollection<Geometry, { name: string }>;
  return collection.features;
}

let world: MapGeometry | undefined;
let us: MapGeometry | undefined;

/** Countries (ISO 3166-1 numeric ids) in the Equal Earth projection, which keeps areas true. */
export function worldGeometry(): MapGeometry {
  if (world) return world;
  const countries = features(worldTopology, "countries").filter((f) => f.id !== ANTARCTICA && f.id !== undefined);
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [WORLD_WIDTH - 4, WORLD_HEIGHT - 4],
    ],
    { type: "Sphere" },
  );
  // Whole pixels: at this scale a tenth of a pixel changes nothing but the page's weight.
  const path = geoPath(projection).digits(0);
  world = {
    width: WORLD_WIDTH,
    height: WORLD_HEIGHT,
    shapes: countries.map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? "" })),
    outline: path({ type: "Sphere" }),
    graticule: path(geoGraticule10()),
  };
  return world;
}

/** US states (FIPS ids), already in Albers USA with Alaska and Hawaii inset, as us-atlas ships them. */
export function usGeometry(): MapGeometry {
  if (us) return us;
  const path = geoPath().digits(0);
  // us-atlas ships 1:10m detail; dropping points that span less than a square pixel halves the page weight
  // with no visible change (topology-preserving, so borders still meet).
  const topology = simplify(presimplify(structuredClone(usTopology) as unknown as Topology<{ states: GeometryCollection }>), 1);
  us = {
    width: US_WIDTH,
    height: US_HEIGHT,
    shapes: features(topology, "states").map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? "" })),
    outline: null,
    graticule: null,
  };
  return us;
}
