import Link from "next/link";
import { UtcTime } from "@/components/ui/utc-time";
import type { TextVersionSummary } from "@/lib/reports/text-versions";

/** How a version came to be the report's text, in words. */
export function textVersionOrigin(version: {
  number: number;
  restoredFrom: number | null;
}): string {
  if (version.restoredFrom !== null) return `Version ${version.restoredFrom} restored`;
  return version.number === 1 ? "Imported" : "Replaced";
}

/**
 * Every text the report has had, newest first: who set it and when, each a
 * link to read it (and, for an editor, to restore it).
 */
export function TextVersionList({
  reportId,
  versions,
}: {
  reportId: number;
  versions: TextVersionSummary[];
}) {
  if (versions.length === 0) return null;
  return (
    <section
      aria-labelledby="text-versions-heading"
      className="flex flex-col gap-2 rounded-lg border border-line bg-white p-3"
    >
      <h2 id="text-versions-heading" className="font-semibold">
        Text versions ({versions.length})
      </h2>
      <ol className="flex flex-col gap-2 text-sm">
        {versions.map((version) => (
          <li key={version.number} className="flex flex-col">
            <span>
              <Link
                href={`/reports/${reportId}/versions/${version.number}`}
                className="font-medium text-accent underline"
              >
                Version {version.number}
              </Link>
              {version.current && <span className="ms-2 text-xs text-success">current</span>}
            </span>
            <span className="text-muted">
              {textVersionOrigin(version)} by {version.setByName ?? "the command line"},{" "}
              <UtcTime at={version.setAt} /> · {version.characters.toLocaleString("en")} characters
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
