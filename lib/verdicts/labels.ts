import type { VerdictKind } from "@/db/schema";

export const verdictLabels: Record<VerdictKind, string> = {
  verified: "Verified",
  false: "False",
  misleading: "Misleading",
  unproven: "Unproven",
};
