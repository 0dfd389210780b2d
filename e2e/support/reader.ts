import type { Page } from "@playwright/test";

/** Selects `passage` inside the reader's text the way a mouse drag would, firing selectionchange. */
export async function selectInReader(page: Page, passage: string) {
  await page
    .locator("[data-paragraph]", { hasText: passage })
    .first()
    .evaluate((paragraph, wanted) => {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not inside one text node of the paragraph`);
    }, passage);
}
