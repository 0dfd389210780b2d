import type { ExportClaim } from "@/lib/export/claim-record";

/** A fully filled export claim for tests of the formats; override what a test is about. */
export function sampleClaim(overrides: Partial<ExportClaim> = {}): ExportClaim {
  return {
    id: 12,
    permalink: "https://desk.example.org/claims/12",
    statement: "Twenty-two trainees travelled to China in September 2025.",
    statementLanguage: "en",
    quote: { text: "سافر ٢٢ متدربا إلى الصين في أيلول ٢٠٢٥", language: "ar" },
    attribution: "Al-Quds Al-Arabi, citing a ministry statement",
    eventDate: { date: "2025-09-13", precision: "day", label: "13 Sep 2025" },
    status: "well_sourced",
    verdict: {
      verdict: "verified",
      label: "Verified",
      rationale: "Two independent outlets and the ministry's own release agree.",
      decidedAt: "2026-11-20T10:15:00.000Z",
      decidedBy: "Karim Nassar",
    },
    sourcing: {
      reviewers: 3,
      reliability: "B",
      credibility: 2,
      grade: "B2: usually reliable source, probably true",
      agreement: "3 reviewers, grades within one step",
      reliabilitySpread: 0,
      credibilitySpread: 1,
    },
    evidence: [
      {
        stance: "supports",
        title: "Ministry release",
        url: "https://ministry.example/release",
        outlet: "Ministry",
        publishedOn: "2025-09-14",
        archiveUrl: null,
      },
    ],
    contradictedBy: [
      {
        id: 40,
        statement: "Only twelve trainees went.",
        permalink: "https://desk.example.org/claims/40",
      },
    ],
    entities: [{ id: 3, name: "China", kind: "country" }],
    sources: [{ id: 8, name: "Ministry of Defence", kind: "organisation" }],
    report: {
      id: 1,
      title: "Training abroad",
      outlet: "Al-Quds Al-Arabi",
      url: "https://alquds.example/report",
      publishedOn: "2025-09-20",
    },
    ...overrides,
  };
}
