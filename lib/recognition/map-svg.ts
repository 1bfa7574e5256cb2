// A recognition map as a standalone SVG document (image/svg+xml), built with an XML builder so every name
// and label from the record is escaped. Shown on /recognition in an <iframe>, so its links work (an SVG
// shown through <img> has none); they open in the top window.
import { XMLBuilder } from "fast-xml-parser";
import { labelsFor } from "@/lib/i18n/labels-server";
import { actorName } from "@/lib/i18n/content";
import type { Labels } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import { formatPartialDate } from "@/lib/dates";
import { CATEGORY_LABEL, MAP_CATEGORIES } from "./categories";
import type { ShadedMap, ShadedShape } from "./map-view";
import { MAP_PALETTE, type MapColour } from "./palette";

/** The words of a map document in one language (labels and the `recognition` catalogue), and how it names places. */
export type MapWords = {
  locale: Locale;
  action: Labels["action"];
  /** "no recorded action", as a shape's state. */
  none: string;
  localAction: string;
  /** A shape's name in the document's language (the atlas gives English). */
  shapeName: (shape: ShadedShape) => string;
};

const ENGLISH_WORDS: MapWords = {
  locale: "en",
  get action() {
    return labelsFor("en").action;
  },
  none: CATEGORY_LABEL.none.toLowerCase(),
  localAction: "action by a body within it recorded",
  shapeName: (shape) => shape.name,
};

/** What a shape says to a reader: name, the action that colours it and when, and local action within it. */
export function describeShape(shape: ShadedShape, words: MapWords = ENGLISH_WORDS): string {
  const parts: string[] = [];
  const name = words.shapeName(shape);
  if (shape.shade) {
    const { event, actor } = shape.shade;
    const actorShown = actorName(actor, words.locale).text;
    const by = actor.name !== shape.name && actorShown !== name ? ` (${actorShown})` : "";
    parts.push(`${words.action[event.action]}${by}, ${formatPartialDate(event.date, event.datePrecision, event.dateQualifier, words.locale)}`);
  } else {
    parts.push(words.none);
  }
  if (shape.localAction) parts.push(words.localAction);
  return `${name}: ${parts.join("; ")}`;
}

function variables(colours: Record<MapColour, string>): string {
  return Object.entries(colours)
    .map(([name, value]) => `--${name}:${value}`)
    .join(";");
}

/** Colours by class, light and dark; the frame follows the page's colour scheme. */
export function mapStylesheet(): string {
  const fills = [...MAP_CATEGORIES, "none"].map((c) => `.map-${c}{fill:var(--${c})}`).join("");
  return [
    `:root{color-scheme:light dark;${variables(MAP_PALETTE.light)}}`,
    `@media (prefers-color-scheme: dark){:root{${variables(MAP_PALETTE.dark)}}}`,
    `.map-shape{stroke:var(--line);stroke-width:0.6;stroke-linejoin:round}`,
    fills,
    `.rule{fill:none;stroke:var(--rule)}.hatch{stroke:var(--hatch);stroke-opacity:0.6}.hatch-light{stroke:var(--line);stroke-opacity:0.85}`,
    `a:focus-visible .map-shape,a:hover .map-shape{stroke:var(--ink);stroke-width:1.6}a:focus{outline:none}`,
  ].join("");
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", suppressEmptyNode: true, suppressBooleanAttributes: false, processEntities: true });

type Node = Record<string, unknown>;

function hatchPattern(id: string, line: "hatch" | "hatch-light"): Node {
  return {
    "@_id": id,
    "@_patternUnits": "userSpaceOnUse",
    "@_width": "4",
    "@_height": "4",
    "@_patternTransform": "rotate(45)",
    line: { "@_x1": "0", "@_y1": "0", "@_x2": "0", "@_y2": "4", "@_class": line, "@_stroke-width": line === "hatch" ? "1" : "1.2" },
  };
}

/**
 * Every shape a <path> coloured by class; coloured jurisdictions are links to the actor whose action decides
 * the colour, with a full accessible name; neutral ones are hidden from assistive technology (the table on
 * the page carries the same facts for every reader); hatching marks action by bodies within a jurisdiction.
 */
export function mapDocument({
  title,
  description,
  map,
  words = ENGLISH_WORDS,
}: {
  title: string;
  description: string;
  map: ShadedMap;
  words?: MapWords;
}): string {
  const coloured = map.shapes.filter((s) => s.shade);
  const neutral = map.shapes.filter((s) => !s.shade);
  const ruled = (d: string | null, width: string): Node[] =>
    d ? [{ "@_d": d, "@_class": "rule", "@_stroke-width": width, "@_aria-hidden": "true" }] : [];
  const svg: Node = {
    "@_xmlns": "http://www.w3.org/2000/svg",
    "@_lang": words.locale,
    "@_viewBox": `0 0 ${map.width} ${map.height}`,
    "@_width": "100%",
    "@_height": "100%",
    "@_role": "group",
    "@_aria-labelledby": "map-title map-desc",
    title: { "@_id": "map-title", "#text": title },
    desc: { "@_id": "map-desc", "#text": description },
    style: mapStylesheet(),
    defs: { pattern: [hatchPattern("hatch", "hatch"), hatchPattern("hatch-light", "hatch-light")] },
    path: [...ruled(map.outline, "1"), ...ruled(map.graticule, "0.4")],
    g: [
      {
        "@_aria-hidden": "true",
        path: neutral.map((s) => ({
          "@_d": s.d,
          "@_class": "map-shape map-none",
          "@_data-jurisdiction": s.id,
          "@_data-category": "none",
          title: describeShape(s, words),
        })),
      },
      {
        a: coloured.map((s) => ({
          "@_href": localizedPath(words.locale, `/actors/${s.shade!.actor.slug}`),
          "@_target": "_top",
          "@_aria-label": describeShape(s, words),
          path: {
            "@_d": s.d,
            "@_class": `map-shape map-${s.shade!.category}`,
            "@_data-jurisdiction": s.id,
            "@_data-category": s.shade!.category,
            title: describeShape(s, words),
          },
        })),
      },
      {
        "@_aria-hidden": "true",
        "@_pointer-events": "none",
        path: map.shapes
          .filter((s) => s.localAction)
          .map((s) => ({ "@_d": s.d, "@_fill": `url(#hatch${s.shade ? "-light" : ""})`, "@_stroke": "none", "@_data-hatched": s.id })),
      },
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ svg })}`;
}
