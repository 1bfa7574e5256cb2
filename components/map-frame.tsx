import { MAP_SIZE, MAP_TITLE, type MapName } from "@/lib/recognition/map-documents";

/**
 * A recognition map, framed: the SVG document /recognition/maps/<name>.svg, whose coloured jurisdictions are
 * links (opening in this window). Framed rather than inline, so the page stays light and the map is cached
 * on its own; the frame keeps the map's proportions at every width. The table on the page carries the same
 * facts for readers whose browser shows no frames.
 */
export function MapFrame({ name, asOf }: { name: MapName; asOf?: string | null }) {
  const { width, height } = MAP_SIZE[name];
  return (
    <iframe
      src={`/recognition/maps/${name}.svg${asOf ? `?as_of=${asOf}` : ""}`}
      title={MAP_TITLE[name]}
      className="block h-auto w-full border-0"
      style={{ aspectRatio: `${width} / ${height}` }}
    />
  );
}
