// The two recognition maps as SVG documents, from the cached shading: what /recognition/maps/*.svg serve.
import "server-only";
import { unstable_cache } from "next/cache";
import { RECORD_TAG } from "@/lib/revalidate";
import { getMapShading } from "./cached";
import { US_HEIGHT, US_WIDTH, WORLD_HEIGHT, WORLD_WIDTH } from "./geometry";
import { mapDocument } from "./map-svg";
import { shadedUsMap, shadedWorldMap } from "./map-view";

export const MAP_NAMES = ["world", "us-states"] as const;
export type MapName = (typeof MAP_NAMES)[number];

/** Titles shared by the documents and the page's frames, so both name a map the same way. */
export const MAP_TITLE: Record<MapName, string> = {
  world: "World map of recognition actions at national level",
  "us-states": "Map of US states by recognition action",
};

export function isMapName(name: string): name is MapName {
  return (MAP_NAMES as readonly string[]).includes(name);
}

/** A map as the record stood on `asOf` (YYYY-MM-DD), or today's. */
export async function getMapDocument(name: MapName, asOf: string | null = null): Promise<string> {
  const shading = await getMapShading(asOf);
  if (name === "world") {
    return mapDocument({
      title: asOf ? `${MAP_TITLE.world}, as of ${asOf}` : MAP_TITLE.world,
      description:
        "Countries coloured by their latest national-level action on the recognition of Artsakh; countries with no recorded action are left neutral.",
      map: shadedWorldMap(shading).map,
    });
  }
  const recognisedStates = [...shading.usStates.values()].filter((s) => s.category === "recognised").length;
  return mapDocument({
    title: asOf ? `${MAP_TITLE["us-states"]}, as of ${asOf}` : MAP_TITLE["us-states"],
    description: `US states coloured by the latest action of each state's own legislature or government; ${recognisedStates} states passed a resolution recognising Artsakh. States with no recorded action are left neutral.`,
    map: shadedUsMap(shading),
  });
}

/** The maps' proportions, for the frames that show them (known without reading the database). */
export const MAP_SIZE: Record<MapName, { width: number; height: number }> = {
  world: { width: WORLD_WIDTH, height: WORLD_HEIGHT },
  "us-states": { width: US_WIDTH, height: US_HEIGHT },
};

/** Built once per change of the record (tag `record`), like the page's own reads. */
export const cachedGetMapDocument = unstable_cache(getMapDocument, ["recognition:map-document"], { tags: [RECORD_TAG], revalidate: 60 });
