import type { ClaimRelation } from "@/db/schema";

/** The choices when linking a claim, phrased from the card being read. */
export const relationKindOptions: Array<{ kind: ClaimRelation["kind"]; label: string }> = [
  { kind: "contradicts", label: "Contradicts this claim" },
  { kind: "corroborates", label: "Corroborates this claim" },
  { kind: "same_as", label: "Same claim, told again" },
];
