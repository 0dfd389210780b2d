/** The report files the desk reads (lib/reports/file-text.ts). No imports: this goes to the browser. */
export const acceptedReportFileTypes = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

/** For `<input type="file" accept={reportFileAccept}>`. */
export const reportFileAccept = [
  ...acceptedReportFileTypes,
  "text/plain",
  "text/markdown",
  "text/html",
].join(",");
