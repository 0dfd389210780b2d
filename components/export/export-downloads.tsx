import { buttonClass } from "@/components/ui/button";

/**
 * The files of one selection. Downloads go through GET /api/export with the
 * session cookie, the same route scripts call with a token, so both get the
 * same streamed file and the same audit entry.
 */
export function ExportDownloads({ query }: { query: string }) {
  const withQuery = (path: string, format?: string) => {
    const params = new URLSearchParams(query);
    if (format) params.set("format", format);
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  const files = [
    { format: "md", label: "Download Markdown", hint: "a summary to edit or send" },
    { format: "csv", label: "Download CSV", hint: "one row per claim, for spreadsheets" },
    { format: "json", label: "Download JSON", hint: "the same data, versioned, for scripts" },
    {
      format: "claimreview",
      label: "Download ClaimReview JSON-LD",
      hint: "schema.org markup for publishing; claims with a verdict only",
    },
  ];
  return (
    <ul aria-label="Export files" className="flex flex-wrap gap-3">
      <li className="flex flex-col gap-1">
        <a href={withQuery("/export/print")} className={buttonClass("primary")}>
          Open the printable page
        </a>
        <span className="text-xs text-muted">A4, for Print → Save as PDF</span>
      </li>
      {files.map((file) => (
        <li key={file.format} className="flex flex-col gap-1">
          <a
            href={withQuery("/api/export", file.format)}
            download
            className={buttonClass("secondary")}
          >
            {file.label}
          </a>
          <span className="text-xs text-muted">{file.hint}</span>
        </li>
      ))}
    </ul>
  );
}
