import { describe, expect, it } from "vitest";
import { createSignInLimits } from "./sign-in-limits";

describe("sign-in limits", () => {
  it("block an email from one address after the allowed failures, and only there", async () => {
    const limits = createSignInLimits({ perEmailAndIp: 3, perIpPerDay: 100 });
    for (let i = 0; i < 3; i++) {
      expect(await limits.retryAfter("a@example.org", "10.0.0.1")).toBe(0);
      await limits.recordFailure("A@example.org", "10.0.0.1");
    }
    expect(await limits.retryAfter("a@example.org", "10.0.0.1")).toBeGreaterThan(800);
    expect(await limits.retryAfter("a@example.org", "10.0.0.2")).toBe(0);
    expect(await limits.retryAfter("b@example.org", "10.0.0.1")).toBe(0);
  });

  it("forget failures after a success", async () => {
    const limits = createSignInLimits({ perEmailAndIp: 3 });
    await limits.recordFailure("a@example.org", "10.0.0.1");
    await limits.recordFailure("a@example.org", "10.0.0.1");
    await limits.recordSuccess("a@example.org", "10.0.0.1");
    await limits.recordFailure("a@example.org", "10.0.0.1");
    await limits.recordFailure("a@example.org", "10.0.0.1");
    expect(await limits.retryAfter("a@example.org", "10.0.0.1")).toBe(0);
  });

  it("cap one address across many emails", async () => {
    const limits = createSignInLimits({ perEmailAndIp: 100, perIpPerDay: 5 });
    for (let i = 0; i < 5; i++) await limits.recordFailure(`user${i}@example.org`, "10.0.0.9");
    expect(await limits.retryAfter("someone-new@example.org", "10.0.0.9")).toBeGreaterThan(3600);
  });
});
