import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import {
  auditEvents,
  claimEntities,
  claimRelations,
  claims,
  entities,
  evidence,
  ratings,
  reports,
  verdicts,
  type User,
} from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import type { ExportClaim } from "./claim-record";
import type { DeskClaimReview } from "./claimreview";
import { csvColumns } from "./csv";
import type { ExportDocument } from "./json";
import { countSelection, exportClaimBatches, resolveSelection } from "./query";
import { parseCsv } from "@/scripts/testing/rfc4180";
import { runExport, type ExportRun } from "./run";
import {
  defaultExportSelection,
  type ExportFormat,
  type ExportSelection,
  type ExportStatus,
} from "./selection";

const publicUrl = "https://desk.example.org";
const channel = { via: "session" } as const;

/** The whole file as text, keeping a byte-order mark (Response.text() would drop it). */
async function readAll(run: ExportRun): Promise<string> {
  const bytes = await new Response(run.body).arrayBuffer();
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

function selection(overrides: Partial<ExportSelection> = {}): ExportSelection {
  return { ...defaultExportSelection, ...overrides };
}

async function selectedIds(actor: User, overrides: Partial<ExportSelection>) {
  const resolved = await resolveSelection(actor, selection(overrides));
  const ids: number[] = [];
  for await (const batch of exportClaimBatches(actor, resolved, { publicUrl, batchSize: 2 })) {
    ids.push(...batch.map((claim) => claim.id));
  }
  expect(await countSelection(actor, resolved)).toBe(ids.length);
  return ids;
}

// The small desk's tests run first: the benchmark below adds 10,000 claims to this database.
describe("exporting a small desk", () => {
  let editor: User;
  let reviewer: User;
  const id: Record<"verified" | "false" | "disputed" | "reopened" | "formula", number> = {
    verified: 0,
    false: 0,
    disputed: 0,
    reopened: 0,
    formula: 0,
  };
  let withUrl: number;
  let withoutUrl: number;
  let russia: number;

  beforeAll(async () => {
    const db = getDb();
    [editor, reviewer] = await Promise.all([makeUser("editor"), makeUser("reviewer")]);
    const raters = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
    const [first, second] = await db
      .insert(reports)
      .values([
        {
          title: "Training abroad",
          outlet: "Al-Quds Al-Arabi",
          url: "https://alquds.example/report",
          publishedOn: "2025-09-20",
          language: "ar",
        },
        { title: "Known only by citation", language: "ar" },
      ])
      .returning();
    withUrl = first!.id;
    withoutUrl = second!.id;
    const claim = (
      reportId: number,
      statement: string,
      status: (typeof claims.$inferInsert)["status"],
      eventDate: string | null,
      eventDatePrecision: "day" | "month" | "year" | null,
    ) => ({
      reportId,
      statement,
      quote: "سافر ٢٢ متدربا إلى الصين",
      quoteLanguage: "ar",
      anchorExact: "سافر ٢٢ متدربا إلى الصين",
      status,
      eventDate,
      eventDatePrecision,
    });
    const rows = await db
      .insert(claims)
      .values([
        claim(withUrl, "Twenty-two trainees went to China.", "well_sourced", "2025-03-10", "day"),
        claim(withUrl, "The course lasted two years.", "weakly_sourced", "2025-05-01", "month"),
        claim(withoutUrl, "Only twelve trainees went.", "disputed", "2024-01-01", "year"),
        claim(withoutUrl, "A verdict was reopened here.", "in_review", null, null),
        claim(withoutUrl, '=HYPERLINK("http://evil.example","click")', "mixed", null, null),
      ])
      .returning({ id: claims.id });
    [id.verified, id.false, id.disputed, id.reopened, id.formula] = rows.map((row) => row.id) as [
      number,
      number,
      number,
      number,
      number,
    ];

    const decided = (claimId: number, verdict: "verified" | "false", reopened = false) => ({
      claimId,
      verdict,
      rationale: `Rationale for ${claimId}: two sources agree.`,
      decidedBy: editor.id,
      ...(reopened ? { reopenedAt: new Date(), reopenedBy: editor.id, reopenReason: "New." } : {}),
    });
    await db
      .insert(verdicts)
      .values([
        decided(id.verified, "verified"),
        decided(id.false, "false"),
        decided(id.reopened, "verified", true),
        decided(id.formula, "verified"),
      ]);
    await db.insert(ratings).values([
      { claimId: id.verified, reviewerId: reviewer.id, reliability: "B", credibility: 2 },
      { claimId: id.verified, reviewerId: raters[0]!.id, reliability: "B", credibility: 2 },
      { claimId: id.verified, reviewerId: raters[1]!.id, reliability: "C", credibility: 2 },
    ]);
    await db.insert(evidence).values([
      {
        claimId: id.verified,
        url: "https://ministry.example/release",
        title: "Ministry release",
        stance: "supports",
        addedBy: reviewer.id,
      },
      {
        claimId: id.verified,
        url: "https://retracted.example/",
        title: "Retracted link",
        stance: "supports",
        addedBy: reviewer.id,
        retractedAt: new Date(),
        retractedBy: reviewer.id,
      },
    ]);
    await db.insert(claimRelations).values({
      fromClaimId: id.disputed,
      toClaimId: id.verified,
      kind: "contradicts",
    });
    const [entity] = await db
      .insert(entities)
      .values({ name: "China", kind: "country" })
      .returning();
    russia = entity!.id;
    await db.insert(claimEntities).values([
      { claimId: id.verified, entityId: russia },
      { claimId: id.false, entityId: russia },
    ]);
  });

  it("selects claims an editor verified by default, not reopened ones", async () => {
    expect(await selectedIds(editor, {})).toEqual([id.verified, id.formula]);
  });

  it("mixes verdicts and computed statuses, a standing verdict overriding the status", async () => {
    expect(await selectedIds(editor, { statuses: ["false", "disputed"] })).toEqual([
      id.false,
      id.disputed,
    ]);
    // the formula claim's status is mixed, but its verdict stands
    expect(await selectedIds(editor, { statuses: ["mixed", "in_review"] })).toEqual([id.reopened]);
    expect(await selectedIds(editor, { statuses: "all" })).toEqual(Object.values(id));
  });

  it("narrows by report, entity and the event-date range", async () => {
    const all = { statuses: "all" as const };
    expect(await selectedIds(editor, { ...all, reportId: withUrl })).toEqual([
      id.verified,
      id.false,
    ]);
    expect(await selectedIds(editor, { ...all, entityId: russia })).toEqual([
      id.verified,
      id.false,
    ]);
    // May 2025 (month precision) overlaps the middle of the month; 10 March does not
    expect(await selectedIds(editor, { ...all, from: "2025-05-15", to: "2025-05-20" })).toEqual([
      id.false,
    ]);
    // a year-precision event overlaps any day of its year
    expect(await selectedIds(editor, { ...all, from: "2024-07-01", to: "2024-07-01" })).toEqual([
      id.disputed,
    ]);
    expect(await selectedIds(editor, { ...all, to: "2025-03-10" })).toEqual([
      id.verified,
      id.disputed,
    ]);
  });

  it("refuses reviewers and selections of things that do not exist", async () => {
    await expect(resolveSelection(reviewer, selection())).rejects.toBeInstanceOf(ForbiddenError);
    const unknown = await resolveSelection(editor, selection({ reportId: 999_999 })).catch(
      (error: unknown) => error,
    );
    expect(unknown).toBeInstanceOf(RuleViolation);
    expect((unknown as RuleViolation).field).toBe("report");
  });

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

describe("exporting 10,000 claims", () => {
  let editor: User;
  const claimCount = 10_000;

  beforeAll(async () => {
    editor = await makeUser("editor");
    const db = getDb();
    const started = performance.now();
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into users (email, display_name, role)
        select 'bench-reviewer-' || g || '@test.example', 'Bench reviewer ' || g, 'reviewer'
        from generate_series(1, 50) g`);
      await tx.execute(sql`insert into reports (title, outlet, url, published_on, language)
        select 'Bench report ' || g, 'Outlet ' || g, 'https://example.org/reports/' || g,
               date '2025-01-01' + g, 'ar'
        from generate_series(1, 100) g`);
      await tx.execute(sql`insert into claims (report_id, statement, quote, quote_language,
          anchor_exact, attribution, event_date, event_date_precision, status)
        select r.id, 'Bench claim ' || g || ' says that "something", somewhere, happened',
               'قال مصدر إن ' || g || ' متدربا سافروا', 'ar', 'قال مصدر', 'Outlet, citing a source',
               date '2025-01-01' + (g % 365), 'day', 'mixed'
        from generate_series(0, ${claimCount - 1}) g
        join (select id, row_number() over (order by id) - 1 as n from reports
              where title like 'Bench report %') r on r.n = g % 100`);
      await tx.execute(sql`create temporary table bench_claims on commit drop as
        select c.id from claims c join reports r on r.id = c.report_id
        where r.title like 'Bench report %'`);
      // 20 of the 50 reviewers on each claim: 200,000 ratings
      await tx.execute(sql`insert into ratings (claim_id, reviewer_id, reliability, credibility)
        select c.id, u.id, (array['A','B','C','D','E','F'])[1 + (c.id + u.n) % 6]::reliability_grade,
               1 + (c.id * 7 + u.n) % 6
        from bench_claims c
        join (select id, row_number() over (order by id) - 1 as n from users
              where email like 'bench-reviewer-%') u on (u.n + c.id) % 50 < 20`);
      // five links per claim: 50,000 evidence rows
      await tx.execute(sql`insert into evidence (claim_id, url, title, outlet, stance, added_by)
        select c.id, 'https://example.org/evidence/' || c.id || '/' || k, 'Evidence ' || k,
               'Outlet ' || k, (array['supports','context','contradicts'])[1 + (c.id + k) % 3]::evidence_stance,
               ${editor.id}
        from bench_claims c cross join generate_series(1, 5) k`);
      await tx.execute(sql`insert into verdicts (claim_id, verdict, rationale, decided_by)
        select id, 'verified', 'Benchmark verdict with a rationale.', ${editor.id} from bench_claims`);
      await tx.execute(sql`insert into claim_relations (from_claim_id, to_claim_id, kind)
        select c.id, c.id + 1, 'contradicts' from bench_claims c
        where c.id % 10 = 0 and c.id + 1 in (select id from bench_claims)`);
      await tx.execute(sql`insert into entities (name, kind)
        select 'Bench entity ' || g, 'place' from generate_series(1, 20) g`);
      await tx.execute(sql`insert into claim_entities (claim_id, entity_id)
        select c.id, e.id from bench_claims c
        join (select id, row_number() over (order by id) - 1 as n from entities
              where name like 'Bench entity %') e on e.n = c.id % 20`);
    });
    await db.execute(sql`analyze`);
    console.log(
      `[export bench] seeded ${claimCount} claims in ${Math.round(performance.now() - started)} ms`,
    );
  });

  /**
   * Checks a streamed file chunk by chunk without keeping it, so the heap
   * figure is the export's own. Every chunk is whole records: the header or
   * a batch's rows for CSV, whole lines for JSON (one claim per line).
   */
  function chunkChecker(format: "csv" | "json") {
    let chunks = 0;
    let claimsSeen = 0;
    let last: ExportClaim | null = null;
    let declaredCount: number | null = null;
    return {
      check(text: string) {
        if (format === "csv") {
          if (chunks === 0) {
            expect(text.charCodeAt(0)).toBe(0xfeff);
            expect(parseCsv(text.slice(1))).toEqual([csvColumns.map((c) => c.header)]);
          } else {
            const rows = parseCsv(text);
            for (const row of rows) expect(row).toHaveLength(csvColumns.length);
            claimsSeen += rows.length;
          }
        } else {
          for (const line of text.split("\n")) {
            if (line === "" || line === ",") continue;
            if (line.startsWith('{"version":1,')) JSON.parse(`${line}]}`);
            else if (line.startsWith('],"count":')) {
              declaredCount = (JSON.parse(`{${line.slice(2)}`) as { count: number }).count;
            } else {
              last = JSON.parse(line.replace(/,$/, "")) as ExportClaim;
              claimsSeen += 1;
            }
          }
        }
        chunks += 1;
      },
      get claimsSeen() {
        return claimsSeen;
      },
      get last() {
        return last;
      },
      get declaredCount() {
        return declaredCount;
      },
    };
  }

  it.each(["csv", "json"] as const)(
    "streams %s: first bytes within 300 ms, all of it within 3 s",
    async (format) => {
      const run = () =>
        runExport(editor, {
          selection: selection(),
          format,
          publicUrl,
          channel,
        });

      // timed: read the stream as a fast client would, keeping nothing
      const heapBefore = process.memoryUsage().heapUsed;
      let heapPeak = heapBefore;
      const started = performance.now();
      const timed = await run();
      const reader = timed.body.getReader();
      let firstChunkMs: number | null = null;
      let firstClaimsMs: number | null = null;
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const now = performance.now() - started;
        if (firstChunkMs !== null) firstClaimsMs ??= now;
        firstChunkMs ??= now;
        bytes += value.byteLength;
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      }
      const totalMs = performance.now() - started;
      console.log(
        `[export bench] ${format}: ${timed.count} claims, ${(bytes / 1e6).toFixed(1)} MB; ` +
          `first chunk ${firstChunkMs!.toFixed(0)} ms, first claims ${firstClaimsMs!.toFixed(0)} ms, ` +
          `total ${totalMs.toFixed(0)} ms; heap grew by at most ${((heapPeak - heapBefore) / 1e6).toFixed(0)} MB ` +
          "(garbage not yet collected included)",
      );

      // untimed: the same export again, every chunk parsed
      const checked = await run();
      const checker = chunkChecker(format);
      const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
      const checkedReader = checked.body.getReader();
      for (let next = await checkedReader.read(); !next.done; next = await checkedReader.read()) {
        checker.check(decoder.decode(next.value, { stream: true }));
      }

      // the benchmark's claims and the small desk's two verified ones
      expect(timed.count).toBe(claimCount + 2);
      expect(checker.claimsSeen).toBe(timed.count);
      if (format === "json") {
        expect(checker.declaredCount).toBe(timed.count);
        expect(checker.last!.sourcing.reviewers).toBe(20);
        expect(checker.last!.evidence).toHaveLength(5);
      }
      expect(firstChunkMs!).toBeLessThan(300);
      expect(firstClaimsMs!).toBeLessThan(300);
      expect(totalMs).toBeLessThan(3_000);
    },
  );
});
