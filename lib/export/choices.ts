import "server-only";
import type { User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readSelectionOptions } from "@/lib/claims/selection-options";

/** What the export page's selection offers: every report, and every entity that has a claim. */
export async function listExportChoices(actor: User) {
  assertRole(actor, "editor");
  return readSelectionOptions();
}

export type ExportChoices = Awaited<ReturnType<typeof listExportChoices>>;
