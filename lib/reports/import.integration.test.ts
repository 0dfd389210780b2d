import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, claims, reports, users, type User } from "@/db/schema";
import { demoReports } from "@/scripts/demo/reports";
import { seedDemoDesk } from "@/scripts/demo/seed";
import { makeUser } from "@/scripts/testing/make-user";
import { ANCHOR_CONTEXT_LENGTH } from "@/lib/anchoring";
import { createClaim } from "@/lib/claims/create";
import { newClaimSchema } from "@/lib/claims/claim-fields";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation, VersionConflict } from "@/lib/errors";
import {
  dismissSuggestion,
  listReportSuggestions,
  restoreSuggestion,
} from "@/lib/suggestions/for-report";
import { importReport } from "./import";
import { reportMetadataSchema } from "./metadata";
import { replaceReportText } from "./replace-text";

const reportsDir = path.resolve(__dirname, "../../../shared/reports");

const paragraphOne =
  "قال المتحدث باسم وزارة الدفاع في 13 سبتمبر 2025 إن 22 متدربا سافروا إلى الصين للتدريب على الرادارات.";
const paragraphTwo =
  "According to the ministry, the training lasts six months and ends in March 2026, the document says.";
const articleText = `${paragraphOne}\n\n${paragraphTwo}\n`;

const metadata = (title: string) => ({
  title,
  outlet: "Test Outlet",
  author: null,
  url: "https://news.example/article",
  publishedOn: "2025-09-14",
  language: null,
});

const claimInput = (reportId: number, quote: string, start?: number, end?: number) =>
  newClaimSchema.parse({
    reportId,
    statement: "Twenty-two trainees went to China for radar training.",
    quote,
    quoteStart: start === undefined ? "" : String(start),
    quoteEnd: end === undefined ? "" : String(end),
    attribution: "Ministry of Defence spokesman",
    eventDate: "2025-09-13",
  });

const auditOf = (entityType: string, entityId: number) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(entityId))))
    .orderBy(auditEvents.id);

let reviewer: User;
beforeAll(async () => {
  reviewer = await makeUser("reviewer");
});

describe("importing a report", () => {
  it("stores the text with its audit event, and offers the existing report for the same text", async () => {
    const first = await importReport(reviewer, metadata("Radar trainees"), articleText);
    expect(first.outcome).toBe("imported");
    const [stored] = await getDb().select().from(reports).where(eq(reports.id, first.reportId));
    expect(stored).toMatchObject({
      fullText: articleText.trimEnd(),
      importedBy: reviewer.id,
    });
    const [event] = await auditOf("report", first.reportId);
    expect(event).toMatchObject({ action: "report.import", actorId: reviewer.id });

    // the same words with other line endings and spacing are the same report
    const rewrapped = articleText.replaceAll("\n", "\r\n").replace("  ", " ") + "   \n";
    const again = await importReport(reviewer, metadata("Another title"), rewrapped);
    expect(again).toEqual({
      outcome: "duplicate",
      reportId: first.reportId,
      title: "Radar trainees",
    });
  });

  it("files the report under the language given, else the one its script tells", async () => {
    const languageOf = async (language: string | null, text: string) => {
      const { reportId } = await importReport(
        reviewer,
        { ...metadata("Language"), language },
        text,
      );
      const [stored] = await getDb().select().from(reports).where(eq(reports.id, reportId));
      return stored!.language;
    };
    const tag = Date.now().toString(36);
    expect(await languageOf("fr", `Le port a rouvert mardi ${tag}.`)).toBe("fr");
    expect(await languageOf(null, `أعيد فتح الميناء يوم الثلاثاء ${tag}.`)).toBe("ar");
    expect(await languageOf(null, `The port reopened on Tuesday ${tag}.`)).toBe("en");
    expect(
      reportMetadataSchema.parse({ title: "t", language: " AR-eg " }).language,
      "a tag is kept as its language",
    ).toBe("ar");
    expect(reportMetadataSchema.safeParse({ title: "t", language: "arabic!" }).success).toBe(false);
  });

  it("refuses empty and binary text on the text field, saving nothing", async () => {
    const before = await getDb().$count(reports);
    for (const text of ["", "   \n\n  ", "PK\u0003\u0004\u0000\u0000binary\u0000junk"]) {
      const refusal = await importReport(reviewer, metadata("Nothing"), text).catch((e) => e);
      expect(refusal).toBeInstanceOf(RuleViolation);
      expect(refusal.field).toBe("text");
    }
    expect(await getDb().$count(reports)).toBe(before);
  });
});

