/**
 * A strict RFC 4180 reader, for tests to check that what the CSV export
 * writes parses back to the same cells: CRLF (or LF) between records, fields
 * quoted with `"` when they hold a comma, quote or line break, `""` for a
 * quote inside. Anything else (a stray quote, an unclosed field) throws, so
 * a malformed file cannot pass by being read leniently.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const atRecordEnd = () => text.startsWith("\r\n", i) || text[i] === "\n";
  for (;;) {
    let field = "";
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new SyntaxError("Unclosed quoted field.");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== "," && !atRecordEnd()) {
        if (text[i] === '"') throw new SyntaxError(`Stray quote at ${i}.`);
        field += text[i];
        i += 1;
      }
    }
    record.push(field);
    if (text[i] === ",") {
      i += 1;
      continue;
    }
    if (i >= text.length || atRecordEnd()) {
      records.push(record);
      record = [];
      if (i >= text.length) break;
      i += text[i] === "\r" ? 2 : 1;
      if (i >= text.length) break;
      continue;
    }
    throw new SyntaxError(`Unexpected character after a quoted field at ${i}.`);
  }
  return records;
}
