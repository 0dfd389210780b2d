/**
 * Which catalogue namespaces the browser needs for one route file: the
 * namespaces that client components reachable from it pass to
 * useTranslations. Read from the sources, following imports: a file is
 * rendered in the browser once a "use client" file imports it (directly or
 * through others); server components, "use server" actions and server-only
 * modules are not followed into the browser. The page or layout sends the
 * browser those namespaces only (components/i18n/client-messages.tsx), and
 * lib/i18n/client-messages.test.ts holds each route to this list.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const extensions = ["", ".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null; // a package: its messages are not the desk's
  for (const extension of extensions) {
    const file = base + extension;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const sources = new Map<string, string>();
function source(file: string): string {
  if (!sources.has(file)) sources.set(file, readFileSync(file, "utf8"));
  return sources.get(file)!;
}

// values imported or re-exported; `import type` brings no code along
const importPattern = /^\s*(import|export)\s+(?!type\s)[^;]*?\sfrom\s+"([^"]+)"/gms;
const translationsPattern = /useTranslations\(\s*"([^"]+)"/g;

const isClientEntry = (text: string) => /^\s*(\/\/[^\n]*\n\s*)*"use client"/.test(text);
const staysOnServer = (text: string) =>
  /^\s*(\/\/[^\n]*\n\s*)*"use server"/.test(text) || /^import "server-only";/m.test(text);

/** The namespaces (as written, e.g. "board.card") the browser needs for `entry`. */
export function clientNamespaces(entry: string): Set<string> {
  const needed = new Set<string>();
  const visited = new Set<string>();
  const pending: Array<{ file: string; inBrowser: boolean }> = [
    { file: path.resolve(root, entry), inBrowser: false },
  ];
  while (pending.length > 0) {
    const { file, inBrowser: imported } = pending.pop()!;
    const text = source(file);
    if (staysOnServer(text) && file !== path.resolve(root, entry)) continue;
    const inBrowser = imported || isClientEntry(text);
    const key = `${inBrowser}:${file}`;
    if (visited.has(key)) continue;
    visited.add(key);
    if (inBrowser)
      for (const [, namespace] of text.matchAll(translationsPattern)) needed.add(namespace!);
    for (const [, , specifier] of text.matchAll(importPattern)) {
      const target = resolveImport(file, specifier!);
      if (target) pending.push({ file: target, inBrowser });
    }
  }
  return needed;
}

/** The namespaces a route file sends with <ClientMessages namespaces={[…]}>, or null. */
export function providedNamespaces(entry: string): string[] | null {
  const found = source(path.resolve(root, entry)).match(
    /<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/,
  );
  return found ? [...found[1]!.matchAll(/"([^"]+)"/g)].map(([, namespace]) => namespace!) : null;
}

/** Whether sending `provided` gives a component the messages of `namespace`. */
export function covers(provided: readonly string[], namespace: string): boolean {
  return provided.some((one) => namespace === one || namespace.startsWith(`${one}.`));
}
