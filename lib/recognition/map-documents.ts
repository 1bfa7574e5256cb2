// The two recognition maps as SVG documents, from the cached shading: what /recognition/maps/*.svg serve.
import "server-only";
import { unstable_cache } from "next/cache";
import { RECORD_TAG } from "@/lib/revalidate";
import { getMapShading } from "./cached";
import { US_HEIGHT, US_WIDTH, WORLD_HEIGHT, WORLD_WIDTH } from "./geometry";
import { createTranslator } from "next-intl";
import { formatPartialDate } from "@/lib/dates";
import { loadMessages } from "@/lib/i18n/catalogue";
import { actorName } from "@/lib/i18n/content";
import { labelsFor } from "@/lib/i18n/labels-server";
import { LOCALE_TAG, type Locale } from "@/lib/i18n/locales";
import { numericToAlpha2 } from "@/lib/actors/country";
import { mapDocument, type MapWords } from "./map-svg";
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

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The map's words in `locale`: the `recognition` catalogue and labels; countries named through Intl, and a
 * jurisdiction that colours a shape by its own name in the record (California's Russian name, say). */
function mapWords(locale: Locale, t: Translate): MapWords {
  const regions = locale === "en" ? null : new Intl.DisplayNames([LOCALE_TAG[locale]], { type: "region", fallback: "none" });
  return {
    locale,
    action: labelsFor(locale).action,
    none: t("category.none").toLocaleLowerCase(LOCALE_TAG[locale]),
    localAction: t("map.localAction"),
    shapeName: (shape) => {
      if (locale === "en") return shape.name;
      const own = shape.shade && shape.shade.actor.name === shape.name ? actorName(shape.shade.actor, locale) : null;
      if (own?.translated) return own.text;
      const alpha2 = /^\d{3}$/.test(shape.id) ? numericToAlpha2(shape.id) : undefined;
      return (alpha2 && regions?.of(alpha2)) || shape.name;
    },
  };
}

/** A map as the record stood on `asOf` (YYYY-MM-DD), or today's, in `locale` (the language of its URL). */
export async function getMapDocument(name: MapName, asOf: string | null = null, locale: Locale = "en"): Promise<string> {
  const shading = await getMapShading(asOf);
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "recognition" }) as unknown as Translate;
  const words = mapWords(locale, t);
  const titled = (title: string) => (asOf ? t("map.asOf", { title, date: formatPartialDate(asOf, "day", null, locale) }) : title);
  if (name === "world") {
    return mapDocument({
      title: titled(locale === "en" ? MAP_TITLE.world : t("map.world")),
      description: t("map.worldDescription"),
      map: shadedWorldMap(shading).map,
      words,
    });
  }
  const recognisedStates = [...shading.usStates.values()].filter((s) => s.category === "recognised").length;
  return mapDocument({
    title: titled(locale === "en" ? MAP_TITLE["us-states"] : t("map.us")),
    description: t("map.usDescription", { count: recognisedStates }),
    map: shadedUsMap(shading),
    words,
  });
}

/** The maps' proportions, for the frames that show them (known without reading the database). */
export const MAP_SIZE: Record<MapName, { width: number; height: number }> = {
  world: { width: WORLD_WIDTH, height: WORLD_HEIGHT },
  "us-states": { width: US_WIDTH, height: US_HEIGHT },
};

/** Built once per change of the record (tag `record`), like the page's own reads. */
export const cachedGetMapDocument = unstable_cache(getMapDocument, ["recognition:map-document"], { tags: [RECORD_TAG], revalidate: 60 });
