import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claims, reports, type User } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { ANCHOR_CONTEXT_LENGTH } from "@/lib/anchoring";
import { createClaim } from "@/lib/claims/create";
import { RuleViolation, VersionConflict } from "@/lib/errors";
import { importReport } from "./import";
import { reportMetadataSchema } from "./metadata";
import { replaceReportText } from "./replace-text";
import { everyAuditEventOf as auditOf } from "@/scripts/testing/audit-events";
import {
  articleText,
  claimInput,
  metadata,
  paragraphTwo,
} from "@/scripts/testing/report-import-fixtures";

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
