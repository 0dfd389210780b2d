import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { channel, publicUrl, selection } from "@/scripts/testing/export-desk";
import { parseCsv } from "@/scripts/testing/rfc4180";
import type { ExportClaim } from "./claim-record";
import { csvColumns } from "./csv";
import { runExport } from "./run";

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

      // every benchmark claim has a verdict: verified, the default selection
      expect(timed.count).toBe(claimCount);
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
