import { describe, expect, it } from "vitest";
import { newTotpSecret, totpCode, totpStep, totpUri, verifyTotp } from "./totp";

// RFC 6238 Appendix B's SHA-1 key, "12345678901234567890", in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP codes", () => {
  it("match RFC 6238's test vectors (last six digits)", () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe("287082");
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe("081804");
    expect(totpCode(RFC_SECRET, 1_234_567_890_000)).toBe("005924");
    expect(totpCode(RFC_SECRET, 20_000_000_000_000)).toBe("353130");
  });

  it("accept the current code and one step either side, nothing further", () => {
    const now = 1_700_000_015_000;
    const secret = newTotpSecret();
    expect(verifyTotp(secret, totpCode(secret, now), { timestamp: now })).toBe(totpStep(now));
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), { timestamp: now })).toBe(totpStep(now) - 1);
    expect(verifyTotp(secret, totpCode(secret, now + 30_000), { timestamp: now })).toBe(totpStep(now) + 1);
    expect(verifyTotp(secret, totpCode(secret, now - 60_000), { timestamp: now })).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, now + 60_000), { timestamp: now })).toBeNull();
  });

  it("never accept a code of a step already used (replay), nor an older one", () => {
    const now = 1_700_000_015_000;
    const secret = newTotpSecret();
    const code = totpCode(secret, now);
    const step = verifyTotp(secret, code, { timestamp: now });
    expect(step).not.toBeNull();
    expect(verifyTotp(secret, code, { timestamp: now, lastStep: step })).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), { timestamp: now, lastStep: step })).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, now + 30_000), { timestamp: now, lastStep: step })).toBe(step! + 1);
  });

  it("refuse what is not six digits, and another secret's code", () => {
    const secret = newTotpSecret();
    const now = Date.now();
    for (const bad of ["", "12345", "1234567", "abcdef", "12 34 5x", "０１２３４５"]) expect(verifyTotp(secret, bad)).toBeNull();
    expect(verifyTotp(secret, totpCode(newTotpSecret(), now), { timestamp: now })).toBeNull();
    expect(verifyTotp(secret, ` ${totpCode(secret, now).slice(0, 3)} ${totpCode(secret, now).slice(3)} `, { timestamp: now })).not.toBeNull();
  });

  it("make a 160-bit secret and an otpauth URI apps read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = totpUri(secret, "ada@example.org");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Artsakh%20Record:ada%40example\.org\?/);
    expect(new URL(uri).searchParams.get("secret")).toBe(secret);
    expect(new URL(uri).searchParams.get("period")).toBe("30");
  });
});
