/**
 * Vitest global setup for integration tests: one embedded PostgreSQL for the
 * run, with a migrated template database. Each test file then gets its own
 * fresh copy of the template (scripts/testing/fresh-database.ts), so files run in
 * parallel without sharing rows.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { migrateDatabase } from "@/db/migrate";
import { ensureAppLogin } from "@/scripts/lib/app-login";
import { ensureDatabase } from "@/scripts/lib/ensure-database";

export const TEMPLATE_DATABASE = "desk_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** superuser URL of the cluster's maintenance database */
    clusterOwnerUrl: string;
    /** the app login role's URL on the maintenance database */
    clusterAppUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = path.resolve(".data", `test-cluster-${randomBytes(4).toString("hex")}`);
  const cluster = await startEmbeddedPostgres({ dataDir, preferredPort: 55432 });
  await ensureDatabase(cluster.url(), TEMPLATE_DATABASE);
  await migrateDatabase(cluster.url(TEMPLATE_DATABASE));
  const appUrl = await ensureAppLogin(
    cluster.url(TEMPLATE_DATABASE),
    path.join(dataDir, "app-login.secret"),
  );

  project.provide("clusterOwnerUrl", cluster.url());
  project.provide("clusterAppUrl", appUrl.replace(`/${TEMPLATE_DATABASE}`, "/postgres"));

  return async () => {
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
