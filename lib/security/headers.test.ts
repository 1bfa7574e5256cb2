import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  frameableDocumentPolicy,
  isFrameableDocument,
  isHttps,
  requestIdFrom,
  staticSecurityHeaders,
} from "./headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values];
  }));
}

describe("content security policy", () => {
  it("lets scripts run only with the request's nonce, never inline or eval", () => {
    const nonce = createNonce();
    const scripts = directives(contentSecurityPolicy(nonce)).get("script-src")!;
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("the public record's policy carries no nonce and no 'strict-dynamic': only 'self' until the server adds hashes", () => {
    const policy = directives(contentSecurityPolicy(null));
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  it("forbids framing, plugins, foreign form targets and base changes", () => {
    const policy = directives(contentSecurityPolicy(createNonce()));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("allows eval only in development (React's dev tools need it)", () => {
    expect(directives(contentSecurityPolicy("n", { development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("makes a different, base64 nonce of 16 bytes every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("static security headers", () => {
  it("sends nosniff, the referrer policy and a permissions policy, and HSTS only over HTTPS", () => {
    const plain = staticSecurityHeaders({ https: false });
    expect(plain["X-Content-Type-Options"]).toBe("nosniff");
    expect(plain["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(plain["Permissions-Policy"]).toMatch(/camera=\(\)/);
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
  });

  it("knows HTTPS only from the trusted proxy's word", () => {
    expect(isHttps("https")).toBe(true);
    expect(isHttps(" HTTPS ")).toBe(true);
    expect(isHttps("http")).toBe(false);
    expect(isHttps(null)).toBe(false);
  });
});

describe("request ids", () => {
  it("keeps an id that looks like one and replaces anything else", () => {
    expect(requestIdFrom("0f8c2b1e-1234-4d5e-9abc-def012345678")).toBe("0f8c2b1e-1234-4d5e-9abc-def012345678");
    expect(requestIdFrom("abc\r\nSet-Cookie: x=1")).not.toContain("\n");
    expect(requestIdFrom("short")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(null)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("frameable documents", () => {
  it("are the recognition map documents only", () => {
    expect(isFrameableDocument("/recognition/maps/world.svg")).toBe(true);
    expect(isFrameableDocument("/recognition/maps/us-states.svg")).toBe(true);
    expect(isFrameableDocument("/hy/recognition/maps/world.svg")).toBe(true);
    expect(isFrameableDocument("/ru/recognition/maps/us-states.svg")).toBe(true);
    for (const path of ["/recognition", "/recognition/maps", "/recognition/maps/", "/entries/x.svg", "/recognition/maps/a/b.svg", "/admin/recognition/maps/world.svg"]) {
      expect(isFrameableDocument(path), path).toBe(false);
    }
  });

  it("may be framed by the site itself only, and run no script", () => {
    const policy = directives(frameableDocumentPolicy());
    expect(policy.get("frame-ancestors")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
    expect(staticSecurityHeaders({ https: false, frameable: true })["X-Frame-Options"]).toBe("SAMEORIGIN");
    expect(staticSecurityHeaders({ https: false })["X-Frame-Options"]).toBe("DENY");
  });

  it("are the only frames a page may show", () => {
    expect(directives(contentSecurityPolicy(createNonce())).get("frame-src")).toEqual(["'self'"]);
  });
});
