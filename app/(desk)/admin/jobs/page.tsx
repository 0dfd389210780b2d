import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";
import { jobQueueSummary, listJobProblems } from "@/lib/jobs/problems";
import { jobRunnerState } from "@/lib/jobs/runner";

export const metadata: Metadata = { title: "Background jobs" };

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

function When({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{dateTime.format(at)} UTC</time>;
}

/**
 * The job queue as an admin sees it: whether this instance's worker runs,
 * how many jobs wait, run, retry or gave up, and every job that failed at
 * least once with its last error (lib/jobs/problems.ts).
 */
export default async function JobsPage() {
  const user = await requireUser();
  await forbidIfNotRole(user, "admin", "page:/admin/jobs");
  const [summary, problems] = await Promise.all([jobQueueSummary(user), listJobProblems(user)]);
  const runner = jobRunnerState();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Background jobs</h1>
        <p className="text-sm text-muted">
          Emails and the daily digest and cleanup run from one queue in the database, in every
          instance of the desk. A failed job is retried with growing pauses (seconds, then minutes,
          then hours) up to its limit; its last error shows here until it succeeds.
        </p>
      </div>
      <p
        role="status"
        className={`rounded-md border px-3 py-2 text-sm ${
          runner.state === "failed"
            ? "border-danger/30 bg-danger/5 text-danger"
            : "border-line bg-white"
        }`}
      >
        {runner.state === "running" && (
          <>
            This instance&apos;s worker is running (since <When at={runner.since} />
            ).
          </>
        )}
        {runner.state === "starting" && "This instance's worker is starting."}
        {runner.state === "off" && `This instance runs no worker: ${runner.reason}.`}
        {runner.state === "failed" && (
          <>
            This instance&apos;s worker did not start (<When at={runner.at} />
            ): {runner.error}. Run <code>npm run db:migrate</code> as the database owner and
            restart.
          </>
        )}
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(
          [
            ["Waiting", summary.waiting],
            ["Running", summary.running],
            ["Retrying", summary.retrying],
            ["Gave up", summary.failed],
          ] as const
        ).map(([label, count]) => (
          <div key={label} className="rounded-lg border border-line bg-white p-3">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-semibold">{count}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="job-problems-heading" className="flex flex-col gap-3">
        <h2 id="job-problems-heading" className="text-lg font-semibold">
          Failed and retrying jobs
        </h2>
        {problems.length === 0 ? (
          <p className="text-muted">No job has failed. </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {problems.map((job) => (
              <li
                key={job.id}
                className="flex flex-col gap-1 rounded-lg border border-line bg-white p-3"
              >
                <p className="flex flex-wrap gap-x-3 text-sm">
                  <span className="font-medium">{job.task}</span>
                  <span className="text-muted">job {job.id}</span>
                  <span className={job.gaveUp ? "font-medium text-danger" : "text-muted"}>
                    {job.gaveUp
                      ? `gave up after ${job.attempts} attempts`
                      : job.running
                        ? `attempt ${job.attempts + 1} of ${job.maxAttempts} running`
                        : `attempt ${job.attempts} of ${job.maxAttempts} failed; next try `}
                    {!job.gaveUp && !job.running && <When at={job.runAt} />}
                  </span>
                </p>
                <pre className="overflow-x-auto rounded bg-paper p-2 text-xs whitespace-pre-wrap">
                  {job.lastError}
                </pre>
                <p className="text-xs text-muted">
                  Last change <When at={job.updatedAt} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
