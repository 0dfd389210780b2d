/**
 * Each page's first-load JavaScript, from the production build: the chunks
 * every page loads (build-manifest.json's rootMainFiles) plus the chunks the
 * route's client-reference manifest lists for the layouts, templates, error
 * and loading boundaries and page on the route's path, each counted once,
 * gzipped. Left out, as the served HTML leaves them out: the polyfills
 * (a nomodule script modern browsers skip) and the not-found, forbidden and
 * unauthorized pages, fetched only when shown.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";
import type { RouteJs } from "@/scripts/bench/results";

const buildDir = ".next";

/** "/(desk)/claims/[id]/page" → "/claims/[id]" */
export function routeOf(entry: string): string {
  const route = entry
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .join("/");
  return `/${route}`;
}

/** The manifest keys of what renders on `entry`'s first load: "[project]/app/(desk)/layout", … */
export function firstLoadKeys(entry: string): Set<string> {
  const segments = entry
    .replace(/\/page$/, "")
    .split("/")
    .filter(Boolean);
  const keys = new Set([`[project]/app${entry}`]);
  for (let depth = 0; depth <= segments.length; depth++) {
    const dir = ["app", ...segments.slice(0, depth)].join("/");
    for (const file of ["layout", "template", "error", "loading"])
      keys.add(`[project]/${dir}/${file}`);
  }
  return keys;
}

function clientReferenceChunks(entry: string): string[] {
  const file = path.join(buildDir, "server", "app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) return [];
  const sandbox = { globalThis: {} as Record<string, unknown> };
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifests = sandbox.globalThis.__RSC_MANIFEST as Record<
    string,
    { entryJSFiles?: Record<string, string[]> }
  >;
  const keys = firstLoadKeys(entry);
  return Object.values(manifests).flatMap((manifest) =>
    Object.entries(manifest.entryJSFiles ?? {})
      .filter(([key]) => keys.has(key))
      .flatMap(([, chunks]) => chunks),
  );
}

export function firstLoadJs(): RouteJs[] {
  const buildManifest = JSON.parse(
    readFileSync(path.join(buildDir, "build-manifest.json"), "utf8"),
  ) as { rootMainFiles: string[] };
  const appPaths = JSON.parse(
    readFileSync(path.join(buildDir, "server", "app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  const gzipped = new Map<string, number>();
  const sizeOf = (chunk: string) => {
    if (!gzipped.has(chunk)) {
      const file = path.join(buildDir, chunk.replace(/^\/?_next\//, ""));
      gzipped.set(chunk, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
    }
    return gzipped.get(chunk)!;
  };
  return Object.keys(appPaths)
    .filter((entry) => entry.endsWith("/page") && !entry.startsWith("/_"))
    .map((entry) => {
      const chunks = new Set(
        [...buildManifest.rootMainFiles, ...clientReferenceChunks(entry)].map((chunk) =>
          chunk.replace(/^\/?_next\//, ""),
        ),
      );
      const bytes = [...chunks].reduce((sum, chunk) => sum + sizeOf(chunk), 0);
      return { route: routeOf(entry), files: chunks.size, gzipKb: bytes / 1024 };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
