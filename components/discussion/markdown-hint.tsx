/** What a comment box accepts, said once for every comment form. */
export function MarkdownHint({ maxLength }: { maxLength: number }) {
  return (
    <>
      Markdown works: **bold**, _italic_, lists, &gt; quotes, `code` and links (http, https or
      mailto). HTML is shown as text. Up to {maxLength.toLocaleString("en")} characters.
    </>
  );
}
