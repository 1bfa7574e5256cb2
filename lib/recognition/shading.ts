// Which colour each country and US state takes on the recognition maps, from the latest action per jurisdiction.
import { CATEGORY_OF_ACTION, decisiveEvent, type JurisdictionEvent, type MapCategory } from "./categories";
import { countryOf, usStateOf, type ActorNode } from "./jurisdictions";

/** `nameHy`, `nameRu`: the actor's names in Armenian and Russian, where the record has them. */
export type MapActor = ActorNode & { slug: string; name: string; nameHy?: string | null; nameRu?: string | null };
type NamedActor = { slug: string; name: string; nameHy?: string | null; nameRu?: string | null };
const named = (a: MapActor): NamedActor => ({ slug: a.slug, name: a.name, nameHy: a.nameHy ?? null, nameRu: a.nameRu ?? null });

/** The latest event of one action at one level for one acting actor (what the map query returns). */
export type ActorActionEvent = JurisdictionEvent & { actorId: string };

export type Shade = {
  category: MapCategory;
  event: JurisdictionEvent;
  /** The actor whose action decides the colour (the state itself, or e.g. a national party). */
  actor: NamedActor;
};

export type MapShading = {
  /** By ISO 3166-1 alpha-2: national-level actions. */
  countries: Map<string, Shade>;
  /** Countries where a subnational, municipal or party body acted (drawn hatched). */
  countriesWithLocalAction: Set<string>;
  /** National-level actors with no ISO code of their own or above them (Abkhazia): listed beside the map. */
  uncoded: { actor: NamedActor; shade: Shade }[];
  /** By ISO 3166-2 code ("US-CA"): actions of the state itself. */
  usStates: Map<string, Shade>;
  /** States where a body within the state (a city) acted. */
  usStatesWithLocalAction: Set<string>;
};

function decide(events: (ActorActionEvent & { actor: MapActor })[]): Shade | null {
  const best = decisiveEvent(events);
  if (!best) return null;
  const { actorId: _id, actor, ...event } = best;
  return { category: CATEGORY_OF_ACTION[best.action], event, actor: named(actor) };
}

function group<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function shadeMaps({ actors, events }: { actors: MapActor[]; events: ActorActionEvent[] }): MapShading {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const national = new Map<string, (ActorActionEvent & { actor: MapActor })[]>();
  const uncoded = new Map<string, (ActorActionEvent & { actor: MapActor })[]>();
  const states = new Map<string, (ActorActionEvent & { actor: MapActor })[]>();
  const countriesWithLocalAction = new Set<string>();
  const usStatesWithLocalAction = new Set<string>();

  for (const event of events) {
    const actor = byId.get(event.actorId);
    if (!actor) continue;
    const withActor = { ...event, actor };
    const country = countryOf(actor.id, byId);
    if (event.level === "national") {
      if (country) group(national, country, withActor);
      else group(uncoded, actor.id, withActor);
    } else if (country) {
      countriesWithLocalAction.add(country);
    }
    const state = usStateOf(actor.id, byId);
    if (state) {
      if (actor.countryCode === state) group(states, state, withActor);
      else usStatesWithLocalAction.add(state);
    }
  }

  const decideAll = (m: Map<string, (ActorActionEvent & { actor: MapActor })[]>) => {
    const out = new Map<string, Shade>();
    for (const [key, list] of m) {
      const shade = decide(list);
      if (shade) out.set(key, shade);
    }
    return out;
  };
  return {
    countries: decideAll(national),
    countriesWithLocalAction,
    uncoded: [...decideAll(uncoded)].map(([id, shade]) => ({ actor: named(byId.get(id)!), shade })),
    usStates: decideAll(states),
    usStatesWithLocalAction,
  };
}
