import type { MarkedText as Runs } from "@/lib/duplicates/marks";

/** Cuts marked runs to about `limit` characters, at a word boundary, with an ellipsis. */
export function shortenRuns(runs: Runs, limit: number): Runs {
  const kept: Runs = [];
  let length = 0;
  for (const run of runs) {
    if (length + run.text.length <= limit) {
      kept.push(run);
      length += run.text.length;
      continue;
    }
    const room = limit - length;
    const slice = run.text.slice(0, room);
    // a word cut in two is left out whole
    const midWord = /\S$/u.test(slice) && /^\S/u.test(run.text.slice(room));
    const cut = midWord ? slice.replace(/\S+$/u, "") : slice;
    if (cut.trim()) kept.push({ text: cut.trimEnd(), shared: run.shared });
    kept.push({ text: "…", shared: false });
    break;
  }
  return kept;
}

/** Text with the words it shares with the claim being written in <mark>. */
export function MarkedText({ runs }: { runs: Runs }) {
  return (
    <>
      {runs.map((run, index) =>
        run.shared ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-ink">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
