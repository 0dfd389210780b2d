/** What a comment box accepts, said once for every comment form. */
export function MarkdownHint({ maxLength }: { maxLength: number }) {
  return (
    <>
      Markdown works: **bold**, _italic_, lists, &gt; quotes, `code` and links (http, https or
      mailto). Type @ to mention someone. HTML is shown as text. Up to{" "}
      {maxLength.toLocaleString("en")} characters.
    </>
  );
}
