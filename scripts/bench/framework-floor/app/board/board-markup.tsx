"use client";

// Client components fed with plain data, as the desk's board cards and
// filter menus are: the page's RSC payload carries the data and the server
// renders the HTML from it, which is the work being measured.
import Link from "next/link";
import { useState } from "react";

export type FloorClaim = {
  id: number;
  statement: string;
  status: string;
  quote: string;
  report: { id: number; title: string };
  eventDate: string;
  ratingCount: number;
  consensus: string;
  evidenceCount: number;
};

export function ClaimCard({ claim }: { claim: FloorClaim }) {
  const headingId = `claim-${claim.id}-statement`;
  return (
    <article aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>
          <Link href={`/claims/${claim.id}`}>{claim.statement}</Link>
        </h2>
        <span role="status">{claim.status}</span>
      </div>
      <blockquote lang="ar" dir="rtl">
        {claim.quote}
      </blockquote>
      <p>
        <span>Report: </span>
        <Link href={`/reports/${claim.report.id}`}>{claim.report.title}</Link>
        {` · event ${claim.eventDate}`}
      </p>
      <dl>
        <div>
          <dt>Ratings</dt>
          <dd>{claim.ratingCount}</dd>
        </div>
        <div>
          <dt>Consensus</dt>
          <dd>{claim.consensus}</dd>
        </div>
        <div>
          <dt>Evidence</dt>
          <dd>{claim.evidenceCount}</dd>
        </div>
      </dl>
    </article>
  );
}

export function ReportSelect({ reports }: { reports: Array<{ id: number; title: string }> }) {
  const [reportId, setReportId] = useState("");
  return (
    <label>
      Report
      <select value={reportId} onChange={(event) => setReportId(event.target.value)}>
        <option value="">All reports</option>
        {reports.map((report) => (
          <option key={report.id} value={String(report.id)}>
            {report.title}
          </option>
        ))}
      </select>
    </label>
  );
}
