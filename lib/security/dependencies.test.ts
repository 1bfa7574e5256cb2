// The installed versions close the 2025–26 advisories: a downgrade in the lock file fails here, not in production.
import fs from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");

function installedVersion(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8"));
  return manifest.version as string;
}

const MINIMUMS: Array<[string, string, string]> = [
  ["next", "16.4.5", "React Server Components and middleware advisories of 2025–26"],
  ["react", "19.2.9", "React Server Components remote code execution and denial of service"],
  ["react-dom", "19.2.9", "kept with react"],
  ["next-auth", "5.0.0-beta.32", "Auth.js advisories"],
  ["drizzle-orm", "0.45.2", "SQL injection through identifiers"],
];

describe("installed dependencies", () => {
  it.each(MINIMUMS)("%s is at least %s (%s)", (name, minimum) => {
    const version = installedVersion(name);
    expect(semver.gte(version, minimum), `${name} ${version} < ${minimum}`).toBe(true);
  });

  it("react and react-dom are the same release", () => {
    expect(installedVersion("react-dom")).toBe(installedVersion("react"));
  });

  it("package.json pins every dependency exactly", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    const all = { ...manifest.dependencies, ...manifest.devDependencies } as Record<string, string>;
    const ranges = Object.entries(all).filter(([, spec]) => semver.valid(spec) === null);
    expect(ranges).toEqual([]);
  });

  it("declares the Node.js releases it is tested on (20 and 24 LTS)", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    const engines = manifest.engines.node as string;
    for (const version of ["20.9.0", "22.12.0", "24.11.0"]) expect(semver.satisfies(version, engines), version).toBe(true);
    expect(semver.satisfies(process.versions.node, engines), `running on ${process.versions.node}`).toBe(true);
  });
});
