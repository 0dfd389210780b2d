/**
 * The report size limit and how it is told, shared by the import form (which
 * refuses a big file before uploading it) and the server (which checks again).
 * No Node imports: this module goes to the browser.
 */

/** Largest report accepted, in UTF-8 bytes (for a file: its size on disk). */
export const REPORT_MAX_BYTES = 2 * 1024 * 1024;

const bytesPerMegabyte = 1024 * 1024;

/**
 * A size in MB with one decimal, rounded up so that anything over the limit
 * never reads as "2.0 MB; the limit is 2 MB".
 */
export function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes / bytesPerMegabyte) * 10) / 10).toFixed(1)} MB`;
}

/** The figures of the refusal for a report (text or file) over REPORT_MAX_BYTES ("reports.errors.tooLarge"). */
export function tooLargeValues(subject: "report" | "file", bytes: number) {
  return {
    subject,
    size: formatMegabytes(bytes).replace(/ MB$/, ""),
    limit: REPORT_MAX_BYTES / bytesPerMegabyte,
  };
}
