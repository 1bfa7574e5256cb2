// schema.org JSON-LD for an entry: Event for meetings, CreativeWork with Quotations for statements,
// Legislation for recognition measures with an instrument or vote, Event for other recognition events.
import { toPartialDate } from "@/lib/dates";
import type { ActorKind, MeetingDetails, RecognitionDetails, StatementDetails } from "@/lib/domain";
import { actorName, entrySummary, entryTitle } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import type { EntryActorLink, EntryDetail } from "./read-model";

type Thing = Record<string, unknown>;

function agent(actor: EntryActorLink, siteUrl: string, locale: Locale): Thing {
  const type: Record<ActorKind, string> = {
    person: "Person",
    state: "Country",
    subnational: "AdministrativeArea",
    city: "City",
    organisation: "Organization",
  };
  // Places cannot be agents in schema.org; a state or a city acting is its government, an Organization.
  const asAgent = actor.kind === "person" ? "Person" : "Organization";
  return {
    "@type": asAgent,
    name: actorName(actor, locale).text,
    url: `${siteUrl}${localizedPath(locale, `/actors/${actor.slug}`)}`,
    ...(actor.titleAtTime ? { description: actor.titleAtTime } : {}),
    ...(asAgent !== type[actor.kind] ? { additionalType: `https://schema.org/${type[actor.kind]}` } : {}),
  };
}

function citations(entry: EntryDetail): Thing[] {
  return entry.sources.map((s) => ({
    "@type": "CreativeWork",
    name: s.title,
    ...(s.url ? { url: s.url } : {}),
    ...(s.archiveUrl ? { archivedAt: s.archiveUrl } : {}),
    ...(s.publisher ? { publisher: { "@type": "Organization", name: s.publisher } } : {}),
    ...(s.author ? { author: { "@type": "Person", name: s.author } } : {}),
    ...(s.publishedOn ? { datePublished: s.publishedOn } : {}),
    ...(s.language ? { inLanguage: s.language } : {}),
  }));
}

/**
 * On the Armenian and Russian pages the name and description are the entry's translation where it has one, and
 * `inLanguage` says which language they are in (English when there is none); `@id` stays the permanent address.
 */
export function entryJsonLd(entry: EntryDetail, siteUrl: string, locale: Locale = "en"): Thing {
  const id = `${siteUrl}/entries/${entry.slug}`;
  const url = `${siteUrl}${localizedPath(locale, `/entries/${entry.slug}`)}`;
  const title = entryTitle(entry, locale);
  const summary = entrySummary(entry, locale);
  // An undated entry's stored date is only its source's bound: no date is claimed for the event.
  const date = entry.dateQualifier === "undated" ? undefined : toPartialDate(entry.date, entry.datePrecision);
  const involved = entry.actors.filter((a) => a.role !== "mentioned");
  const common: Thing = {
    "@context": "https://schema.org",
    "@id": id,
    url,
    name: title.text,
    description: summary.text || undefined,
    inLanguage: locale === "en" ? entry.originalLanguage : title.lang,
    keywords: entry.tags.length ? entry.tags.join(", ") : undefined,
    citation: citations(entry),
    mainEntityOfPage: url,
    ...(entry.publishedAt ? { datePublished: entry.publishedAt } : {}),
    dateModified: entry.updatedAt,
  };
  if (entry.kind === "meeting") {
    const details = entry.details as MeetingDetails;
    return {
      ...common,
      "@type": "Event",
      startDate: date,
      eventAttendanceMode: details.format === "phone_call" ? "https://schema.org/OnlineEventAttendanceMode" : undefined,
      ...(entry.place ? { location: { "@type": "Place", name: entry.place } } : {}),
      attendee: involved.map((a) => agent(a, siteUrl, locale)),
    };
  }
  if (entry.kind === "statement") {
    const details = entry.details as StatementDetails;
    const authors = involved.filter((a) => a.role === "speaker" || a.role === "issuing_body");
    return {
      ...common,
      "@type": "CreativeWork",
      genre: details.form.replace(/_/g, " "),
      dateCreated: date,
      author: authors.map((a) => agent(a, siteUrl, locale)),
      hasPart: details.quotes.map((q) => ({
        "@type": "Quotation",
        text: q.text,
        ...(q.speaker ? { creator: { "@type": "Thing", name: q.speaker } } : {}),
      })),
    };
  }
  const details = entry.details as RecognitionDetails;
  const acting = involved.filter((a) => a.role === "acting_body").map((a) => agent(a, siteUrl, locale));
  if (details.instrument || details.vote || details.stages.length > 0) {
    return {
      ...common,
      "@type": "Legislation",
      legislationDate: date,
      ...(details.instrument ? { legislationIdentifier: details.instrument } : {}),
      legislationPassedBy: acting,
      about: details.action.replace(/_/g, " "),
    };
  }
  return { ...common, "@type": "Event", startDate: date, organizer: acting, about: details.action.replace(/_/g, " ") };
}
