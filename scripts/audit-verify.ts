/**
 * `npm run audit:verify [-- --head ID:HASH | --head-file audit-head-….txt]`:
 * walks the audit trail's hash chain on DATABASE_URL, or else on the local
 * desk that `npm start` runs, and exits 1 at the first broken event (2 when
 * it cannot check). With a head (printed by an earlier run, or downloaded
 * from /admin/audit), also proves the chain still holds it.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { verifyAuditChain } from "@/lib/audit/chain";
import { parseExportedHead } from "@/lib/audit/exported-head";
import { deskDatabaseUrl } from "./lib/desk-database-url";

async function main() {
  const { values } = parseArgs({
    options: { head: { type: "string" }, "head-file": { type: "string" } },
  });
  const headText = values["head-file"] ? readFileSync(values["head-file"], "utf8") : values.head;
  const expectedHead = headText === undefined ? undefined : parseHead(headText);

  const pool = new pg.Pool({ connectionString: await deskDatabaseUrl(), max: 1 });
  try {
    const started = Date.now();
    const result = await verifyAuditChain(pool, {
      expectedHead,
      onProgress: (checked, total) =>
        process.stderr.write(`\rchecked ${checked} of ${total} events`),
    });
    process.stderr.write("\n");
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.intact) {
      console.log(
        `Audit chain intact through event ${result.intactThroughId} (${result.checked} events, ${seconds} s).`,
      );
      console.log(`Head: ${result.intactThroughId}:${result.headHash}`);
      return;
    }
    console.error(
      `Audit chain BROKEN at event ${result.firstBreak!.eventId}: ${result.firstBreak!.reason}. ` +
        `Intact through event ${result.intactThroughId}.`,
    );
    process.exitCode = 1;
  } finally {
    await pool.end();
  }
}

function parseHead(text: string) {
  const head = parseExportedHead(text);
  if (!head) {
    throw new Error(
      "--head must look like 1234:<64 hex characters>, as printed by a previous run or downloaded from /admin/audit.",
    );
  }
  return head;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
