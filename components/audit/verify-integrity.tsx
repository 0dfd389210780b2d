"use client";

import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { EXPORTED_HEAD_SHORT, parseExportedHead } from "@/lib/audit/exported-head";
import { readVerificationLines, type VerificationOutcome } from "@/lib/audit/verification-messages";

type Progress = { checked: number; total: number | null };

type Run =
  | { phase: "idle" }
  | ({ phase: "running" } & Progress)
  | ({ phase: "done"; outcome: VerificationOutcome } & Progress)
  | ({ phase: "stopped" } & Progress)
  | { phase: "refused"; message: string };

/**
 * "Verify integrity": streams the chain walk from POST /api/admin/audit/verify
 * and shows its progress, then the verdict. The same walk can be held to a
 * head exported earlier, which also catches a rewrite whose hashes were all
 * recomputed.
 */
export function VerifyIntegrity() {
  const [run, setRun] = useState<Run>({ phase: "idle" });
  const [headText, setHeadText] = useState("");
  const [headError, setHeadError] = useState<string | null>(null);
  const walk = useRef<AbortController | null>(null);
  const headId = useId();
  const t = useTranslations("audit");
  const format = useFormatter();

  // leaving the page stops the walk on the server too
  useEffect(() => () => walk.current?.abort(), []);

  async function verify(head?: string) {
    walk.current?.abort();
    const controller = new AbortController();
    walk.current = controller;
    let progress: Progress = { checked: 0, total: null };
    setRun({ phase: "running", ...progress });
    try {
      const response = await fetch("/api/admin/audit/verify", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(head === undefined ? {} : { head }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as {
          error?: { message?: string };
        } | null;
        setRun({
          phase: "refused",
          message:
            body?.error?.message ?? t("verify.couldNotStart", { status: String(response.status) }),
        });
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let rest = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const read = readVerificationLines(rest + value);
        rest = read.rest;
        for (const message of read.messages) {
          if (message.type === "progress") {
            progress = { checked: message.checked, total: message.total };
            setRun({ phase: "running", ...progress });
          } else {
            setRun({ phase: "done", outcome: message, ...progress });
          }
        }
      }
      setRun((current) =>
        current.phase === "running"
          ? { phase: "refused", message: t("verify.noVerdict") }
          : current,
      );
    } catch {
      if (controller.signal.aborted) return;
      setRun({
        phase: "refused",
        message: t("verify.interrupted"),
      });
    }
  }

  function stop() {
    walk.current?.abort();
    setRun((current) => (current.phase === "running" ? { ...current, phase: "stopped" } : current));
  }

  function verifyAgainstHead(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!parseExportedHead(headText)) {
      setHeadError(t("errors.notAHead", { example: EXPORTED_HEAD_SHORT }));
      // a verdict left from an earlier check would read as this head's
      walk.current?.abort();
      setRun({ phase: "idle" });
      return;
    }
    setHeadError(null);
    void verify(headText.trim());
  }

  const running = run.phase === "running";
  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void verify();
        }}
        className="flex flex-wrap items-center gap-3"
      >
        <SubmitButton pending={running} pendingLabel={t("verify.pending")}>
          {t("verify.button")}
        </SubmitButton>
        {running && (
          <Button type="button" variant="secondary" onClick={stop}>
            {t("verify.stop")}
          </Button>
        )}
        <p className="text-sm text-muted">{t("verify.explain")}</p>
      </form>

      <form onSubmit={verifyAgainstHead} noValidate className="flex flex-col gap-1">
        <label htmlFor={headId} className="text-sm font-medium">
          {t("verify.headLabel")}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={headId}
            name="head"
            value={headText}
            onChange={(event) => setHeadText(event.target.value)}
            placeholder="1234:3f5a…"
            spellCheck={false}
            dir="ltr"
            autoComplete="off"
            aria-invalid={headError ? true : undefined}
            aria-describedby={`${headId}-hint${headError ? ` ${headId}-error` : ""}`}
            className={`${controlClass} min-w-0 flex-1 font-mono text-xs`}
          />
          <SubmitButton pending={running} variant="secondary">
            {t("verify.againstHead")}
          </SubmitButton>
        </div>
        <p id={`${headId}-hint`} className="text-xs text-muted">
          {t("verify.headHint")}
        </p>
        {headError && (
          <p id={`${headId}-error`} className="text-sm text-danger">
            {headError}
          </p>
        )}
      </form>

      {run.phase !== "idle" && run.phase !== "refused" && (
        <ProgressBar
          // a short chain can be done before any progress line arrived
          progress={run.phase === "done" ? finished(run.outcome, run.checked) : run}
        />
      )}
      <div role="status" aria-live="polite" className="text-sm">
        {run.phase === "done" && <Verdict outcome={run.outcome} />}
        {run.phase === "stopped" && (
          <p className="text-muted">{t("verify.stopped", { count: format.number(run.checked) })}</p>
        )}
      </div>
      {run.phase === "refused" && (
        <p role="alert" className="text-sm text-danger">
          {run.message}
        </p>
      )}
    </div>
  );
}

