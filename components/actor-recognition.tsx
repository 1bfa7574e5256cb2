import type { ActorRole } from "@/lib/constants";
import { useLocale, useTranslations } from "next-intl";
import Link from "@/components/locale-link";
import { LOCALE_TAG, type Locale } from "@/lib/i18n/locales";
import type { ActorRecognitionEvent, ActorRecognitionRecord } from "@/lib/actors/queries";
import { CATEGORY_OF_ACTION, decisiveEvent } from "@/lib/recognition/categories";
import { useLabels } from "@/lib/i18n/use-labels";
import { actorName } from "@/lib/i18n/content";
import { PartialDateText } from "./partial-date";

function EventList({ events, showActor }: { events: ActorRecognitionEvent[]; showActor: boolean }) {
  const labels = useLabels();
  const locale = useLocale() as Locale;
  const en = locale === "en" ? undefined : "en";
  return (
    <ul className="mt-2">
      {events.map((e) => (
        <li key={`${e.slug}-${e.actor.slug}-${e.role}`} className="border-b border-rule py-2.5">
          <p className="label">
            {labels.action[e.action]} · {labels.level[e.level]} · <PartialDateText date={e.date} precision={e.datePrecision} qualifier={e.dateQualifier} />
          </p>
          <Link href={`/entries/${e.slug}`} className="font-serif font-bold text-ink no-underline hover:underline">
            <span lang={en}>{e.title}</span>
          </Link>
          {showActor ? (
            <p className="font-sans text-xs text-muted">
              {labels.role[e.role as ActorRole] ?? e.role}: {(() => {
                const name = actorName(e.actor, locale);
                return <span lang={name.lang === locale ? undefined : name.lang}>{name.text}</span>;
              })()}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Group({ title, group, moreHref }: { title: string; group: ActorRecognitionRecord["positions"]; moreHref: string }) {
  const t = useTranslations("actors.recognition");
  const tag = LOCALE_TAG[useLocale() as Locale];
  if (group.total === 0) return null;
  return (
    <>
      <h3 className="mt-6 font-sans text-sm font-semibold">
        {title} <span className="font-normal text-muted">({group.total.toLocaleString(tag)})</span>
      </h3>
      <EventList events={group.events} showActor />
      {group.total > group.events.length ? (
        <p className="mt-2 font-sans text-sm">
          <Link href={moreHref}>{t("all", { count: group.total })} →</Link>
        </p>
      ) : null}
    </>
  );
}

/**
 * An actor's recognition status (its own latest position, as the maps colour it), then its positions,
 * offices and twinnings, including those of the bodies below it, latest first.
 */
export function ActorRecognition({ slug, name, record }: { slug: string; name: string; record: ActorRecognitionRecord }) {
  const t = useTranslations("actors.recognition");
  const tc = useTranslations("recognition");
  const en = useLocale() === "en" ? undefined : "en";
  const total = record.positions.total + record.offices.total + record.ties.total;
  if (total === 0) return null;
  const status = decisiveEvent(record.own.map((e) => ({ ...e, entrySlug: e.slug })));
  const includesOthers = [...record.positions.events, ...record.offices.events, ...record.ties.events].some((e) => e.actor.slug !== slug);
  const moreHref = `/entries?actor=${slug}&kind=recognition`;
  return (
    <section aria-labelledby="recognition" className="mt-10">
      <h2 id="recognition" className="section-title">
        {t("heading")}
      </h2>
      {status ? (
        <div className="mt-3 flex gap-3">
          <span aria-hidden="true" className={`mt-1.5 inline-block h-3.5 w-3.5 shrink-0 swatch-${CATEGORY_OF_ACTION[status.action]}`} />
          <div>
            <p className="font-serif text-lg font-bold leading-snug">{tc(`category.${CATEGORY_OF_ACTION[status.action]}`)}</p>
            <p className="font-sans text-sm text-muted">
              {t("latest")} <Link href={`/entries/${status.slug}`} lang={en}>{status.title}</Link>,{" "}
              <PartialDateText date={status.date} precision={status.datePrecision} qualifier={status.dateQualifier} />.
            </p>
          </div>
        </div>
      ) : (
        <p className="mt-3 font-serif text-muted">
          {includesOthers ? t("noneOwnWithOthers", { name }) : t("noneOwn", { name })}
        </p>
      )}
      <Group title={t("positions")} group={record.positions} moreHref={moreHref} />
      <Group title={t("offices")} group={record.offices} moreHref={moreHref} />
      <Group title={t("ties")} group={record.ties} moreHref={moreHref} />
    </section>
  );
}
