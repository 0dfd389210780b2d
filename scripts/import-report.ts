/**
 * `npm run import-report -- FILE|URL [--title TITLE] [--outlet …] [--author …] [--url …]
 *   [--published YYYY-MM-DD] [--language CODE] [--as EMAIL] [--report ID]`
 *
 * Imports a .txt, .md or .html report, or the page at an http(s) address, the
 * way the import page does: the same safe fetcher and article extraction,
 * the same checks, the same duplicate detection, the same audit events. What
 * the page or file says about itself fills what the options leave out (a
 * title is required from one or the other). With --report,
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
import { RuleViolation } from "@/lib/errors";
import { inEnglishWords } from "@/lib/reports/refusal";
import { textFromReportFile } from "@/lib/reports/file-text";
import { draftReportFromLink } from "@/lib/reports/from-link";
import { importReport } from "@/lib/reports/import";
import { reportMetadataSchema } from "@/lib/reports/metadata";
import { replaceReportText } from "@/lib/reports/replace-text";
import { deskDatabaseUrl } from "./lib/desk-database-url";

const usage =
  "Usage: npm run import-report -- FILE|URL [--title TITLE] [--outlet OUTLET] [--author AUTHOR] " +
  "[--url URL] [--published YYYY-MM-DD] [--language CODE] [--as EMAIL] [--report ID]";

/** The report's text and what its source says about it (values the options may override). */
type Source = {
  text: string;
  suggested: {
    title?: string | null;
    outlet?: string | null;
    author?: string | null;
    url?: string | null;
    publishedOn?: string | null;
    language?: string | null;
  };
};

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      outlet: { type: "string" },
      author: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
      language: { type: "string" },
      as: { type: "string" },
      report: { type: "string" },
    },
  });
  const [origin] = positionals;
  if (!origin || positionals.length > 1) throw new Error(usage);

  const fromLink = /^https?:\/\//i.test(origin);
  const fileSource = fromLink ? null : readFile(origin);
  process.env.DATABASE_URL = await deskDatabaseUrl();
  const actor = values.as ? await accountByEmail(values.as) : commandLine;
  const read = fileSource ?? (await fetchPage(actor, origin));

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

  const { suggested } = read;
  const metadata = reportMetadataSchema.safeParse({
    title: values.title ?? suggested.title ?? "",
    outlet: values.outlet ?? suggested.outlet,
    author: values.author ?? suggested.author,
    url: values.url ?? suggested.url,
    publishedOn: values.published ?? suggested.publishedOn,
    language: values.language ?? suggested.language,
  });
  if (!metadata.success) {
    const words = metadata.error.issues.map((issue) =>
      inEnglishWords(issue.message, "maximum" in issue ? { maximum: Number(issue.maximum) } : {}),
    );
    throw new Error(words.join(" ") + `\n${usage}`);
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

function readFile(file: string): Source {
  const read = textFromReportFile(path.basename(file), readFileSync(file));
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  return { text: read.text, suggested: { ...read.page, title: read.suggestedTitle } };
}

async function fetchPage(actor: Actor, address: string): Promise<Source> {
  const draft = await draftReportFromLink(actor, address).catch((error: unknown) => {
    throw error instanceof RuleViolation
      ? new Error(`${address}: ${inEnglishWords(error.message, error.values)}`)
      : error;
  });
  const blankAsNull = (value: string) => (value === "" ? null : value);
  console.log(
    `Fetched ${draft.url}: ${draft.text.length} characters (${draft.extractedFrom === "article" ? "its article" : draft.extractedFrom}).`,
  );
  return {
    text: draft.text,
    suggested: {
      title: blankAsNull(draft.title),
      outlet: blankAsNull(draft.outlet),
      author: blankAsNull(draft.author),
      url: draft.url,
      publishedOn: blankAsNull(draft.publishedOn),
      language: draft.language,
    },
  };
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
    console.error(
      error instanceof RuleViolation
        ? inEnglishWords(error.message, error.values)
        : error instanceof Error
          ? error.message
          : error,
    );
    process.exitCode = 1;
  })
  .finally(() =>
    getPool()
      .end()
      .catch(() => {}),
  );
