import Link from "next/link";
import type { ActorRecognitionEvent } from "@/lib/actors/queries";
import { CATEGORY_LABEL, CATEGORY_OF_ACTION, decisiveEvent } from "@/lib/recognition/categories";
import { ACTION_LABEL, LEVEL_LABEL, ROLE_LABEL } from "./labels";
import { PartialDateText } from "./partial-date";

function EventList({ events, showActor }: { events: ActorRecognitionEvent[]; showActor: boolean }) {
  return (
    <ul className="mt-2">
      {events.map((e) => (
        <li key={`${e.slug}-${e.actor.slug}-${e.role}`} className="border-b border-rule py-2.5">
          <p className="label">
            {ACTION_LABEL[e.action]} · {LEVEL_LABEL[e.level]} · <PartialDateText date={e.date} precision={e.datePrecision} qualifier={e.dateQualifier} />
          </p>
          <Link href={`/entries/${e.slug}`} className="font-serif font-bold text-ink no-underline hover:underline">
            {e.title}
          </Link>
          {showActor ? (
            <p className="font-sans text-xs text-muted">
              {ROLE_LABEL[e.role as keyof typeof ROLE_LABEL] ?? e.role}: {e.actor.name}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * An actor's recognition status (its own latest position, as the maps colour it), then its offices,
 * twinnings and the rest of its recognition record, including that of the bodies below it.
 */
export function ActorRecognition({ slug, name, events }: { slug: string; name: string; events: ActorRecognitionEvent[] }) {
  if (events.length === 0) return null;
  const own = events
    .filter((e) => e.actor.slug === slug && (e.role === "acting_body" || (e.role === "host" && e.action === "representative_office")))
    .map((e) => ({ ...e, entrySlug: e.slug }));
  const status = decisiveEvent(own);
  const offices = events.filter((e) => e.action === "representative_office");
  const ties = events.filter((e) => e.action === "friendship_or_twinning");
  const positions = events.filter((e) => e.action !== "representative_office" && e.action !== "friendship_or_twinning");
  const includesOthers = events.some((e) => e.actor.slug !== slug);
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
      {positions.length > 0 ? (
        <>
          <h3 className="mt-6 font-sans text-sm font-semibold">Positions on recognition</h3>
          <EventList events={positions} showActor />
        </>
      ) : null}
      {offices.length > 0 ? (
        <>
          <h3 className="mt-6 font-sans text-sm font-semibold">Representative offices</h3>
          <EventList events={offices} showActor />
        </>
      ) : null}
      {ties.length > 0 ? (
        <>
          <h3 className="mt-6 font-sans text-sm font-semibold">Twinnings and friendship</h3>
          <EventList events={ties} showActor />
        </>
      ) : null}
    </section>
  );
}
