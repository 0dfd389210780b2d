/**
 * How deeply HTML nests, measured before anything builds a tree of it: both
 * html-to-text and linkedom build theirs with htmlparser2 (see
 * htmlNestingDepth for why that matters). Pure.
 */
// htmlparser2's own tokenizer, so the measure and the parsers always agree.
import { Tokenizer } from "htmlparser2";

/**
 * Deeper than any real page (they stay well under 100 levels), and well
 * below the depth at which html-to-text's recursive walk overflows the stack.
 */
export const MAX_HTML_NESTING = 1000;

// The parts of htmlparser2's tree building that decide nesting depth: void
// elements, the elements an opening tag closes implicitly, and where `/>`
// closes an element (only inside SVG and MathML). Leaving a rule out here
// can only overstate the depth, never understate it.
const voidElements = new Set(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(
    " ",
  ),
);
const closesP = new Set(["p"]);
const impliedCloses = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...`p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption
    figure footer form header hr main nav ol pre section table ul`
    .split(/\s+/)
    .map((name) => [name, closesP] as const),
]);
const foreignElements = new Set(["math", "svg"]);
const htmlIntegrationElements = new Set(
  "mi mo mn ms mtext annotation-xml foreignobject desc title".split(" "),
);

/**
 * The deepest element nesting htmlparser2 will build for this HTML. Its tree
 * builder keeps open elements in an array it shifts and unshifts, so parsing
 * takes time proportional to length × depth: a 2 MB file of nested tags
 * takes a minute. Its tokenizer is linear, so the depth is measured here on
 * the tokens alone, with a stack that mirrors the tree builder's rules.
 */
export function htmlNestingDepth(html: string): number {
  return measureHtml(html).depth;
}

/** The deepest nesting (see htmlNestingDepth) and the number of elements, in one linear pass. */
export function measureHtml(html: string): { depth: number; elements: number } {
  let elements = 0;
  const open: string[] = [];
  const openCount = new Map<string, number>();
  const inForeign: boolean[] = [false];
  let tagName = "";
  let deepest = 0;

  const push = (name: string) => {
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, open.length);
  };
  const pop = () => {
    const name = open.pop();
    if (name !== undefined) openCount.set(name, (openCount.get(name) ?? 1) - 1);
    return name;
  };
  const nameAt = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const ignore = () => {};

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = nameAt(start, end);
        elements += 1;
        const closes = impliedCloses.get(tagName);
        while (closes && open.length > 0 && closes.has(open.at(-1) ?? "")) pop();
        if (voidElements.has(tagName)) return;
        push(tagName);
        if (foreignElements.has(tagName)) inForeign.push(true);
        else if (htmlIntegrationElements.has(tagName)) inForeign.push(false);
      },
      onselfclosingtag() {
        if (inForeign.at(-1) && open.at(-1) === tagName) pop();
      },
      onclosetag(start, end) {
        const name = nameAt(start, end);
        if (foreignElements.has(name) || htmlIntegrationElements.has(name)) inForeign.pop();
        if (voidElements.has(name) || (openCount.get(name) ?? 0) === 0) return;
        while (pop() !== name);
      },
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onopentagend: ignore,
      onprocessinginstruction: ignore,
      ontext: ignore,
      ontextentity: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return { depth: deepest, elements };
}