/** A finished walk's bar: full, with the count the verdict reports. */
function finished(outcome: VerificationOutcome, lastProgress: number): Progress {
  const checked = "checked" in outcome ? outcome.checked : lastProgress;
  return { checked, total: checked };
}

function ProgressBar({ progress }: { progress: Progress }) {
  const t = useTranslations("audit.verify");
  const format = useFormatter();
  const { checked, total } = progress;
  // events appended during the walk are checked too, so `checked` may pass the count taken at the start
  const percent =
    total === null ? null : total === 0 ? 100 : Math.min(100, Math.floor((checked / total) * 100));
  const text =
    total === null
      ? t("starting")
      : t("progress", {
          checked: format.number(checked),
          total: format.number(Math.max(total, checked)),
        });
  return (
    <div className="flex flex-col gap-1">
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
        className="h-2 overflow-hidden rounded-full bg-paper ring-1 ring-line"
      >
        <div
          className="h-full bg-accent transition-[width]"
          style={{ width: `${percent ?? 0}%` }}
        />
      </div>
      <p className="text-xs text-muted tabular-nums">{text}</p>
    </div>
  );
}

function Verdict({ outcome }: { outcome: VerificationOutcome }) {
  const t = useTranslations("audit.verify");
  const format = useFormatter();
  if (outcome.type === "failed") return <p className="text-danger">{t("failed")}</p>;
  const took = t("took", {
    count: format.number(outcome.checked),
    seconds: format.number(outcome.seconds, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  });
  if (outcome.type === "broken") {
    const reason =
      outcome.breakKind === "previous_hash" && outcome.previousId === 0
        ? t("reason.previous_hash_start")
        : t(`reason.${outcome.breakKind}`, { previous: String(outcome.previousId) });
    return (
      <div className="flex flex-col gap-1 text-danger">
        <p className="font-medium">{t("brokenAt", { id: String(outcome.eventId), reason })}</p>
        <p>
          {outcome.intactThroughId > 0
            ? t("intactUpTo", { id: String(outcome.intactThroughId), took })
            : t("noneBefore", { took })}
        </p>
      </div>
    );
  }
  if (outcome.checked === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <div className="flex flex-col gap-1 text-success">
      <p className="font-medium">{t("intact", { id: String(outcome.intactThroughId), took })}</p>
      {outcome.againstHead && (
        <p>{t("headMatches", { id: String(outcome.againstHead.eventId) })}</p>
      )}
      <p className="text-ink">
        {t.rich("head", {
          code: () => (
            <code dir="ltr" className="font-mono text-xs break-all">
              {`${outcome.intactThroughId}:${outcome.headHash}`}
            </code>
          ),
        })}
      </p>
    </div>
  );
}
