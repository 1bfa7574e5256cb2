// The OpenAPI document passes Redocly's "recommended" ruleset (the engine of `redocly lint`) with no errors or warnings.
import { createConfig, lintFromString, type NormalizedProblem } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { openApiDocument } from "./openapi";

// The servers' address comes from SITE_URL; left unset it is localhost, which the rules rightly warn about.
const siteUrl = process.env.SITE_URL;
beforeAll(() => {
  process.env.SITE_URL = "https://record.artsakh.test";
  resetEnvForTests();
});
afterAll(() => {
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
  resetEnvForTests();
});

function describeProblem(p: NormalizedProblem): string {
  const where = p.location.map((l) => l.pointer).join(", ");
  return `${p.severity} ${p.ruleId}: ${p.message} (${where})`;
}

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended rules with no errors or warnings: public operations say so, info has a licence", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({
      source: JSON.stringify(openApiDocument(), null, 2),
      absoluteRef: "openapi.json",
      config,
    });
    expect(problems.map(describeProblem)).toEqual([]);
    // The ruleset was really applied: the same linter finds the document without its security declaration.
    const { security: _s, ...withoutSecurity } = openApiDocument();
    const again = await lintFromString({ source: JSON.stringify(withoutSecurity), absoluteRef: "openapi.json", config });
    expect(again.filter((p) => p.ruleId === "security-defined" && p.severity === "error")).toHaveLength(4);
  });
});
