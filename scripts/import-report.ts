/**
 * `npm run import-report -- FILE --title TITLE [--outlet …] [--author …] [--url …]
 *   [--published YYYY-MM-DD] [--as EMAIL] [--report ID]`
 *
 * Imports a .txt, .md or .html report the way the import page does: the same
 * checks, the same duplicate detection, the same audit event. With --report,
 * gives that existing report this text instead (as "Import full text" does)
 * and says which claims' quotes were found. With --as, the audit trail names
 * that account; otherwise it records the command line.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { getDb, getPool } from "@/db";
import { reports, users } from "@/db/schema";
import { commandLine, type Actor } from "@/lib/auth/actor";
import { textFromReportFile } from "@/lib/reports/file-text";
import { importReport } from "@/lib/reports/import";
import { reportMetadataSchema } from "@/lib/reports/metadata";
import { replaceReportText } from "@/lib/reports/replace-text";
import { deskDatabaseUrl } from "./lib/desk-database-url";

const usage =
  "Usage: npm run import-report -- FILE --title TITLE [--outlet OUTLET] [--author AUTHOR] " +
  "[--url URL] [--published YYYY-MM-DD] [--as EMAIL] [--report ID]";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      outlet: { type: "string" },
      author: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
      as: { type: "string" },
      report: { type: "string" },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error(usage);

  const read = textFromReportFile(path.basename(file), readFileSync(file));
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  process.env.DATABASE_URL = await deskDatabaseUrl();
  const actor = values.as ? await accountByEmail(values.as) : commandLine;

  if (values.report) {
    const reportId = Number(values.report);
    const [report] = await getDb()
      .select({ version: reports.version, title: reports.title })
      .from(reports)
      .where(eq(reports.id, reportId));
    if (!report) throw new Error(`There is no report ${values.report}.`);
    const result = await replaceReportText(actor, reportId, report.version, read.text);
    if (result.outcome === "duplicate") {
      throw new Error(`This text belongs to report ${result.reportId}, “${result.title}”.`);
    }
    if (result.outcome === "unchanged") {
      console.log(`Report ${reportId} already has this text; nothing changed.`);
      return;
    }
    const { position, exact, fuzzy } = result.anchored;
    console.log(
      `Report ${reportId} (“${report.title}”) now has its full text: ` +
        `${position + exact} quotes found exactly, ${fuzzy} approximately, ${result.orphaned.length} not found.`,
    );
    for (const lost of result.orphaned) {
      console.log(`  claim ${lost.claimId} not found: ${lost.statement} (${lost.reason})`);
    }
    return;
  }

  const metadata = reportMetadataSchema.safeParse({
    title: values.title ?? read.suggestedTitle ?? "",
    outlet: values.outlet,
    author: values.author,
    url: values.url,
    publishedOn: values.published,
  });
  if (!metadata.success) {
    throw new Error(metadata.error.issues.map((issue) => issue.message).join(" ") + `\n${usage}`);
  }
  const result = await importReport(actor, metadata.data, read.text);
  if (result.outcome === "duplicate") {
    console.log(
      `Already in the desk as report ${result.reportId}, “${result.title}”; not imported again.`,
    );
    return;
  }
  console.log(
    `Imported report ${result.reportId}, “${result.title}”. Open /reports/${result.reportId}.`,
  );
}

async function accountByEmail(email: string): Promise<Actor> {
  const [account] = await getDb()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  if (!account) throw new Error(`No account has the email ${email}.`);
  if (!account.active) throw new Error(`The account ${email} is deactivated.`);
  return account;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() =>
    getPool()
      .end()
      .catch(() => {}),
  );
