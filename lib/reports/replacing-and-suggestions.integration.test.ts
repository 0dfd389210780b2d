import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claims, reports, users, type User } from "@/db/schema";
import { demoReports } from "@/scripts/demo/reports";
import { seedDemoDesk } from "@/scripts/demo/seed";
import { makeUser } from "@/scripts/testing/make-user";
import { createClaim } from "@/lib/claims/create";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import {
  dismissSuggestion,
  listReportSuggestions,
  restoreSuggestion,
} from "@/lib/suggestions/for-report";
import { importReport } from "./import";
import { replaceReportText } from "./replace-text";
import { everyAuditEventOf as auditOf } from "@/scripts/testing/audit-events";
import {
  articleText,
  claimInput,
  metadata,
  paragraphTwo,
} from "@/scripts/testing/report-import-fixtures";

const reportsDir = path.resolve(__dirname, "../../../shared/reports");

let reviewer: User;
beforeAll(async () => {
  reviewer = await makeUser("reviewer");
});

describe("a report's address", () => {
  it("is refused by the database unless it is http(s), whatever writes it", async () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "ftp://x"]) {
      const refused = await getDb()
        .insert(reports)
        .values({ title: `Bad address ${url}`, language: "en", url })
        .catch((e: unknown) => e);
      expect(refused, url).toBeInstanceOf(Error);
      expect(String((refused as Error & { cause?: unknown }).cause ?? refused)).toMatch(
        /reports_url_scheme_check/,
      );
    }
    const [kept] = await getDb()
      .insert(reports)
      .values({ title: "Good address", language: "en", url: "HTTPS://news.example/a" })
      .returning();
    expect(kept!.url).toBe("HTTPS://news.example/a");
  });
});

describe("who may replace a report's text", () => {
  it("a text that claims are anchored in: only its importer or an editor", async () => {
    const { reportId } = await importReport(reviewer, metadata("Guarded"), `${articleText}\nحارس.`);
    const [report] = await getDb().select().from(reports).where(eq(reports.id, reportId));
    const text = report!.fullText!;
    const kept = "22 متدربا سافروا إلى الصين";
    const start = text.indexOf(kept);
    await createClaim(reviewer, claimInput(reportId, kept, start, start + kept.length));
    const changed = text.replace(paragraphTwo, "Another paragraph, written by someone else.");

    const other = await makeUser("reviewer");
    const refused = await replaceReportText(other, reportId, report!.version, changed).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(ForbiddenError);
    const [unchanged] = await getDb().select().from(reports).where(eq(reports.id, reportId));
    expect(unchanged!.fullText).toBe(text);

    const editor = await makeUser("editor");
    expect((await replaceReportText(editor, reportId, report!.version, changed)).outcome).toBe(
      "replaced",
    );
    const [current] = await getDb().select().from(reports).where(eq(reports.id, reportId));
    const back = await replaceReportText(reviewer, reportId, current!.version, text);
    expect(back.outcome).toBe("replaced"); // the importer

    // without a claim anchored in it, any reviewer may give a report a better copy
    const { reportId: unclaimed } = await importReport(
      reviewer,
      metadata("Unclaimed"),
      "A text that no claim quotes yet.\n",
    );
    const [fresh] = await getDb().select().from(reports).where(eq(reports.id, unclaimed));
    const byOther = await replaceReportText(
      other,
      unclaimed,
      fresh!.version,
      "A better copy of a text that no claim quotes yet.\n",
    );
    expect(byOther.outcome).toBe("replaced");
  });
});

describe.skipIf(!fs.existsSync(reportsDir))("importing the demo reports' full text", () => {
  it("re-attaches every demo claim's quote, none lost", async () => {
    await seedDemoDesk(getDb(), "demo-password-for-tests");
    const [admin] = await getDb().select().from(users).where(eq(users.email, "admin@demo.test"));
    const stored = await getDb().select().from(reports);
    for (const demo of demoReports) {
      const report = stored.find((r) => r.title === demo.title)!;
      const text = fs.readFileSync(path.join(reportsDir, demo.file), "utf8");
      const result = await replaceReportText(admin!, report.id, report.version, text);
      expect(result.outcome).toBe("replaced");
      if (result.outcome === "replaced") expect(result.orphaned).toEqual([]);
      const [attached] = await getDb().select().from(reports).where(eq(reports.id, report.id));
      const rows = await getDb().select().from(claims).where(eq(claims.reportId, report.id));
      for (const claim of rows) {
        expect(claim.anchorState).toBe("anchored");
        expect(attached!.fullText!.slice(claim.anchorStart!, claim.anchorEnd!)).toBe(claim.quote);
      }
    }
  });
});

describe("suggestions", () => {
  it("hides a dismissed sentence for everyone until it is restored, with audit events", async () => {
    const { reportId } = await importReport(
      reviewer,
      metadata("Suggestions"),
      `${articleText}\nغير مهم.`,
    );
    const first = await listReportSuggestions(reviewer, reportId);
    const target = first!.suggestions[0]!;
    await dismissSuggestion(reviewer, reportId, target.key);
    await dismissSuggestion(reviewer, reportId, target.key); // a second click changes nothing

    const other = await makeUser("reviewer");
    const after = await listReportSuggestions(other, reportId);
    expect(after!.suggestions.map((s) => s.key)).not.toContain(target.key);
    expect(after!.dismissed).toMatchObject([{ key: target.key, sentence: target.text }]);

    await restoreSuggestion(other, reportId, target.key);
    const restored = await listReportSuggestions(reviewer, reportId);
    expect(restored!.suggestions.map((s) => s.key)).toContain(target.key);
    const actions = (await auditOf("report", reportId)).map((e) => e.action);
    expect(actions).toEqual(["report.import", "suggestion.dismiss", "suggestion.restore"]);

    const unknown = await dismissSuggestion(reviewer, reportId, "0123456789abcdef").catch((e) => e);
    expect(unknown).toBeInstanceOf(RuleViolation);
  });

  it("leaves out sentences that already carry a claim", async () => {
    const { reportId } = await importReport(reviewer, metadata("Claimed"), `${articleText}\nذيل.`);
    const before = await listReportSuggestions(reviewer, reportId);
    const target = before!.suggestions[0]!;
    await createClaim(reviewer, claimInput(reportId, target.text, target.start, target.end));
    const after = await listReportSuggestions(reviewer, reportId);
    expect(after!.suggestions.map((s) => s.key)).not.toContain(target.key);
  });
});
