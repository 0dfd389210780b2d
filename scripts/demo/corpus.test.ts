/**
 * Checks the demo corpus (reports, entities, claims, relations) for internal
 * consistency, and checks every claim's quote against its report file in
 * ../shared/reports: quotes must be exact substrings, character for
 * character, or highlighting and quote anchoring break. The file checks are
 * skipped when the reports folder is not present (e.g. in a checkout without
 * the shared folder).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoClaims } from "./claims";
import { demoEntities } from "./entities";
import { demoRelations } from "./relations";
import { demoReports } from "./reports";

const reportsDir = path.resolve(__dirname, "../../../shared/reports");
const haveReports = fs.existsSync(reportsDir);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isValidIsoDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) dups.add(value);
    seen.add(value);
  }
  return [...dups];
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at === -1) return count;
    count += 1;
    from = at + 1;
  }
}

describe("demo corpus data", () => {
  const reportKeys = new Set(demoReports.map((r) => r.key));
  const entityKeys = new Set(demoEntities.map((e) => e.key));
  const claimKeys = new Set(demoClaims.map((c) => c.key));

  it("has unique report, entity and claim keys", () => {
    expect(duplicates(demoReports.map((r) => r.key))).toEqual([]);
    expect(duplicates(demoReports.map((r) => r.file))).toEqual([]);
    expect(duplicates(demoEntities.map((e) => e.key))).toEqual([]);
    expect(duplicates(demoEntities.map((e) => e.name))).toEqual([]);
    expect(duplicates(demoClaims.map((c) => c.key))).toEqual([]);
  });

  it("gives reports a valid published date or null", () => {
    for (const report of demoReports) {
      if (report.publishedOn !== null) {
        expect(
          isValidIsoDate(report.publishedOn),
          `report ${report.key}: bad publishedOn ${report.publishedOn}`,
        ).toBe(true);
      }
    }
  });

  it("has at least 35 claims", () => {
    expect(demoClaims.length).toBeGreaterThanOrEqual(35);
  });

  it("has at least 3 claims for every report", () => {
    for (const report of demoReports) {
      const count = demoClaims.filter((c) => c.reportKey === report.key).length;
      expect(count, `report ${report.key} has ${count} claims`).toBeGreaterThanOrEqual(3);
    }
  });

  it("links every claim to an existing report and existing entities", () => {
    for (const claim of demoClaims) {
      expect(
        reportKeys.has(claim.reportKey),
        `claim ${claim.key}: unknown report ${claim.reportKey}`,
      ).toBe(true);
      expect(claim.entities.length, `claim ${claim.key}: no entities`).toBeGreaterThan(0);
      expect(duplicates(claim.entities), `claim ${claim.key}: repeated entity`).toEqual([]);
      for (const entity of claim.entities) {
        expect(entityKeys.has(entity), `claim ${claim.key}: unknown entity ${entity}`).toBe(true);
      }
    }
  });

  it("has unique statements under 120 characters", () => {
    for (const claim of demoClaims) {
      expect(
        claim.statement.length,
        `claim ${claim.key}: statement is ${claim.statement.length} characters`,
      ).toBeLessThan(120);
      expect(claim.statement.trim().length, `claim ${claim.key}: empty statement`).toBeGreaterThan(
        0,
      );
    }
    expect(duplicates(demoClaims.map((c) => c.statement))).toEqual([]);
  });

  it("has non-empty single-line quotes and attributions", () => {
    for (const claim of demoClaims) {
      expect(claim.quote.trim(), `claim ${claim.key}: quote`).not.toBe("");
      expect(claim.quote, `claim ${claim.key}: quote is not trimmed`).toBe(claim.quote.trim());
      expect(/[\r\n]/.test(claim.quote), `claim ${claim.key}: quote spans lines`).toBe(false);
      expect(claim.attribution.trim(), `claim ${claim.key}: attribution`).not.toBe("");
    }
  });

  it("gives event dates in ISO form with a matching precision", () => {
    for (const claim of demoClaims) {
      const { eventDate, eventDatePrecision } = claim;
      expect(
        eventDate === null,
        `claim ${claim.key}: eventDate and eventDatePrecision must both be set or both be null`,
      ).toBe(eventDatePrecision === null);
      if (eventDate === null) continue;
      expect(isValidIsoDate(eventDate), `claim ${claim.key}: bad eventDate ${eventDate}`).toBe(
        true,
      );
      if (eventDatePrecision === "month") {
        expect(eventDate.endsWith("-01"), `claim ${claim.key}`).toBe(true);
      }
      if (eventDatePrecision === "year") {
        expect(eventDate.endsWith("-01-01"), `claim ${claim.key}`).toBe(true);
      }
    }
  });

  it("has relations between existing, distinct claims, without duplicates", () => {
    const pairs = new Set<string>();
    for (const relation of demoRelations) {
      const label = `relation ${relation.fromClaim} -> ${relation.toClaim}`;
      expect(claimKeys.has(relation.fromClaim), `${label}: unknown fromClaim`).toBe(true);
      expect(claimKeys.has(relation.toClaim), `${label}: unknown toClaim`).toBe(true);
      expect(relation.fromClaim, `${label}: claim related to itself`).not.toBe(relation.toClaim);
      expect(relation.note.trim(), `${label}: empty note`).not.toBe("");
      const pair = [relation.fromClaim, relation.toClaim].sort().join(" ");
      expect(pairs.has(pair), `${label}: duplicate relation`).toBe(false);
      pairs.add(pair);
    }
  });
});

describe.skipIf(!haveReports)("demo claim quotes against the report files", () => {
  // Plain UTF-8 read, no normalisation of any kind: the quote must match the
  // bytes on disk.
  const texts = new Map<string, string>();
  for (const report of demoReports) {
    const file = path.join(reportsDir, report.file);
    if (fs.existsSync(file)) texts.set(report.key, fs.readFileSync(file, "utf8"));
  }

  it("finds every report file", () => {
    const missing = demoReports.filter((r) => !texts.has(r.key)).map((r) => `${r.key} (${r.file})`);
    expect(missing, "report files not found").toEqual([]);
  });

  it.each(demoClaims.map((claim) => [claim.key, claim] as const))(
    "claim %s quotes its report exactly, once",
    (key, claim) => {
      const text = texts.get(claim.reportKey);
      expect(text, `claim ${key}: report ${claim.reportKey} not loaded`).toBeDefined();
      const occurrences = countOccurrences(text ?? "", claim.quote);
      expect(
        occurrences,
        `claim ${key}: quote is not an exact substring of report ${claim.reportKey}`,
      ).toBeGreaterThan(0);
      expect(
        occurrences,
        `claim ${key}: quote occurs ${occurrences} times in report ${claim.reportKey}; make it unique so the anchor is unambiguous`,
      ).toBe(1);
    },
  );
});
