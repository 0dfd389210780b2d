import { readerWords, type ExportReader } from "./reader";
import type { ExportSelection } from "./selection";

/** What every export says about itself: when, by whom, and what was selected. */
export type ExportMeta = {
  generatedAt: Date;
  /** the display name of the person (or token's owner) who ran it */
  generatedBy: string;
  /** DESK_ORGANISATION_NAME */
  organisation: string;
  selection: ExportSelection;
  reportTitle: string | null;
  entityName: string | null;
  /** describeSelection's words, in the reader's language */
  description: string;
  /** the number of claims counted when the export started */
  count: number;
  /** whose language the file's human text is written in: the exporting editor's */
  reader: ExportReader;
};

/**
 * The top line of a summary: when (in UTC, "22 Nov 2026, 14:03"), by whom,
 * what selection, how many; the printable page's byline, as text.
 */
export function exportByline(meta: ExportMeta): string {
  const { t, format } = readerWords(meta.reader);
  // the printable page marks names as data with these tags; a file's text has none
  return t.markup("summary.byline", {
    at: format.dateTime(meta.generatedAt, "moment"),
    who: meta.generatedBy,
    organisation: meta.organisation,
    count: meta.count,
    bdi: (chunks) => chunks,
    description: () => meta.description,
  });
}
