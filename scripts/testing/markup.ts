import { parseDocument } from "htmlparser2";

/** A parsed element of rendered markup, as the component tests read it. */
export type MarkupElement = {
  name: string;
  attribs: Record<string, string>;
  children?: MarkupNode[];
};
export type MarkupNode = MarkupElement | { type: string; data?: string; children?: MarkupNode[] };

/** Every element of the rendered markup, parsed the way a browser would find them. */
export function elementsOf(markup: string): MarkupElement[] {
  const found: MarkupElement[] = [];
  const walk = (nodes: MarkupNode[]) => {
    for (const node of nodes) {
      if ("attribs" in node) found.push(node);
      if (node.children) walk(node.children);
    }
  };
  walk(parseDocument(markup).children as unknown as MarkupNode[]);
  return found;
}

/** The text inside a node, as a reader sees it. */
export const textOf = (node: MarkupNode): string =>
  "data" in node && node.data !== undefined
    ? node.data
    : (node.children ?? []).map(textOf).join("");
