import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, type User } from "@/db/schema";
import {
  channel,
  makeExportDesk,
  publicUrl,
  readAll,
  selection,
} from "@/scripts/testing/export-desk";
import { parseCsv } from "@/scripts/testing/rfc4180";
import type { DeskClaimReview } from "./claimreview";
import type { ExportDocument } from "./json";
import { runExport } from "./run";
import type { ExportFormat, ExportStatus } from "./selection";

// the small desk is made once for the file, in its own database
const { editor, id, withUrl, russia } = await makeExportDesk();

describe("exporting a small desk", () => {
  it("writes CSV with a BOM, the header, one parsable row per claim and formulas neutralised", async () => {
    const run = await runExport(editor, {
      selection: selection(),
      format: "csv",
      publicUrl,
      channel,
    });
    expect(run.fileName).toMatch(/^verified-claims-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readAll(run);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header!.slice(0, 4)).toEqual(["claim_id", "permalink", "statement", "verdict"]);
    expect(rows.map((row) => Number(row[0]))).toEqual([id.verified, id.formula]);
    const column = (name: string) => header!.indexOf(name);
    expect(rows[1]![column("statement")]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[0]![column("quote")]).toBe("سافر ٢٢ متدربا إلى الصين");
    expect(rows[0]![column("consensus_wording")]).toBe(
      "B2: usually reliable source, probably true",
    );
    expect(rows[0]![column("evidence")]).toBe(
      "supports: Ministry release <https://ministry.example/release>",
    );
    expect(rows[0]![column("contradicted_by")]).toBe(`#${id.disputed} Only twelve trainees went.`);
  });

  it("writes the documented JSON shape", async () => {
    const run = await runExport(editor, {
      selection: selection({ statuses: "all", reportId: withUrl }),
      format: "json",
      publicUrl,
      channel,
    });
    const document = JSON.parse(await readAll(run)) as ExportDocument;
    expect(document).toMatchObject({
      version: 1,
      generatedBy: editor.displayName,
      selection: { report: withUrl, reportTitle: "Training abroad", status: "all" },
      count: 2,
    });
    const [verified] = document.claims;
    expect(verified).toMatchObject({
      id: id.verified,
      permalink: `${publicUrl}/claims/${id.verified}`,
      verdict: { verdict: "verified", label: "Verified", decidedBy: editor.displayName },
      sourcing: {
        reviewers: 3,
        grade: "B2: usually reliable source, probably true",
        agreement: "3 reviewers, grades within one step",
      },
      contradictedBy: [{ id: id.disputed, statement: "Only twelve trainees went." }],
      entities: [{ id: russia, name: "China", kind: "country" }],
      report: { id: withUrl, url: "https://alquds.example/report" },
    });
    // the retracted link is not evidence any more
    expect(verified!.evidence.map((e) => e.title)).toEqual(["Ministry release"]);
  });

  it("writes one ClaimReview per decided claim, with the report as the claim's appearance", async () => {
    const run = await runExport(editor, {
      selection: selection({ statuses: "all" }),
      format: "claimreview",
      publicUrl,
      channel,
    });
    expect(run.count).toBe(3); // the reopened and the undecided disputed claim have no verdict
    const reviews = JSON.parse(await readAll(run)) as DeskClaimReview[];
    expect(reviews.map((r) => r.url)).toEqual(
      [id.verified, id.false, id.formula].map((claimId) => `${publicUrl}/claims/${claimId}`),
    );
    expect(reviews[0]!.itemReviewed.appearance.url).toBe("https://alquds.example/report");
    expect(reviews[2]!.itemReviewed.appearance).not.toHaveProperty("url");
    expect(reviews[1]!.reviewRating).toMatchObject({ ratingValue: 1, alternateName: "False" });
    for (const review of reviews) expect(review.claimReviewed.length).toBeLessThan(75);
  });

  it("gives an empty but valid file when nothing matches", async () => {
    const empty = selection({ from: "1990-01-01", to: "1990-12-31" });
    const file = async (format: ExportFormat) =>
      readAll(
        await runExport(editor, {
          selection: empty,
          format,
          publicUrl,
          channel,
        }),
      );
    expect(parseCsv((await file("csv")).slice(1))).toHaveLength(1);
    expect(JSON.parse(await file("json"))).toMatchObject({ claims: [], count: 0 });
    expect(JSON.parse(await file("claimreview"))).toEqual([]);
    expect(await file("md")).toContain("Nothing matches this selection.");
  });

  it("writes people's words in the exporting editor's language, and programs' the same for both", async () => {
    // the file's language is the editor's account's, however the export was asked for
    const arabicEditor: User = { ...editor, interfaceLanguage: "ar" };
    const exported = async (format: ExportFormat, by: User) =>
      readAll(
        await runExport(by, {
          selection: selection({ reportId: withUrl }),
          format,
          publicUrl,
          channel,
        }),
      );
    const arabic = await exported("md", arabicEditor);
    expect(arabic).toMatch(/^# ملخّص الادعاءات\n/);
    expect(arabic).toContain("الاختيار: الحكم صحيح؛ التقرير «Training abroad». ادعاء واحد.");
    expect(arabic).toContain("- **الحكم:** صحيح. Rationale for");
    expect(arabic).toContain("- **المصادر:** B2: مصدر موثوق عادةً، صحيحة على الأرجح؛ ");
    expect(arabic).not.toMatch(/Verdict|Exported|Selection|reviewers/);
    const english = await exported("md", editor);
    expect(english).toMatch(/^# Claim summary\n/);
    expect(english).toContain("Selection: verdict verified; report “Training abroad”. 1 claim.");
    expect(english).toContain("- **Verdict:** Verified. Rationale for");

    // JSON: the same fields and codes in both; the sentences for people are the editor's
    const jsonBy = async (by: User) => JSON.parse(await exported("json", by)) as ExportDocument;
    const [inArabic, inEnglish] = [await jsonBy(arabicEditor), await jsonBy(editor)];
    expect(inArabic.selection.description).toBe("الحكم صحيح؛ التقرير «Training abroad»");
    expect(inEnglish.selection.description).toBe("verdict verified; report “Training abroad”");
    const shape = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(shape)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
          : typeof value;
    expect(shape(inArabic)).toEqual(shape(inEnglish));
    expect(inArabic.claims.map((c) => [c.id, c.status, c.verdict?.verdict])).toEqual(
      inEnglish.claims.map((c) => [c.id, c.status, c.verdict?.verdict]),
    );

    // CSV: the same column codes and coded values, whoever exports
    const [arabicCsv, englishCsv] = [
      parseCsv((await exported("csv", arabicEditor)).slice(1)),
      parseCsv((await exported("csv", editor)).slice(1)),
    ];
    expect(arabicCsv[0]).toEqual(englishCsv[0]);
    const columns = ["claim_id", "verdict", "status", "consensus_grade"].map((column) =>
      englishCsv[0]!.indexOf(column),
    );
    const coded = (rows: string[][]) => rows.map((row) => columns.map((at) => row[at]));
    expect(coded(arabicCsv)).toEqual(coded(englishCsv));
  });

  it("records every export in the audit trail with its selection and row count", async () => {
    const statuses: ExportStatus[] = ["false", "disputed"];
    await readAll(
      await runExport(editor, {
        selection: selection({ statuses, reportId: withUrl }),
        format: "md",
        publicUrl,
        channel: { via: "api_token", tokenId: "00000000-0000-4000-8000-000000000000" },
      }),
    );
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "export.run"), eq(auditEvents.actorId, editor.id)))
      .orderBy(sql`${auditEvents.id} desc`)
      .limit(1);
    expect(event).toMatchObject({
      entityType: "export",
      after: {
        format: "md",
        selection: { report: withUrl, entity: null, from: null, to: null, status: statuses },
        query: `report=${withUrl}&status=false%2Cdisputed`,
        rowCount: 1,
        // the trail's record is in English, whoever exported in which language
        description: "verdict false, or no verdict and disputed; report “Training abroad”",
        via: "api_token",
        tokenId: "00000000-0000-4000-8000-000000000000",
      },
    });
  });
});
