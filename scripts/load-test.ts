// npm run bench — load test of the production build on loopback: 50 connections for 30 s over the home page,
// the list, an entry, a search and the RSS feed, on the seed record plus 10,000 synthetic entries.
// Reports requests/s, p50/p99 latency, errors and status codes for the mixed run, then each route alone for
// --route-duration seconds (10). See docs/OPERATIONS.md.
// Flags: --engine pglite|postgres (default pglite), --entries N (10000), --connections N (50), --duration S (30),
//        --postgres URL (server for --engine postgres; default postgres://postgres@127.0.0.1:5432/postgres)
import type autocannon from "autocannon";
import path from "node:path";
import { describeError } from "@/lib/log-error";
import {
  flag,
  freshEmbeddedDatabase,
  freshPostgresDatabase,
  machine,
  newestEntrySlug,
  root,
  runLoad,
  seedDatabase,
  startServer,
} from "./bench/harness";

const engine = flag("engine", "pglite");
const entries = Number(flag("entries", "10000"));
const connections = Number(flag("connections", "50"));
const duration = Number(flag("duration", "30"));
const port = Number(flag("port", "3300"));
const perRouteSeconds = Number(flag("route-duration", "10"));


async function main() {
  const database =
    engine === "postgres"
      ? await freshPostgresDatabase(flag("postgres", "postgres://postgres@127.0.0.1:5432/postgres"))
      : freshEmbeddedDatabase();
  console.log(`Seeding ${database.label} with the seed record and ${entries} synthetic entries…`);
  seedDatabase(database, entries);
  const server = await startServer(database, port, { logFile: path.join(root, `.bench-server-${port}.log`) });
  try {
    const slug = await newestEntrySlug(server.url);
    const routes = ["/", "/entries", `/entries/${slug}`, "/entries?q=Lachin", "/feed.xml"];
    // Warm the caches once, as a running site's would be.
    for (const route of routes) await fetch(server.url + route).then((r) => r.arrayBuffer());

    // The mixed run the issue asks for: every connection cycles through the routes.
    const status = new Map<string, Record<string, number>>(routes.map((r) => [r, {}]));
    const result = await runLoad({
      url: server.url,
      connections,
      duration,
      timeout: 10,
      requests: routes.map((route) => ({
        method: "GET" as const,
        path: route,
        onResponse: (code: number) => {
          const counts = status.get(route)!;
          counts[code] = (counts[code] ?? 0) + 1;
        },
      })),
    });
    // Then each route alone, for its own throughput and latency.
    const alone = new Map<string, autocannon.Result>();
    for (const route of routes) {
      alone.set(route, await runLoad({ url: server.url + route, connections, duration: perRouteSeconds, timeout: 10 }));
    }
    const fivexx = result["5xx"];
    console.log(`\nLoad test ${new Date().toISOString()} on ${machine()}`);
    console.log(`Database: ${database.label}, seed record + ${entries} synthetic entries; ${connections} connections for ${duration} s`);
    console.log(`\nMixed run, answers per route: ${routes.map((r) => `\`${r.replace(slug, "[slug]")}\` ${JSON.stringify(status.get(r))}`).join(", ")}`);
    console.log(`\nEach route alone, ${connections} connections for ${perRouteSeconds} s:\n`);
    console.log(`| route | requests/s | p50 ms | p99 ms | errors | non-2xx |`);
    console.log(`|---|---|---|---|---|---|`);
    for (const [route, r] of alone) {
      console.log(`| \`${route.replace(slug, "[slug]")}\` | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors} | ${r.non2xx} |`);
    }
    console.log(`\nMixed run (${duration} s): ${result.requests.average.toFixed(0)} requests/s (${result.requests.total} requests), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    console.log(`errors: ${result.errors} (timeouts ${result.timeouts}), non-2xx: ${result.non2xx}, 5xx: ${fivexx}`);
    const failed = [result, ...alone.values()].some((r) => r.errors > 0 || r.non2xx > 0);
    console.log(failed ? "RESULT: FAILED (errors or non-2xx answers)" : "RESULT: OK (no errors, no 5xx)");
    process.exitCode = failed ? 1 : 0;
  } finally {
    await server.stop();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(`Error: ${describeError(error)}`);
  process.exit(1);
});
