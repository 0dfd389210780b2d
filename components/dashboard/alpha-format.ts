/**
 * How the dashboard writes Krippendorff's alpha, in numbers and in words.
 * The thresholds are Krippendorff's own (Content Analysis, 2nd ed., 2004):
 * rely on data with α ≥ 0.800, draw only tentative conclusions from
 * 0.667 ≤ α < 0.800, and do not rely on anything lower.
 */
export const RELIABLE_ALPHA = 0.8;
export const TENTATIVE_ALPHA = 0.667;

const threeDecimals = new Intl.NumberFormat("en", {
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});
const signedThreeDecimals = new Intl.NumberFormat("en", {
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
  signDisplay: "exceptZero",
});

export function formatAlpha(alpha: number): string {
  // −0.000 would read as a disagreement that is not there
  return threeDecimals.format(Math.abs(alpha) < 0.0005 ? 0 : alpha);
}

/** "+0.052": how much alpha moves when a reviewer is left out. */
export function formatChange(change: number): string {
  return signedThreeDecimals.format(Math.abs(change) < 0.0005 ? 0 : change);
}

export function readAlpha(alpha: number): string {
  if (alpha >= RELIABLE_ALPHA) return "reliable agreement";
  if (alpha >= TENTATIVE_ALPHA) return "good enough for tentative conclusions only";
  if (alpha > 0) return "too low to rely on";
  return "no better than chance";
}

export function readChange(change: number): string {
  if (change >= 0.0005) return "higher without them";
  if (change <= -0.0005) return "lower without them";
  return "no change";
}
