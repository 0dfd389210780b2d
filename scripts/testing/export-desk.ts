/**
 * The export tests' small desk: an editor and a reviewer, two reports (one
 * with a link, one known only by citation) and five claims chosen for what
 * the export's selection and files check: verified, false, disputed without
 * a verdict, a reopened verdict, and a statement that is a spreadsheet
 * formula; with ratings, a live and a retracted link, a contradiction and an
 * entity. Each export test file makes it in its own database, and the
 * helpers read what an export writes.
 */
import { expect } from "vitest";
import { getDb } from "@/db";
import {
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
import { countSelection, exportClaimBatches, resolveSelection } from "@/lib/export/query";
import type { ExportRun } from "@/lib/export/run";
import { defaultExportSelection, type ExportSelection } from "@/lib/export/selection";
import { makeUser } from "./make-user";

export const publicUrl = "https://desk.example.org";
export const channel = { via: "session" } as const;

/** The whole file as text, keeping a byte-order mark (Response.text() would drop it). */
export async function readAll(run: ExportRun): Promise<string> {
  const bytes = await new Response(run.body).arrayBuffer();
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

export function selection(overrides: Partial<ExportSelection> = {}): ExportSelection {
  return { ...defaultExportSelection, ...overrides };
}

/** The ids an export of `overrides` writes, in batches of two, checked against its count. */
export async function selectedIds(actor: User, overrides: Partial<ExportSelection>) {
  const resolved = await resolveSelection(actor, selection(overrides));
  const ids: number[] = [];
  for await (const batch of exportClaimBatches(actor, resolved, { publicUrl, batchSize: 2 })) {
    ids.push(...batch.map((claim) => claim.id));
  }
  expect(await countSelection(actor, resolved)).toBe(ids.length);
  return ids;
}

export async function makeExportDesk() {
  const id: Record<"verified" | "false" | "disputed" | "reopened" | "formula", number> = {
    verified: 0,
    false: 0,
    disputed: 0,
    reopened: 0,
    formula: 0,
  };
  const db = getDb();
  const [editor, reviewer] = await Promise.all([makeUser("editor"), makeUser("reviewer")]);
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
  const withUrl = first!.id;
  const withoutUrl = second!.id;
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
  const [entity] = await db.insert(entities).values({ name: "China", kind: "country" }).returning();
  const russia = entity!.id;
  await db.insert(claimEntities).values([
    { claimId: id.verified, entityId: russia },
    { claimId: id.false, entityId: russia },
  ]);
  return { editor, reviewer, id, withUrl, withoutUrl, russia };
}
