import "server-only";
import { RuleViolation } from "@/lib/errors";
import { textFromReportFile } from "./file-text";
import { refusalMessage } from "./refusal";

/**
 * The report text a form sent: pasted into the text box or uploaded as a
 * file, exactly one of the two. Refusals name the field they belong to.
 */
export async function reportTextFromForm(pasted: string | undefined, file: File | undefined) {
  const hasFile = file !== undefined && file.size > 0;
  const hasPaste = (pasted ?? "").trim() !== "";
  if (hasFile && hasPaste) {
    throw new RuleViolation("reports.errors.textAndFile", "file");
  }
  if (!hasFile) {
    if (!hasPaste) {
      throw new RuleViolation("reports.errors.noText", "text");
    }
    return { text: pasted!, suggestedTitle: null };
  }
  const read = textFromReportFile(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) throw new RuleViolation(refusalMessage(read), "file", read.values);
  return { text: read.text, suggestedTitle: read.suggestedTitle };
}