describe("making a claim from a selection", () => {
  let reportId: number;
  beforeAll(async () => {
    const imported = await importReport(
      reviewer,
      metadata("Claims test"),
      `${articleText}\nThird.`,
    );
    reportId = imported.reportId;
  });

  it("stores the quote with 32 characters of context either side and its offsets", async () => {
    const [report] = await getDb().select().from(reports).where(eq(reports.id, reportId));
    const text = report!.fullText!;
    const quote = "22 متدربا سافروا إلى الصين";
    const start = text.indexOf(quote);
    const { claimId } = await createClaim(
      reviewer,
      claimInput(reportId, quote, start, start + quote.length),
    );
    const [claim] = await getDb().select().from(claims).where(eq(claims.id, claimId));
    expect(claim).toMatchObject({
      quote,
      anchorExact: quote,
      anchorStart: start,
      anchorEnd: start + quote.length,
      anchorState: "anchored",
      anchorPrefix: text.slice(start - ANCHOR_CONTEXT_LENGTH, start),
      anchorSuffix: text.slice(start + quote.length, start + quote.length + ANCHOR_CONTEXT_LENGTH),
      quoteLanguage: "ar",
      eventDate: "2025-09-13",
      createdBy: reviewer.id,
    });
    const [event] = await auditOf("claim", claimId);
    expect(event).toMatchObject({ action: "claim.create", actorId: reviewer.id });
  });

  it("finds a pasted quote without offsets, trimming the spaces a selection takes along", async () => {
    const { claimId } = await createClaim(reviewer, claimInput(reportId, " six months and ends "));
    const [claim] = await getDb().select().from(claims).where(eq(claims.id, claimId));
    expect(claim!.quote).toBe("six months and ends");
  });

  it("refuses a quote that is not in the text and a selection across two paragraphs", async () => {
    const before = await getDb().$count(claims);
    const notThere = await createClaim(reviewer, claimInput(reportId, "ثلاثون متدربا")).catch(
      (e) => e,
    );
    expect(notThere).toBeInstanceOf(RuleViolation);
    expect(notThere.message).toBe("makeClaim.errors.quoteNotInText");

    const [report] = await getDb().select().from(reports).where(eq(reports.id, reportId));
    const text = report!.fullText!;
    const start = text.indexOf("للتدريب");
    const end = text.indexOf("six months");
    const spanning = await createClaim(
      reviewer,
      claimInput(reportId, text.slice(start, end), start, end),
    ).catch((e) => e);
    expect(spanning).toBeInstanceOf(RuleViolation);
    expect(spanning.message).toBe("makeClaim.errors.spansParagraphs");
    expect(await getDb().$count(claims)).toBe(before);
  });
});

describe("re-importing a changed text", () => {
  it("finds quotes again after small changes and keeps the lost ones as orphaned", async () => {
    const { reportId } = await importReport(
      reviewer,
      metadata("Changing text"),
      `${articleText}\nخاتمة.`,
    );
    const [report] = await getDb().select().from(reports).where(eq(reports.id, reportId));
    const text = report!.fullText!;
    const kept = "22 متدربا سافروا إلى الصين";
    const lost = "the training lasts six months";
    await createClaim(
      reviewer,
      claimInput(reportId, kept, text.indexOf(kept), text.indexOf(kept) + kept.length),
    );
    const b = await createClaim(reviewer, claimInput(reportId, lost));

    // spaces doubled, a word changed near the first quote, the second sentence rewritten
    const changed = text
      .replace("قال المتحدث", "أعلن  المتحدث")
      .replace(paragraphTwo, "A different paragraph altogether, with nothing from before in it.");
    const stale = await replaceReportText(reviewer, reportId, report!.version + 1, changed).catch(
      (e) => e,
    );
    expect(stale).toBeInstanceOf(VersionConflict);

    const result = await replaceReportText(reviewer, reportId, report!.version, changed);
    expect(result.outcome).toBe("replaced");
    if (result.outcome !== "replaced") return;
    expect(result.orphaned.map((o) => o.claimId)).toEqual([b.claimId]);

    const rows = await getDb()
      .select()
      .from(claims)
      .where(eq(claims.reportId, reportId))
      .orderBy(claims.id);
    expect(rows).toHaveLength(2);
    expect(changed.slice(rows[0]!.anchorStart!, rows[0]!.anchorEnd!)).toBe(kept);
    expect(rows[1]).toMatchObject({ anchorState: "orphaned", anchorStart: null, quote: lost });
    const events = await auditOf("claim", b.claimId);
    expect(events.map((e) => e.action)).toEqual(["claim.create", "claim.reanchor"]);
  });
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
