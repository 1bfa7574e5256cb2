// All SQL goes through Drizzle's parameterised builders: no raw or string-built SQL anywhere in the app's code.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const SCANNED = ["app", "lib", "db", "components", "proxy.ts", "instrumentation.ts"];
const RAW_SQL = /\bsql\.raw\(|\.unsafe\(|\bsql\.identifier\(/;
// Check constraints in the schema list the domain's own constants (lib/constants.ts), fixed at build time.
const ALLOWED = new Set(["db/schema/columns.ts"]);

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? (d.name === "migrations" ? [] : sourceFiles(path.join(entry, d.name))) : [path.join(entry, d.name)]))
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith(".test.ts"));
}

describe("SQL", () => {
  it("is never raw or built from strings outside the schema's check constraints", () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => !ALLOWED.has(file) && RAW_SQL.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the schema's raw check constraints only join the domain's constants", () => {
    const schema = fs.readFileSync(path.join(root, "db", "schema", "columns.ts"), "utf8");
    const uses = schema.match(/sql\.raw\(/g) ?? [];
    expect(uses).toHaveLength(1);
    expect(schema).toMatch(/function \w+\(column: string, values: readonly string\[\]\)/);
  });
});
