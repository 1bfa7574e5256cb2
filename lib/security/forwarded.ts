// Who the client is and how it connected, believing X-Forwarded-* only as far as TRUST_PROXY says (pure; used by
// proxy.ts and lib/auth/auth.ts). Without a trusted proxy those headers are the client's own words.
import { z } from "zod";

/**
 * Set by scripts/server.mjs on every request to the socket's remote address, after dropping any copy the client
 * sent: the one address here the client cannot choose.
 */
export const SOCKET_ADDRESS_HEADER = "x-record-socket-address";

/** TRUST_PROXY: how many proxies in front of the app append to X-Forwarded-For (0: none, the default). */
export const trustProxySchema = z.coerce.number().int().min(0).max(10).default(0);

/** TRUST_PROXY as validated in lib/env.ts; read here as well for proxy.ts. Anything invalid trusts no proxy. */
export function trustedProxyHops(value: string | undefined = process.env.TRUST_PROXY): number {
  const parsed = trustProxySchema.safeParse(value === "" ? undefined : value);
  return parsed.success ? parsed.data : 0;
}

const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

function address(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  if (!ADDRESS.test(trimmed)) return null;
  // An IPv4 client on a dual-stack socket shows as ::ffff:1.2.3.4.
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The standard rule: each trusted proxy appends the address it received from, so with `hops` proxies the client
 * is the `hops`-th entry from the right of the list (or the leftmost, if the list is shorter); entries further
 * left were written by the client and prove nothing.
 */
function fromTheRight(list: string | null, hops: number): string | undefined {
  const entries = (list ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - hops)];
}

/** The client's address: the socket's without a trusted proxy, otherwise from X-Forwarded-For by the rule above. */
export function clientAddress(headers: Headers, hops: number): string | null {
  if (hops <= 0) return address(headers.get(SOCKET_ADDRESS_HEADER));
  return address(fromTheRight(headers.get("x-forwarded-for"), hops)) ?? address(headers.get(SOCKET_ADDRESS_HEADER));
}

/** The scheme the client used, as the trusted proxy tells it in X-Forwarded-Proto; nothing without one. */
export function forwardedProto(headers: Headers, hops: number): string | null {
  if (hops <= 0) return null;
  return fromTheRight(headers.get("x-forwarded-proto"), hops)?.toLowerCase() ?? null;
}
