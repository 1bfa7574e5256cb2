import { useTranslations } from "next-intl";
import { MAP_CATEGORIES } from "@/lib/recognition/categories";

/** The legend: the only place on the site where colour carries meaning, so every colour is named. */
export function MapLegend() {
  const t = useTranslations("recognition");
  return (
    <div className="font-sans text-sm">
      <h3 className="label !text-ink font-semibold" id="legend-title">
        {t("legend.heading")}
      </h3>
      <ul aria-labelledby="legend-title" className="mt-2 grid gap-x-6 gap-y-1.5 sm:grid-cols-2">
        {[...MAP_CATEGORIES, "none" as const].map((c) => (
          <li key={c} className="flex items-start gap-2">
            <span aria-hidden="true" data-swatch={c} className={`mt-0.5 inline-block h-3.5 w-5 shrink-0 border border-rule swatch-${c}`} />
            <span>{t(`category.${c}`)}</span>
          </li>
        ))}
        <li className="flex items-start gap-2">
          <span aria-hidden="true" className="swatch-hatch mt-0.5 inline-block h-3.5 w-5 shrink-0 border border-rule" />
          <span>{t("legend.hatched")}</span>
        </li>
      </ul>
      <p className="mt-3 max-w-prose text-xs leading-relaxed text-muted">
        {t("legend.explanation")}
      </p>
    </div>
  );
}
