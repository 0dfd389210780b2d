import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";
import { jobQueueSummary, listJobProblems } from "@/lib/jobs/problems";
import { jobRunnerState } from "@/lib/jobs/runner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("title") };
}

/**
 * The job queue as an admin sees it: whether this instance's worker runs,
 * how many jobs wait, run, retry or gave up, and every job that failed at
 * least once with its last error (lib/jobs/problems.ts).
 */
export default async function JobsPage() {
  const user = await requireUser();
  await forbidIfNotRole(user, "admin", "page:/admin/jobs");
  const [summary, problems, t, format] = await Promise.all([
    jobQueueSummary(user),
    listJobProblems(user),
    getTranslations("jobs"),
    getFormatter(),
  ]);
  // a moment to the second, in UTC: the words for a message, and its <time> element
  const moment = (at: Date) =>
    t("utc", { time: format.dateTime(at, { dateStyle: "medium", timeStyle: "medium" }) });
  const timeTag = (at: Date) =>
    function Moment(chunks: React.ReactNode) {
      return <time dateTime={at.toISOString()}>{chunks}</time>;
    };
  const runner = jobRunnerState();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <p
        role="status"
        className={`rounded-md border px-3 py-2 text-sm ${
          runner.state === "failed"
            ? "border-danger/30 bg-danger/5 text-danger"
            : "border-line bg-white"
        }`}
      >
        {runner.state === "running" &&
          t.rich("running", { since: moment(runner.since), time: timeTag(runner.since) })}
        {runner.state === "starting" && t("starting")}
        {runner.state === "off" && t("off", { reason: runner.reason })}
        {runner.state === "failed" &&
          t.rich("failed", {
            at: moment(runner.at),
            time: timeTag(runner.at),
            error: runner.error,
            code: (command) => <code dir="ltr">{command}</code>,
          })}
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(["waiting", "running", "retrying", "failed"] as const).map((count) => (
          <div key={count} className="rounded-lg border border-line bg-white p-3">
            <dt className="text-sm text-muted">{t(`counts.${count}`)}</dt>
            <dd className="text-2xl font-semibold">{summary[count]}</dd>
          </div>
        ))}
      </dl>
      <Section heading={t("problemsHeading")} empty={problems.length === 0 && t("noProblems")}>
        <ul className="flex flex-col gap-2">
          {problems.map((job) => (
            <li
              key={job.id}
              className="flex flex-col gap-1 rounded-lg border border-line bg-white p-3"
            >
              <p className="flex flex-wrap gap-x-3 text-sm">
                <span className="font-medium" dir="ltr">
                  {job.task}
                </span>
                <span className="text-muted">{t("jobNumber", { id: job.id })}</span>
                <span className={job.gaveUp ? "font-medium text-danger" : "text-muted"}>
                  {job.gaveUp
                    ? t("gaveUp", { attempts: job.attempts })
                    : job.running
                      ? t("attemptRunning", { attempt: job.attempts + 1, max: job.maxAttempts })
                      : t.rich("attemptFailed", {
                          attempt: job.attempts,
                          max: job.maxAttempts,
                          next: moment(job.runAt),
                          time: timeTag(job.runAt),
                        })}
                </span>
              </p>
              <pre
                dir="ltr"
                className="overflow-x-auto rounded bg-paper p-2 text-xs whitespace-pre-wrap"
              >
                {job.lastError}
              </pre>
              <p className="text-xs text-muted">
                {t.rich("lastChange", {
                  at: moment(job.updatedAt),
                  time: timeTag(job.updatedAt),
                })}
              </p>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
