// schema.org JSON-LD for an actor's page: Person, Country, AdministrativeArea, City or Organization.
import type { ActorKind } from "@/lib/domain";
import type { ActorDetail } from "./queries";

const TYPE: Record<ActorKind, string> = {
  person: "Person",
  state: "Country",
  subnational: "AdministrativeArea",
  city: "City",
  organisation: "Organization",
};

export function actorJsonLd(actor: ActorDetail, siteUrl: string): Record<string, unknown> {
  const url = `${siteUrl}/actors/${actor.slug}`;
  const parent = actor.parent ? { "@type": TYPE[actor.ancestors.at(-1)?.kind ?? "organisation"], name: actor.parent.name, url: `${siteUrl}/actors/${actor.parent.slug}` } : null;
  const names = [actor.nameHy, actor.nameRu, ...actor.aliases].filter((n): n is string => Boolean(n));
  return {
    "@context": "https://schema.org",
    "@type": TYPE[actor.kind],
    "@id": url,
    url,
    name: actor.name,
    ...(names.length ? { alternateName: names } : {}),
    ...(actor.description ? { description: actor.description } : {}),
    ...(actor.wikidataId ? { sameAs: `https://www.wikidata.org/wiki/${actor.wikidataId}` } : {}),
    ...(parent ? (actor.kind === "person" || actor.kind === "organisation" ? { parentOrganization: parent } : { containedInPlace: parent }) : {}),
    ...(actor.kind === "person" && actor.positions.length ? { jobTitle: actor.positions.map((p) => p.title) } : {}),
    ...(actor.existedFrom && actor.kind !== "person" ? { foundingDate: actor.existedFrom } : {}),
    ...(actor.existedUntil && actor.kind !== "person" ? { dissolutionDate: actor.existedUntil } : {}),
  };
}
