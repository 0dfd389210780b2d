/**
 * The claim's quote with the report text around it, so a reviewer reads what
 * the sentence says in its place rather than on its own. The surrounding text
 * is cut at the nearest space and marked with ellipses.
 */
export function QuoteInContext({
  quote,
  language,
  before,
  after,
}: {
  quote: string;
  language: string;
  before: string | null;
  after: string | null;
}) {
  const lead = before ? trimToWord(before, "start") : "";
  const tail = after ? trimToWord(after, "end") : "";
  return (
    <blockquote
      lang={language}
      dir="auto"
      className="rounded-lg border border-line bg-white p-4 text-lg leading-loose"
    >
      {lead && <span className="text-muted">{lead}</span>}
      <mark className="rounded bg-amber-100 px-0.5 text-ink">{quote}</mark>
      {tail && <span className="text-muted">{tail}</span>}
    </blockquote>
  );
}

// A context cut mid-word reads as a typo; cutting at a space reads as an excerpt.
function trimToWord(context: string, cut: "start" | "end"): string {
  const paragraph =
    cut === "start" ? context.slice(context.lastIndexOf("\n") + 1) : context.split("\n")[0]!;
  if (paragraph.length < context.length) return paragraph;
  if (cut === "start") {
    const space = paragraph.indexOf(" ");
    return space > 0 ? `… ${paragraph.slice(space + 1)}` : paragraph;
  }
  const space = paragraph.lastIndexOf(" ");
  return space > 0 ? `${paragraph.slice(0, space)} …` : paragraph;
}
