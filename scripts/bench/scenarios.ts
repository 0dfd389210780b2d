/**
 * What each read scenario asks for. Every list is fixed for a scale, so the
 * app and the bare-pg ceiling serve exactly the same requests, and two runs
 * of the bench serve the same ones too.
 */
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
