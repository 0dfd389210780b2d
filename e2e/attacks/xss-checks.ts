/**
 * What the stored-XSS spec looks for on a page: a dialog, the sentinel, an
 * element that could run script, and the payloads as the text that was typed.
 */
import { expect, type Page } from "@playwright/test";
import { payloads } from "./xss-planting";

/** Everything on the page that could run script, as the browser parsed it. */
function scriptCarriers() {
  const found: string[] = [];
  // data: is allowed only as plain text (the audit log offers its head as a data:text/plain file)
  const scriptUrl = /^(javascript:|vbscript:|data:(?!text\/plain[;,]))/i;
  // React's own placeholder on a form whose action is a client function, never user text
  const reactFormGuard =
    /^javascript:throw new Error\('(A )?React form (was )?unexpectedly submitted\./;
  for (const element of Array.from(document.querySelectorAll("*"))) {
    const tagName = element.tagName.toLowerCase();
    if (["iframe", "frame", "object", "embed", "base", "applet"].includes(tagName)) {
      found.push(`<${tagName}>`);
    }
    if (tagName === "meta" && element.hasAttribute("http-equiv")) found.push("<meta http-equiv>");
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) found.push(`<${tagName} ${name}>`);
      if (name === "action" && reactFormGuard.test(attribute.value)) continue;
      const value = attribute.value.replace(/[\u0000-\u0020]/g, "");
      if (/^(href|src|action|formaction|data|srcdoc|xlink:href|poster|background)$/.test(name)) {
        if (name === "srcdoc" || scriptUrl.test(value)) found.push(`<${tagName} ${name}=${value}>`);
      }
    }
  }
  // Next's own inline scripts push the page's data (payloads included, escaped) to self.__next_f
  for (const script of Array.from(document.scripts)) {
    if (
      !script.src &&
      !script.text.trimStart().startsWith("self.__next_f") &&
      /alert|__xss/.test(script.text)
    ) {
      found.push(`<script>${script.text.slice(0, 80)}`);
    }
  }
  return found;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Opens `path` and checks that nothing ran; returns how many payloads it shows as text. */
export async function visit(page: Page, path: string, dialogs: string[]): Promise<number> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // hovering and focusing would fire handlers that only wait for a person
  await page.mouse.move(200, 300);
  await page.keyboard.press("Tab");
  expect(dialogs, `${path}: a dialog opened`).toEqual([]);
  expect(
    await page.evaluate(() => (window as { __xss?: unknown }).__xss),
    `${path}: sentinel`,
  ).toBeUndefined();
  expect(await page.evaluate(scriptCarriers), path).toEqual([]);
  const text = squash(await page.evaluate(() => document.body.innerText));
  return payloads.filter((payload) => text.includes(squash(payload))).length;
}
