/**
 * @mentions in a comment's Markdown. A mention is stored in the comment itself
 * as a link to the account's id, `[@Samira Haddad](user:0b6e…)`: the words a
 * reader sees travel with the comment (its revisions, the audit trail, an
 * export), while the id, not the name, says who is meant. Shown, the name is
 * always the account's current one (withCurrentNames), so a rename reaches
 * every old comment. A side table would have been a second record of the same
 * fact, to keep in step with every edit and revision.
 *
 * Pure (no server code): the comment box writes tokens with mentionToken.
 */
import { fromMarkdown } from "mdast-util-from-markdown";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const MENTION_URL = new RegExp(`^user:(${UUID})$`, "i");
// the token as written by mentionToken; link text may hold escaped brackets
const MENTION_TOKEN = new RegExp(`\\[@((?:\\\\.|[^\\]\\\\])*)\\]\\(user:(${UUID})\\)`, "gi");
/**
 * A mention's address, `(user:<id>)`, its id captured: one pattern read alike
 * by JavaScript and PostgreSQL, so the discussion's read finds the people
 * its comments mention in the same statement as the comments.
 */
export const MENTION_ADDRESS_PATTERN = `\\(user:(${UUID})\\)`;
// the characters that would change a name's meaning inside Markdown link text
const MARKDOWN_SPECIAL = /[\\`*_[\]<>()#+!|~&]/g;

/** The id a link's address names, or null when it is not a mention. */
export function mentionedId(url: string): string | null {
  return MENTION_URL.exec(url)?.[1]?.toLowerCase() ?? null;
}

/** The Markdown a mention of this person is written as. */
export function mentionToken(person: { id: string; displayName: string }): string {
  const name = person.displayName.replace(/\s+/g, " ").trim();
  return `[@${name.replace(MARKDOWN_SPECIAL, "\\$&")}](user:${person.id})`;
}

type MarkdownNode = { type: string; url?: string; children?: MarkdownNode[] };

/**
 * The accounts a comment mentions, each once, in the order they first
 * appear. Read from the parsed Markdown, so a token shown as code (`…`, a
 * fenced or indented block) mentions nobody, as it renders.
 */
export function mentionedIds(body: string): string[] {
  const found = new Set<string>();
  const stack: MarkdownNode[] = [fromMarkdown(body) as MarkdownNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "link" && node.url) {
      const id = mentionedId(node.url);
      if (id) found.add(id);
    }
    if (node.children)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return [...found];
}

/** Every mention in `body` ids of whom appear in the text, whatever the rendering. */
export function mentionTokenIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION_TOKEN)].map((match) => match[2]!.toLowerCase()))];
}

/**
 * The comment with each mention's words set to the person's current name
 * (`names`, by id); a mention of an account not in `names` keeps its words.
 */
export function withCurrentNames(body: string, names: ReadonlyMap<string, string>): string {
  return body.replace(MENTION_TOKEN, (token, _words: string, id: string) => {
    const name = names.get(id.toLowerCase());
    return name === undefined ? token : mentionToken({ id: id.toLowerCase(), displayName: name });
  });
}
