import { formatPartialDate } from "@/lib/dates";
import { CATEGORY_LABEL } from "@/lib/recognition/categories";
import type { ShadedMap, ShadedShape } from "@/lib/recognition/map-view";
import { ACTION_LABEL } from "./labels";

function describe(shape: ShadedShape): string {
  const parts: string[] = [];
  if (shape.shade) {
    const { event, actor } = shape.shade;
    const by = actor.name !== shape.name ? ` (${actor.name})` : "";
    parts.push(`${ACTION_LABEL[event.action]}${by}, ${formatPartialDate(event.date, event.datePrecision)}`);
  } else {
    parts.push(CATEGORY_LABEL.none.toLowerCase());
  }
  if (shape.localAction) parts.push("action by a body within it recorded");
  return `${shape.name}: ${parts.join("; ")}`;
}

/**
 * A choropleth drawn on the server: every shape a <path>, coloured by class so the dark theme can recolour it.
 * Coloured jurisdictions are links to the actor whose action decides the colour; hatching marks action
 * by bodies within a jurisdiction. The table below the maps carries the same facts for any reader.
 */
export function RecognitionMap({ id, title, description, map }: { id: string; title: string; description: string; map: ShadedMap }) {
  const coloured = map.shapes.filter((s) => s.shade);
  const neutral = map.shapes.filter((s) => !s.shade);
  return (
    <svg
      viewBox={`0 0 ${map.width} ${map.height}`}
      role="group"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        {/* Dark lines on neutral ground, light lines on a colour, so the hatching shows on both. */}
        <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="4" style={{ stroke: "var(--color-map-hatch)" }} strokeWidth="1" strokeOpacity="0.6" />
        </pattern>
        <pattern id={`${id}-hatch-light`} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="4" style={{ stroke: "var(--color-map-line)" }} strokeWidth="1.2" strokeOpacity="0.85" />
        </pattern>
      </defs>
      {map.outline ? <path d={map.outline} fill="none" style={{ stroke: "var(--color-rule)" }} strokeWidth="1" aria-hidden="true" /> : null}
      {map.graticule ? <path d={map.graticule} fill="none" style={{ stroke: "var(--color-rule)" }} strokeWidth="0.4" aria-hidden="true" /> : null}
      <g aria-hidden="true">
        {neutral.map((s) => (
          <path key={s.id} d={s.d} className="map-shape map-none" data-jurisdiction={s.id} data-category="none">
            <title>{describe(s)}</title>
          </path>
        ))}
      </g>
      <g>
        {coloured.map((s) => (
          <a key={s.id} href={`/actors/${s.shade!.actor.slug}`} className="map-link" aria-label={describe(s)}>
            <path d={s.d} className={`map-shape map-${s.shade!.category}`} data-jurisdiction={s.id} data-category={s.shade!.category}>
              <title>{describe(s)}</title>
            </path>
          </a>
        ))}
      </g>
      <g aria-hidden="true" pointerEvents="none">
        {map.shapes
          .filter((s) => s.localAction)
          .map((s) => (
            <path key={s.id} d={s.d} fill={`url(#${id}-hatch${s.shade ? "-light" : ""})`} stroke="none" data-hatched={s.id} />
          ))}
      </g>
    </svg>
  );
}
