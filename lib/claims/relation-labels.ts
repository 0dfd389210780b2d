import type { ClaimRelation } from "@/db/schema";

/** How a related claim is introduced on a card: "Contradicted by: …" reads both ways. */
export const relationLabels: Record<ClaimRelation["kind"], string> = {
  same_as: "Same claim as",
  corroborates: "Corroborated by",
  contradicts: "Contradicted by",
};
