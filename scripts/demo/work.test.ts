/**
 * The demo desk's work in progress checked as data, before any database:
 * every key names a claim the seed makes, every grade is an Admiralty grade,
 * the sample report quotes itself exactly, and every evidence address is
 * one report 003 gives, character for character (when ../shared/reports is
 * beside the checkout).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeStatus } from "@/lib/review/status";
import type { ReliabilityGrade } from "@/db/schema";
import { demoClaims } from "./claims";
import { demoDiscussion } from "./discussion";
import { demoEvidence, demoSources } from "./evidence";
import { demoRatings } from "./ratings";
import { demoRelations } from "./relations";
import { demoReports } from "./reports";
import { sampleClaims, sampleRelations, sampleReport, sampleReportText } from "./sample-report";
import type { DemoCommentBody } from "./types";
import { demoVerdicts } from "./verdicts";

const claimKeys = new Set([...demoClaims, ...sampleClaims].map((claim) => claim.key));
const paragraphs = sampleReportText.split(/\n\s*\n/);

describe("the demo desk's work", () => {
  it("names only claims the seed makes, each rated once in the list", () => {
    const named = [
      ...demoRatings.map((rating) => rating.claim),
      ...demoEvidence.map((item) => item.claim),
      ...demoDiscussion.map((thread) => thread.claim),
      ...demoVerdicts.map((verdict) => verdict.claim),
      ...sampleRelations.flatMap((relation) => [relation.fromClaim, relation.toClaim]),
    ];
    expect(named.filter((key) => !claimKeys.has(key))).toEqual([]);
    const rated = demoRatings.map((rating) => rating.claim);
    expect(new Set(rated).size).toBe(rated.length);
  });

  it("gives Admiralty grades, with a note only from a reviewer who graded", () => {
    for (const { claim, grades, notes } of demoRatings) {
      expect(Object.keys(grades).length, claim).toBeGreaterThan(0);
      for (const grade of Object.values(grades)) expect(grade, claim).toMatch(/^[A-F][1-6]$/);
      for (const reviewer of Object.keys(notes ?? {})) {
        expect(grades, `${claim}: a note without a grade`).toHaveProperty(reviewer);
      }
    }
  });

  it("quotes no grade in the discussion, and mentions people as the comment box does", () => {
    const mentioned: string[] = [];
    const text = (body: DemoCommentBody) =>
      typeof body === "string" ? body : body((who) => (mentioned.push(who), `[@${who}](user:id)`));
    const bodies = demoDiscussion.flatMap((thread) => [
      text(thread.body),
      ...thread.replies.map((reply) => text(reply.body)),
    ]);
    for (const body of bodies) expect(body).not.toMatch(/\b[A-F][1-6]\b/);
    // the editor and a reviewer each have a mention waiting
    expect(mentioned).toContain("editor");
    expect(mentioned.some((who) => ["lina", "omar", "hana"].includes(who))).toBe(true);
  });

  it("decides only claims that every reviewer has graded", () => {
    for (const { claim } of demoVerdicts) {
      const rating = demoRatings.find((candidate) => candidate.claim === claim)!;
      expect(Object.keys(rating.grades), claim).toHaveLength(3);
    }
  });

  it("gets every computed status from its grades and sources, before verdicts", () => {
    const statuses = new Set<string>(["unreviewed"]);
    const relations = [...demoRelations, ...sampleRelations];
    for (const { claim, grades } of demoRatings) {
      const decided = demoVerdicts.some((verdict) => verdict.claim === claim);
      const verdict = computeStatus({
        ratings: Object.values(grades).map((grade) => ({
          reliability: grade[0] as ReliabilityGrade,
          credibility: Number(grade[1]),
        })),
        evidence: demoEvidence.filter((item) => item.claim === claim),
        contradictingClaims: relations.filter(
          (relation) =>
            relation.kind === "contradicts" &&
            (relation.fromClaim === claim || relation.toClaim === claim),
        ).length,
        quorum: 3,
      });
      if (!decided) statuses.add(verdict.status);
    }
    expect([...statuses].sort()).toEqual(
      ["disputed", "in_review", "mixed", "unreviewed", "weakly_sourced", "well_sourced"].sort(),
    );
  });

  it("links only sources report 003 cites, with the dates its footnotes give", () => {
    for (const source of demoSources) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(demoEvidence.map((item) => item.source))).toEqual(new Set(demoSources));
  });
});

describe("the sample report", () => {
  it("says at the top that it is a fictional sample written for this project", () => {
    expect(sampleReport.title).toMatch(/^Sample report \(fictional/);
    expect(paragraphs[0]).toContain("تقرير نموذجي");
    expect(paragraphs[1]).toContain("كلها خيالية");
  });

  it("is about a page of Arabic, with dates in both digit forms", () => {
    const words = sampleReportText.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(250);
    expect(words).toBeLessThan(600);
    expect(sampleReportText).toMatch(/\d+ مارس 2026/);
    expect(sampleReportText).toMatch(/[٠-٩]+ مارس ٢٠٢٦/);
  });

  it.each(sampleClaims.map((claim) => [claim.key, claim] as const))(
    "claim %s quotes one paragraph of it exactly, once",
    (_key, claim) => {
      expect(sampleReportText.split(claim.quote)).toHaveLength(2);
      expect(paragraphs.filter((paragraph) => paragraph.includes(claim.quote))).toHaveLength(1);
      expect(claim.statement.length).toBeLessThan(120);
    },
  );

  it("holds a contradiction of its own, linked on the desk", () => {
    expect(sampleRelations.some((relation) => relation.kind === "contradicts")).toBe(true);
  });
});

// beside the main checkout (/work/main) or beside a worktree's folder (/work/wt/<name>)
const reportsDir =
  ["../../../shared/reports", "../../../../shared/reports"]
    .map((relative) => path.resolve(__dirname, relative))
    .find((candidate) => fs.existsSync(candidate)) ?? "";

describe.skipIf(!reportsDir)("evidence against report 003", () => {
  const report = demoReports.find((candidate) => candidate.key === "r003")!;
  const text = fs.existsSync(reportsDir)
    ? fs.readFileSync(path.join(reportsDir, report.file), "utf8")
    : "";

  it.each(demoSources.map((source) => [source.outlet, source] as const))(
    "%s: its address and title are the report's, character for character",
    (_outlet, source) => {
      expect(text).toContain(`<${source.url}>`);
      expect(text).toContain(source.title);
    },
  );
});
