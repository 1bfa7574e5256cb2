// Where the entry's sources disagree on a figure: every reading, each beside the source that gives it.
import { getTranslations } from "next-intl/server";
import type { EntryDiscrepancy } from "@/lib/domain";
import type { PublicSource } from "@/lib/entries/read-model";

export async function Discrepancies({ discrepancies, sources }: { discrepancies: EntryDiscrepancy[]; sources: PublicSource[] }) {
  if (discrepancies.length === 0) return null;
  const t = await getTranslations("provenance.discrepancies");
  return (
    <section aria-labelledby="discrepancies" className="mt-10 max-w-[70ch]">
      <h2 id="discrepancies" className="section-title">
        {t("heading")}
      </h2>
      <dl className="mt-3 space-y-4 font-sans text-sm">
        {discrepancies.map((d, i) => (
          <div key={i} className="border-l-2 border-rule pl-3">
            <dt className="font-semibold">{d.subject}</dt>
            {d.readings.map((r, j) => {
              const source = sources[r.source - 1];
              return (
                <dd key={j} className="mt-1">
                  <span className="font-serif text-base font-bold">{r.reading}</span>
                  <span className="text-muted"> {t("according")} </span>
                  {source ? <a href={`#source-${r.source}`}>{source.title}</a> : <span>{t("sourceNumber", { number: r.source })}</span>}
                  {source?.publisher ? <span className="text-muted"> ({source.publisher})</span> : null}
                </dd>
              );
            })}
          </div>
        ))}
      </dl>
    </section>
  );
}
