// nginx for the bench, on loopback with temporary paths: the deploy/ recipe (rendered from the same template) in
// front of app instances, or a static server of saved answers. Started in the foreground, stopped at the end.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { root, sleep } from "./harness";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));

export function nginxInstalled(): boolean {
  return NGINX !== undefined;
}

/** deploy/nginx/record.conf.template with its ${RECORD_*} names replaced, as envsubst would. */
export function renderRecordConf(values: { listen: string; serverName: string; upstreams: string[]; cachePath: string }): string {
  const template = fs.readFileSync(path.join(root, "deploy", "nginx", "record.conf.template"), "utf8");
  const names: Record<string, string> = {
    RECORD_LISTEN: values.listen,
    RECORD_SERVER_NAME: values.serverName,
    RECORD_UPSTREAMS: values.upstreams.map((u) => `server ${u} max_fails=3 fail_timeout=5s;`).join("\n    "),
    RECORD_CACHE_PATH: values.cachePath,
  };
  return template.replace(/\$\{(RECORD_[A-Z_]+)\}/g, (whole, name: string) => names[name] ?? whole);
}

/** Refuses a port something already answers on: the bench would measure that instead. */
export async function ensurePortFree(port: number): Promise<void> {
  const answered = await fetch(`http://127.0.0.1:${port}/`, { method: "HEAD", signal: AbortSignal.timeout(2000) }).then(() => true, () => false);
  if (answered) throw new Error(`something already answers on 127.0.0.1:${port}; choose another --port`);
}

export type Nginx = { url: string; dir: string; process: ChildProcess; stop: () => Promise<void> };

/** Runs nginx (master and one worker, in the foreground) with `httpBlock` inside http { }, on 127.0.0.1:port. */
export async function startNginx(port: number, httpBlock: (dir: string) => string): Promise<Nginx> {
  if (!NGINX) throw new Error("nginx is not installed (apt-get install -y nginx)");
  await ensurePortFree(port);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "record-nginx-"));
  fs.chmodSync(dir, 0o755);
  // Workers run as the master's user when it is not root; as root, nginx would switch them to nobody.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  const conf = `${user}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${httpBlock(dir)}
}
`;
  const confFile = path.join(dir, "nginx.conf");
  fs.writeFileSync(confFile, conf);
  const test = spawnSync(NGINX, ["-t", "-q", "-c", confFile, "-p", dir], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx refused its configuration (${confFile}): ${test.stderr.trim()}`);
  const child = spawn(NGINX, ["-c", confFile, "-p", dir], { stdio: ["ignore", "ignore", "inherit"] });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (!(await fetch(url, { method: "HEAD" }).then(() => true, () => false))) {
    if (exited || Date.now() > deadline) throw new Error(`nginx did not start; see ${dir}/error.log`);
    await sleep(100);
  }
  return {
    url,
    dir,
    process: child,
    stop: async () => {
      if (!exited) child.kill("SIGQUIT");
      await Promise.race([exit, sleep(5000)]);
      if (!exited) child.kill("SIGKILL");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
