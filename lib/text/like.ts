/** `%`, `_` and the escape character itself match literally, as typed. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A LIKE pattern for text containing `text` anywhere, taken literally. */
export function containing(text: string): string {
  return `%${escapeLike(text)}%`;
}
