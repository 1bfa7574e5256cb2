// The baseline's static server when nginx is not installed: node:http serving saved answers (body and headers)
// at their paths, query string included. Usage: node static-server.mjs <answers.json> <port>
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const [manifestFile, port] = process.argv.slice(2);
/** @type {Record<string, { file: string; headers: Record<string, string> }>} */
const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
const answers = new Map(
  Object.entries(manifest).map(([route, { file, headers }]) => [route, { body: fs.readFileSync(path.join(path.dirname(manifestFile), file)), headers }]),
);
http
  .createServer((request, response) => {
    const answer = answers.get(request.url ?? "");
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { ...answer.headers, "Content-Length": answer.body.length }).end(answer.body);
  })
  .listen(Number(port), "127.0.0.1");
