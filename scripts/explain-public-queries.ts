// npx tsx --conditions=react-server scripts/explain-public-queries.ts — EXPLAIN (ANALYZE) of every public query
// shape on the configured database (DATABASE_URL or DATA_DIR): its time, and any Seq Scan on a large table or sort
// of more than 1,000 rows. Read-only: each EXPLAIN runs in a transaction that is rolled back. SEQSCAN=off plans as
// the integration test does (enable_seqscan off: a Seq Scan left means no index can serve that access).
import os from "node:os";
import { getEngine } from "@/db";
import {
  WHOLE_RECORD_AGGREGATES,
  bigSorts,
  capturePublicQueries,
  explain,
  seqScans,
} from "@/tests/integration/helpers/public-query-shapes";
import { runCli } from "./cli";

void runCli(async () => {
  console.log(`${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"} · ${getEngine()}`);
  const queries = await capturePublicQueries();
  for (const query of queries) {
    const { plan, ms } = await explain(query, { analyze: true, seqscan: process.env.SEQSCAN !== "off" });
    const faults = [...seqScans(plan), ...bigSorts(plan, 1000)];
    const note = WHOLE_RECORD_AGGREGATES.includes(query.shape) ? " (whole-record aggregate, cached)" : "";
    console.log(`${query.shape.padEnd(36)} ${ms?.toFixed(1).padStart(8)} ms  ${faults.join("; ") || "indexes only"}${note}`);
    if (process.env.VERBOSE && faults.length) console.log(`  ${query.sql.slice(0, 400)}`);
  }
});
