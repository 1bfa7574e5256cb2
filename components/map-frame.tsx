import { useLocale, useTranslations } from "next-intl";
import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import { MAP_SIZE, type MapName } from "@/lib/recognition/map-documents";

/**
 * A recognition map, framed: the SVG document /recognition/maps/<name>.svg, whose coloured jurisdictions are
 * links (opening in this window). Framed rather than inline, so the page stays light and the map is cached
 * on its own; the frame keeps the map's proportions at every width. The table on the page carries the same
 * facts for readers whose browser shows no frames. Loaded lazily: the two documents (about 50 kB) are fetched
 * once the page is laid out and they are near the screen, instead of competing with the page's own style
 * sheet and fonts before its first paint.
 */
export function MapFrame({ name, asOf }: { name: MapName; asOf?: string | null }) {
  const { width, height } = MAP_SIZE[name];
  const t = useTranslations("recognition.map");
  const locale = useLocale();
  const src = `/recognition/maps/${name}.svg`;
  return (
    <iframe
      src={`${isLocale(locale) ? localizedPath(locale, src) : src}${asOf ? `?as_of=${asOf}` : ""}`}
      title={t(name === "world" ? "world" : "us")}
      loading="lazy"
      className="block h-auto w-full border-0"
      style={{ aspectRatio: `${width} / ${height}` }}
    />
  );
}
