// npm run bench:cache — requests/s of the public routes answered by the production server's full-response cache,
// against nginx serving the very same bytes from files, in the same run, with wrk on loopback.
// Starts the production server on a fresh embedded database (the seed record plus --entries synthetic entries),
// fetches each route once (the fill), saves its bytes, starts Debian's nginx on a temporary configuration
// (never systemd), then runs `wrk -t2 -c50 -d<duration>s` on each route against both. Needs wrk and nginx
// (`apt-get install -y wrk nginx`). Stops both and removes its files whatever fails, and on an interrupt.
// Flags: --entries N (0), --duration S (8), --port N (3520; nginx on port + 1), --encoding identity|gzip|br
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { flag, freshEmbeddedDatabase, machine, newestEntrySlug, root, seedDatabase, sleep, startServer, type Database, type Server } from "./harness";

const entries = Number(flag("entries", "0"));
const duration = Number(flag("duration", "8"));
const port = Number(flag("port", "3520"));
const encoding = flag("encoding", "identity");
const nginxPort = port + 1;

function wrk(url: string, headers: string[]): { rps: number; latency: string; errors: string } {
  const args = ["-t2", "-c50", `-d${duration}s`, ...headers.flatMap((h) => ["-H", h]), url];
  const run = spawnSync("wrk", args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1] ?? NaN);
  const latency = /Latency\s+(\S+)/.exec(run.stdout)?.[1] ?? "?";
  const errors = /Non-2xx or 3xx responses: (\d+)|Socket errors: ([^\n]+)/.exec(run.stdout)?.[0] ?? "none";
  return { rps, latency, errors };
}

function startNginx(dir: string, routes: { route: string; file: string; type: string; encoding?: string }[]): ChildProcess {
  const locations = routes
    .map(({ route, file, type, encoding: coding }) => {
      const pathOnly = route.split("?")[0];
      const extra = coding && coding !== "identity" ? `add_header Content-Encoding ${coding};` : "";
      return `location = ${pathOnly} { default_type "${type}"; types { } ${extra} alias ${path.join(dir, file)}; }`;
    })
    .join("\n    ");
  const conf = `
daemon off;
worker_processes 2;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server {
    listen 127.0.0.1:${nginxPort};
    ${locations}
  }
}`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  return spawn("/usr/sbin/nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "inherit" });
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "record-bench-cache-"));
  let database: Database | undefined;
  let server: Server | undefined;
  let nginx: ChildProcess | undefined;
  const cleanUp = async () => {
    nginx?.kill("SIGQUIT");
    await server?.stop();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));
  try {
    database = freshEmbeddedDatabase();
    if (entries > 0) seedDatabase(database, entries);
    server = await startServer(database, port, { logFile: path.join(root, `.bench-server-${port}.log`) });
    const slug = await newestEntrySlug(server.url);
    const routes = ["/", "/entries", `/entries/${slug}`, "/recognition", "/feed.xml"];
    const headers = encoding === "identity" ? [] : [`Accept-Encoding: ${encoding}`];

    const saved = [];
    for (const [index, route] of routes.entries()) {
      // The fill, then the bytes the cache answers with, as sent (node:http, no decoding; like wrk, no User-Agent).
      await rawGet(server.url + route, encoding);
      const answer = await rawGet(server.url + route, encoding);
      if (answer.cache !== "HIT") throw new Error(`${route} was not answered from the cache (X-Cache: ${answer.cache})`);
      const file = `route-${index}`;
      fs.writeFileSync(path.join(dir, file), answer.body);
      saved.push({ route, file, type: answer.type, encoding: answer.encoding, bytes: answer.body.length });
    }
    nginx = startNginx(dir, saved);
    await sleep(500);

    const rows = [];
    for (const { route, bytes } of saved) {
      const app = wrk(server.url + route, headers);
      const reference = wrk(`http://127.0.0.1:${nginxPort}${route}`, headers);
      rows.push({ route, bytes, app, reference, ratio: app.rps / reference.rps });
    }
    const stats = JSON.parse((await rawGet(`${server.url}/healthz`, "identity")).body.toString());

    console.log(`\nFull-response cache vs nginx, same bytes — ${new Date().toISOString()}`);
    console.log(`machine: ${machine()}`);
    console.log(`command: npm run bench:cache -- --entries ${entries} --duration ${duration} --encoding ${encoding} (wrk -t2 -c50 -d${duration}s)`);
    console.log(`| route | bytes (${encoding}) | cache req/s | nginx req/s | ratio | cache latency (avg) | errors |`);
    console.log("|---|---|---|---|---|---|---|");
    for (const { route, bytes, app, reference, ratio } of rows) {
      console.log(`| \`${route.startsWith("/entries/") ? "/entries/[slug]" : route}\` | ${bytes} | ${app.rps.toFixed(0)} | ${reference.rps.toFixed(0)} | ${ratio.toFixed(2)} | ${app.latency} | ${app.errors} |`);
    }
    console.log(`response cache after the run: ${JSON.stringify(stats.responseCache)}`);
  } finally {
    await cleanUp();
  }
}

async function rawGet(url: string, coding: string): Promise<{ body: Buffer; cache: string; type: string; encoding: string }> {
  const http = await import("node:http");
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { "Accept-Encoding": coding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            body: Buffer.concat(chunks),
            cache: String(res.headers["x-cache"] ?? ""),
            type: String(res.headers["content-type"] ?? "application/octet-stream"),
            encoding: String(res.headers["content-encoding"] ?? "identity"),
          }),
        );
      })
      .on("error", reject);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
