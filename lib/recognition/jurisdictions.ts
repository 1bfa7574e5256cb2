// Which map shape an actor belongs to: its own ISO code, or the nearest ancestor's (Highland → California).

export type ActorNode = { id: string; countryCode: string | null; parentId: string | null };

const US_STATE = /^US-[A-Z]{2}$/;

function* selfAndAncestors(id: string, byId: Map<string, ActorNode>): Generator<ActorNode> {
  const seen = new Set<string>();
  let node = byId.get(id);
  while (node && !seen.has(node.id)) {
    seen.add(node.id);
    yield node;
    node = node.parentId ? byId.get(node.parentId) : undefined;
  }
}

/** ISO 3166-1 alpha-2 country of an actor, from the first coded actor up its hierarchy; null if none. */
export function countryOf(id: string, byId: Map<string, ActorNode>): string | null {
  for (const node of selfAndAncestors(id, byId)) if (node.countryCode) return node.countryCode.slice(0, 2);
  return null;
}

/** The US state an actor is or lies in ("US-CA"), or null. */
export function usStateOf(id: string, byId: Map<string, ActorNode>): string | null {
  for (const node of selfAndAncestors(id, byId)) if (node.countryCode && US_STATE.test(node.countryCode)) return node.countryCode;
  return null;
}
