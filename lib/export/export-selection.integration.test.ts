import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import { makeExportDesk, selectedIds, selection } from "@/scripts/testing/export-desk";
import { resolveSelection } from "./query";

// the small desk is made once for the file, in its own database
const { editor, reviewer, id, withUrl, russia } = await makeExportDesk();

describe("exporting a small desk", () => {
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
});
