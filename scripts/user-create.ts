// npm run user:create -- --email E --role editor|admin [--name N] [--password-stdin]
// Creates a user. The password comes from standard input with --password-stdin, or from a prompt that does not echo.
import { parseArgs } from "node:util";
import { runMigrations } from "@/db/migrate";
import { englishMessage } from "@/lib/i18n/english";
import { newUserSchema } from "@/lib/users/input";
import { removeSetupLinkFile } from "@/lib/users/setup";
import { createUser } from "@/lib/users/write";
import { runCli } from "./cli";

const USAGE = "Usage: npm run user:create -- --email E --role editor|admin [--name N] [--password-stdin]";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing line break is the end of the line, not part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** Reads a line from the terminal in raw mode, printing nothing of what is typed. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return Promise.reject(new Error(`No terminal to ask for a password: pass it with --password-stdin. ${USAGE}`));
  process.stdout.write(question);
  return new Promise((resolve) => {
    let value = "";
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === "\r" || ch === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          process.stdout.write("\n");
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

async function askPassword(): Promise<string> {
  const first = await promptHidden("Password: ");
  const second = await promptHidden("Repeat the password: ");
  if (first !== second) throw new Error("The two passwords differ; nothing was created");
  return first;
}

void runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
    },
  });
  if (!values.email || !values.role) throw new Error(USAGE);
  const password = values["password-stdin"] ? await readStdin() : await askPassword();
  const parsed = newUserSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email.split("@")[0],
    password,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue?.path[0] ?? "input")}: ${englishMessage(issue?.message ?? "")}`);
  }
  await runMigrations();
  await createUser({ input: parsed.data, actorId: null });
  removeSetupLinkFile();
  console.log(`Created ${parsed.data.role} ${parsed.data.email}. They can sign in at /login.`);
});
