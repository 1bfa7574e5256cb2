// Slows password guessing (OWASP): consecutive failures per email and address, and a daily cap per address.
// In memory, per app instance: with several instances the limits apply on each one.
import { RateLimiterMemory } from "rate-limiter-flexible";

const FIFTEEN_MINUTES = 15 * 60;
const DAY = 24 * 60 * 60;

export type SignInLimits = {
  /** Seconds until the next attempt is allowed, or 0 when an attempt may go ahead now. */
  retryAfter(email: string, ip: string): Promise<number>;
  recordFailure(email: string, ip: string): Promise<void>;
  recordSuccess(email: string, ip: string): Promise<void>;
};

export function createSignInLimits({
  perEmailAndIp = 10,
  perIpPerDay = 100,
}: { perEmailAndIp?: number; perIpPerDay?: number } = {}): SignInLimits {
  const byEmailAndIp = new RateLimiterMemory({
    keyPrefix: "signin_email_ip",
    points: perEmailAndIp,
    duration: FIFTEEN_MINUTES,
    blockDuration: FIFTEEN_MINUTES,
  });
  const byIp = new RateLimiterMemory({ keyPrefix: "signin_ip", points: perIpPerDay, duration: DAY, blockDuration: DAY });
  const key = (email: string, ip: string) => `${email.toLowerCase()}|${ip}`;

  async function waitFor(limiter: RateLimiterMemory, k: string, points: number): Promise<number> {
    const state = await limiter.get(k);
    if (!state || state.consumedPoints < points) return 0;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }

  return {
    async retryAfter(email, ip) {
      return Math.max(await waitFor(byEmailAndIp, key(email, ip), perEmailAndIp), await waitFor(byIp, ip, perIpPerDay));
    },
    async recordFailure(email, ip) {
      // consume() rejects once the points are gone; the block is what we want, not the rejection.
      await Promise.allSettled([byEmailAndIp.consume(key(email, ip)), byIp.consume(ip)]);
    },
    async recordSuccess(email, ip) {
      await byEmailAndIp.delete(key(email, ip));
    },
  };
}
