// One way in for data: only lib/ (and db/ itself) reaches the database, and every such module is server-only.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? (d.name === "migrations" ? [] : sourceFiles(path.join(entry, d.name))) : [path.join(entry, d.name)]))
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith(".test.ts"));
}

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const IMPORTS_DB = /^import(?! type)[^;]*from "(@\/db(\/[^"]*)?|drizzle-orm[^"]*)";/m;

describe("layers", () => {
  it("pages, actions, route handlers and components reach the database only through lib/", () => {
    const files = ["app", "components", "proxy.ts", "instrumentation.ts"].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => IMPORTS_DB.test(read(file)))).toEqual([]);
  });

  it("every lib/ and db/ module that opens the database, and the configuration, is marked server-only", () => {
    const files = ["lib", "db"].flatMap(sourceFiles).filter((file) => /from "@\/db"|from "\.\/index"/.test(read(file)) || file === "db/index.ts" || file === "lib/env.ts");
    expect(files).toContain("db/index.ts");
    expect(files.filter((file) => !/^import "server-only";$/m.test(read(file)))).toEqual([]);
  });

  it("nothing in lib/ or db/ imports the interface (components/, app/)", () => {
    const files = ["lib", "db"].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => /from "(@\/(components|app)\/[^"]*|(\.\.\/)+(components|app)\/[^"]*)"/.test(read(file)))).toEqual([]);
  });
});
