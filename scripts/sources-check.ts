// npm run sources:check — checks every cited link now, politely (ARCHIVE_CONCURRENCY at once,
// ARCHIVE_HOST_DELAY_MS between two fetches from one host), and prints what it found. On PostgreSQL it runs
// beside the servers (jobs are claimed with SKIP LOCKED, so a server's worker and this command never take the
// same one); on the embedded database it refuses while the server runs (DATA_DIR/app.lock).
import { getDb } from "@/db";
import { enqueueChecks } from "@/lib/archive/jobs";
import { drainJobs } from "@/lib/archive/worker";
import { runCli } from "./cli";

void runCli(async () => {
  const queued = await enqueueChecks(getDb());
  console.log(`Checking ${queued} cited links (links already queued are checked too)…`);
  const found = new Map<string, number>();
  const ran = await drainJobs({
    kinds: ["check"],
    onSettled: (job, outcome) => {
      const status = outcome.ok ? outcome.status : outcome.permanent ? `dead (${outcome.error})` : `not reached (${outcome.error}), tried again later`;
      found.set(status, (found.get(status) ?? 0) + 1);
      if (!outcome.ok || outcome.status !== "live") console.log(`  ${status}: ${job.url}`);
    },
  });
  const summary = [...found].map(([status, n]) => `${n} ${status}`).join(", ") || "nothing to check";
  console.log(`Checked ${ran}: ${summary}. The dashboard lists dead and changed links.`);
});
