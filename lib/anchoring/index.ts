// Quote anchors for claims: create one from a reader's selection, find it again in changed text.
export { ANCHOR_CONTEXT_LENGTH, anchorFromQuote, createAnchor, type QuoteAnchor } from "./anchor";
export { relocateAnchor, type Relocation, type RelocationMethod } from "./relocate";
