/**
 * How the dashboard reads Krippendorff's alpha. The thresholds are
 * Krippendorff's own (Content Analysis, 2nd ed., 2004): rely on data with
 * α ≥ 0.800, draw only tentative conclusions from 0.667 ≤ α < 0.800, and do
 * not rely on anything lower. The words for each reading are the
 * catalogue's (dashboard.agreement.reading, .change); numbers are written
 * by the interface's formatter, in the account's digits.
 */
export const RELIABLE_ALPHA = 0.8;
export const TENTATIVE_ALPHA = 0.667;

/** Three decimals, as Krippendorff's thresholds are written. */
export const alphaDigits = { minimumFractionDigits: 3, maximumFractionDigits: 3 } as const;

/** "+0.052": how much alpha moves when a reviewer is left out. */
export const changeDigits = { ...alphaDigits, signDisplay: "exceptZero" } as const;

/** −0.000 would read as a disagreement that is not there. */
export function roundedAlpha(value: number): number {
  return Math.abs(value) < 0.0005 ? 0 : value;
}

export type AlphaReading = "reliable" | "tentative" | "low" | "chance";

export function readAlpha(alpha: number): AlphaReading {
  if (alpha >= RELIABLE_ALPHA) return "reliable";
  if (alpha >= TENTATIVE_ALPHA) return "tentative";
  if (alpha > 0) return "low";
  return "chance";
}

export function readChange(change: number): "higher" | "lower" | "none" {
  if (change >= 0.0005) return "higher";
  if (change <= -0.0005) return "lower";
  return "none";
}
