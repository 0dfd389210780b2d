/**
 * What each read scenario asks for. Every list is fixed for a scale, so the
 * app and the bare-pg ceiling serve exactly the same requests, and two runs
 * of the bench serve the same ones too.
 */
import { arabicSources, englishClaim } from "@/scripts/bench/corpus";
import { seededRandom } from "@/scripts/bench/random";

/** Filtered and paginated boards, as reviewers use them (pages that exist at every scale ≥ 1,000). */
export function boardPaths(scale: number): string[] {
  const page = (n: number) => (scale >= 1_000 ? n : 1);
  return [
    `/claims?status=disputed&page=${page(3)}`,
    `/claims?contradictions=1&page=${page(2)}`,
    `/claims?sort=disputed&page=${page(2)}`,
    `/claims?sort=least-reviewed&page=${page(2)}`,
    `/claims?report=3&status=mixed`,
    `/claims?unrated=1&page=${page(2)}`,
    `/claims?from=2023-01-01&to=2023-12-31&page=${page(2)}`,
    `/claims?status=in_review&sort=least-reviewed`,
  ];
}

/**
 * The board filtered by assignee, as a reviewer opens their queue on it and an
 * editor looks at someone else's, the pool and what is overdue.
 */
export function assigneePaths(reviewerIds: readonly string[]): string[] {
  const someone = (n: number) => reviewerIds[n % reviewerIds.length]!;
  return [
    "/claims?assignee=me",
    `/claims?assignee=${someone(7)}`,
    "/claims?assignee=none&page=2",
    "/claims?overdue=1",
    "/claims?assignee=me&sort=disputed",
    `/claims?assignee=${someone(23)}&status=disputed`,
  ];
}

const english = ["Taliban", "border guards", "Kandahar drone", "air-defence personnel"];
const arabic = ["طالبان", "الدفاع الجوي", "روسيا", "وزارة الخارجية"];

export function searchPaths(language: "en" | "ar"): string[] {
  return (language === "en" ? english : arabic).map(
    (q, i) => `/claims?q=${encodeURIComponent(q)}${i % 2 ? "&sort=disputed" : ""}`,
  );
}

/** The claims the claim-page, rating and comment scenarios visit. */
export function scenarioClaims(options: {
  seed: number;
  scale: number;
  rateableClaimIds: number[];
}) {
  const random = seededRandom(options.seed * 7919 + options.scale);
  // 25 pages; fewer on a tiny desk, whose smoke run records the SQL of each
  const pageCount = Math.min(25, Math.max(5, Math.floor(options.scale / 20)), options.scale);
  const pages = random.sample(options.scale, pageCount).map((index) => index + 1);
  const rateable = options.rateableClaimIds;
  const rating = random
    .sample(rateable.length, Math.min(rateable.length, 200))
    .map((index) => rateable[index]!);
  const comment = random
    .sample(options.scale, Math.min(options.scale, 200))
    .map((index) => index + 1);
  return { pages, rating, comment, random };
}

/** A quote as another report or a hurried reviewer writes it: no hamza, Arabic-Indic digits. */
function rewritten(quote: string): string {
  return quote
    .replace(/[أإآ]/gu, "ا")
    .replace(/[0-9]/gu, (digit) => String.fromCharCode(0x0660 + Number(digit)));
}

/**
 * What the Make claim form asks GET /api/claims/similar while a reviewer
 * writes: four English drafts drawn as the generator draws the desk's claims
 * and four Arabic ones from the demo corpus (their quotes rewritten), each
 * asked three times as its statement grows (two fifths, two thirds, all of
 * its words) beside its quote.
 */
export function similarPaths(seed: number): string[] {
  const random = seededRandom(seed * 31 + 1);
  const drafts = [
    ...Array.from({ length: 4 }, () => {
      const claim = englishClaim(random, 2021 + random.int(0, 4));
      return { statement: claim.statement, quote: claim.quote };
    }),
    ...Array.from({ length: 4 }, () => {
      const source = random.pick(arabicSources);
      return { statement: source.statement, quote: rewritten(source.quote) };
    }),
  ];
  return drafts.flatMap(({ statement, quote }) => {
    const words = statement.split(" ");
    return [0.4, 0.67, 1].map((share) => {
      const typed = words.slice(0, Math.max(2, Math.ceil(words.length * share))).join(" ");
      return `/api/claims/similar?${new URLSearchParams({ statement: typed, quote })}`;
    });
  });
}
