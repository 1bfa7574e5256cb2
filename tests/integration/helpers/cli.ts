// Runs the import command as an editor would, in a child process with its own environment.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");

export function runImportCli(args: string[], env: Record<string, string>) {
  const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/import.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 180_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs a command-line tool (scripts/<name>.ts) in a child process with its own environment. */
export function runCliScript(script: string, args: string[], env: Record<string, string>) {
  const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", `scripts/${script}`, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 180_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same without blocking this process: for a tool that must reach a server this test process runs. */
export function runCliScriptAsync(script: string, args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", `scripts/${script}`, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGTERM"), 180_000);
  return new Promise((resolve) =>
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    }),
  );
}
