import { describe, expect, it } from "vitest";
import {
  asSchemaOrg,
  CLAIM_REVIEWED_MAX,
  claimReviewWriter,
  shortenClaim,
  toClaimReview,
  verdictRatingValue,
  type DeskClaimReview,
} from "./claimreview";
import { sampleClaim } from "@/scripts/testing/sample-claim";

const config = { organisation: "Example Fact Desk", publicUrl: "https://desk.example.org" };

describe("ClaimReview", () => {
  it("has the shape search engines read, typed by schema-dts", () => {
    const review = toClaimReview(sampleClaim(), config)!;
    const expected: DeskClaimReview = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://desk.example.org/claims/12",
      claimReviewed: "Twenty-two trainees travelled to China in September 2025.",
      itemReviewed: {
        "@type": "Claim",
        name: "Twenty-two trainees travelled to China in September 2025.",
        appearance: {
          "@type": "CreativeWork",
          headline: "Training abroad",
          url: "https://alquds.example/report",
          publisher: { "@type": "Organization", name: "Al-Quds Al-Arabi" },
          datePublished: "2025-09-20",
        },
        datePublished: "2025-09-20",
        // who the claim rests on, not the outlet that reported it
        author: { "@type": "Organization", name: "Ministry of Defence" },
      },
      reviewRating: {
        "@type": "Rating",
        ratingValue: 5,
        bestRating: 5,
        worstRating: 1,
        alternateName: "Verified",
      },
      reviewBody: "Two independent outlets and the ministry's own release agree.",
      author: {
        "@type": "Organization",
        name: "Example Fact Desk",
        url: "https://desk.example.org",
      },
      datePublished: "2026-11-20",
      inLanguage: "en",
    };
    expect(review).toEqual(expected);
    expect(asSchemaOrg(review)["@type"]).toBe("ClaimReview");
  });

  it("says the language of the statement it reviews: an Arabic statement is inLanguage ar", () => {
    const review = toClaimReview(
      sampleClaim({ statement: "تدرّب اثنان وعشرون متدربًا في الصين.", statementLanguage: "ar" }),
      config,
    )!;
    expect(review.inLanguage).toBe("ar");
    expect(review.claimReviewed).toBe("تدرّب اثنان وعشرون متدربًا في الصين.");
  });

  it("names the claim's sources as its authors, a document as where it first appeared", () => {
    const review = toClaimReview(
      sampleClaim({
        sources: [
          { id: 1, name: "two unnamed Taliban commanders", kind: "person" },
          { id: 2, name: "The Washington Post", kind: "outlet" },
          { id: 3, name: "leaked MoD document", kind: "document" },
        ],
      }),
      config,
    )!;
    expect(review.itemReviewed.author).toEqual([
      { "@type": "Person", name: "two unnamed Taliban commanders" },
      { "@type": "Organization", name: "The Washington Post" },
    ]);
    expect(review.itemReviewed.firstAppearance).toEqual({
      "@type": "CreativeWork",
      name: "leaked MoD document",
    });
    // with no source named, the report's outlet stands for who made the claim, as before
    expect(toClaimReview(sampleClaim({ sources: [] }), config)!.itemReviewed.author).toEqual({
      "@type": "Organization",
      name: "Al-Quds Al-Arabi",
    });
  });

  it("maps each verdict onto the documented 1–5 scale with its label", () => {
    expect(verdictRatingValue).toEqual({ false: 1, misleading: 2, unproven: 3, verified: 5 });
    const base = sampleClaim();
    for (const [verdict, label] of [
      ["false", "False"],
      ["misleading", "Misleading"],
      ["unproven", "Unproven"],
    ] as const) {
      const review = toClaimReview(
        sampleClaim({ verdict: { ...base.verdict!, verdict, label } }),
        config,
      )!;
      expect(review.reviewRating).toMatchObject({
        ratingValue: verdictRatingValue[verdict],
        alternateName: label,
      });
      expect(review.claimReviewed).not.toContain(label);
    }
  });

  it("keeps claimReviewed under 75 characters, cut at a word", () => {
    const statement =
      "The ministry said on Tuesday that twenty-two trainees travelled to China for a six-month course";
    const short = shortenClaim(statement);
    expect(Array.from(short).length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX);
    expect(short.endsWith("…")).toBe(true);
    expect(statement.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortenClaim("x".repeat(200))).toHaveLength(CLAIM_REVIEWED_MAX);
    expect(shortenClaim("  Short   and\nspaced ")).toBe("Short and spaced");
  });

  it("leaves the report's address out when it is not known, and claims without a verdict out", () => {
    const base = sampleClaim();
    const review = toClaimReview(sampleClaim({ report: { ...base.report, url: null } }), config)!;
    expect(review.itemReviewed.appearance).not.toHaveProperty("url");
    expect(toClaimReview(sampleClaim({ verdict: null }), config)).toBeNull();
  });

  it("streams as one JSON array, empty when nothing is decided", () => {
    const writer = claimReviewWriter(config);
    const text =
      writer.open() +
      writer.write([sampleClaim(), sampleClaim({ id: 13, verdict: null })]) +
      writer.write([sampleClaim({ id: 14, permalink: "https://desk.example.org/claims/14" })]) +
      writer.close();
    const parsed = JSON.parse(text) as DeskClaimReview[];
    expect(parsed.map((r) => r.url)).toEqual([
      "https://desk.example.org/claims/12",
      "https://desk.example.org/claims/14",
    ]);
    const empty = claimReviewWriter(config);
    expect(JSON.parse(empty.open() + empty.write([]) + empty.close())).toEqual([]);
  });
});
