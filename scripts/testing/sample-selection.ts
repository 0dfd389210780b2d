import type { ExportSelection } from "@/lib/export/selection";

/** A selection that uses every filter, verdicts and undecided statuses both, for tests of its words. */
export const mixedSelection: ExportSelection = {
  reportId: 3,
  entityId: 7,
  from: "2025-01-01",
  to: "2025-06-30",
  statuses: ["false", "misleading", "in_review"],
};
