import type { ActorRole } from "@/lib/constants";
import Link from "next/link";
import type { ActorRecognitionEvent, ActorRecognitionRecord } from "@/lib/actors/queries";
import { CATEGORY_LABEL, CATEGORY_OF_ACTION, decisiveEvent } from "@/lib/recognition/categories";
import { useLabels } from "@/lib/i18n/use-labels";
import { PartialDateText } from "./partial-date";

function EventList({ events, showActor }: { events: ActorRecognitionEvent[]; showActor: boolean }) {
  const labels = useLabels();
  return (
    <ul className="mt-2">
      {events.map((e) => (
        <li key={`${e.slug}-${e.actor.slug}-${e.role}`} className="border-b border-rule py-2.5">
          <p className="label">
            {labels.action[e.action]} · {labels.level[e.level]} · <PartialDateText date={e.date} precision={e.datePrecision} qualifier={e.dateQualifier} />
          </p>
          <Link href={`/entries/${e.slug}`} className="font-serif font-bold text-ink no-underline hover:underline">
            {e.title}
          </Link>
          {showActor ? (
            <p className="font-sans text-xs text-muted">
              {labels.role[e.role as ActorRole] ?? e.role}: {e.actor.name}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Group({ title, group, moreHref }: { title: string; group: ActorRecognitionRecord["positions"]; moreHref: string }) {
  if (group.total === 0) return null;
  return (
    <>
      <h3 className="mt-6 font-sans text-sm font-semibold">
        {title} <span className="font-normal text-muted">({group.total.toLocaleString("en")})</span>
      </h3>
      <EventList events={group.events} showActor />
      {group.total > group.events.length ? (
        <p className="mt-2 font-sans text-sm">
          <Link href={moreHref}>All {group.total.toLocaleString("en")} →</Link>
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
  const total = record.positions.total + record.offices.total + record.ties.total;
  if (total === 0) return null;
  const status = decisiveEvent(record.own.map((e) => ({ ...e, entrySlug: e.slug })));
  const includesOthers = [...record.positions.events, ...record.offices.events, ...record.ties.events].some((e) => e.actor.slug !== slug);
  const moreHref = `/entries?actor=${slug}&kind=recognition`;
  return (
    <section aria-labelledby="recognition" className="mt-10">
      <h2 id="recognition" className="section-title">
        Recognition status
      </h2>
      {status ? (
        <div className="mt-3 flex gap-3">
          <span aria-hidden="true" className={`mt-1.5 inline-block h-3.5 w-3.5 shrink-0 swatch-${CATEGORY_OF_ACTION[status.action]}`} />
          <div>
            <p className="font-serif text-lg font-bold leading-snug">{CATEGORY_LABEL[CATEGORY_OF_ACTION[status.action]]}</p>
            <p className="font-sans text-sm text-muted">
              Latest recorded position: <Link href={`/entries/${status.slug}`}>{status.title}</Link>,{" "}
              <PartialDateText date={status.date} precision={status.datePrecision} qualifier={status.dateQualifier} />.
            </p>
          </div>
        </div>
      ) : (
        <p className="mt-3 font-serif text-muted">
          {name} took no recognition action of its own in the record{includesOthers ? "; the events below involve it or bodies within it." : "."}
        </p>
      )}
      <Group title="Positions on recognition" group={record.positions} moreHref={moreHref} />
      <Group title="Representative offices" group={record.offices} moreHref={moreHref} />
      <Group title="Twinnings and friendship" group={record.ties} moreHref={moreHref} />
    </section>
  );
}
