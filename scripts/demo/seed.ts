/**
 * Loads the demo desk into an empty database: a desk a few days into its
 * work, so that a newcomer sees what it does in the first ten minutes. The
 * claim cards from the five Arabic reports (scripts/demo), a sample report
 * with its full text, and the demo reviewers' and editor's work on them:
 * grades, evidence, discussion and verdicts.
 *
 * Every step writes through the app's data layer, as the demo account that
 * acts, so each write leaves the audit events the app writes. The whole seed
 * is one transaction (inOneTransaction: each data-layer transaction becomes
 * a savepoint of it), so a start killed while loading leaves an empty desk
 * that the next start loads again; and every event it writes carries one
 * request id, `demo-seed-<time>`, so the audit trail shows them as one act.
 *
 * To add to the demo, add a step: it receives the accounts and the ids of
 * the reports and claims by their keys (./steps/desk.ts). Notifications
 * need no step of their own: the data layer writes them with each change
 * (the discussion's mentions leave the editor and Omar one waiting).
 * Assignments have their place marked in demoSeedSteps below.
 */
import { sql } from "drizzle-orm";
import { inOneTransaction, type Database } from "@/db";
import * as schema from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { withRequestId } from "@/lib/request-id";
import { linkDemoClaims, loadCorpus } from "./steps/corpus";
import { newDemoDesk, type DemoSeedStep } from "./steps/desk";
import { loadSampleReport } from "./steps/sample-report";
import { seedDemoSources } from "./sources";
import {
  addDemoEvidence,
  assignDemoClaims,
  decideDemoClaims,
  discussDemoClaims,
  rateDemoClaims,
  readDemoNewsSoFar,
} from "./steps/work";

export { demoAccounts } from "@/lib/demo/accounts";

/** The demo desk's making, in order. */
export const demoSeedSteps: DemoSeedStep[] = [
  { name: "accounts, source reports and their claims", run: loadCorpus },
  { name: "links between the reports' claims", run: linkDemoClaims },
  // before any evidence, so evidence on a listed host is counted as that source's
  {
    name: "sources, their hosts, the reports' outlets and the claims' sources",
    run: seedDemoSources,
  },
  { name: "the sample report and the claims made from it", run: loadSampleReport },
  { name: "ratings", run: rateDemoClaims },
  { name: "evidence", run: addDemoEvidence },
  { name: "everyone has read the news so far", run: readDemoNewsSoFar },
  { name: "discussion", run: discussDemoClaims },
  { name: "verdicts", run: decideDemoClaims },
  // after the verdicts, so no assigned card is locked by one
  { name: "assignments", run: assignDemoClaims },
];

/** The request id prefix of every audit event the seed writes. */
export const DEMO_SEED_REQUEST_PREFIX = "demo-seed-";

/** True when the database has no accounts yet, the only time demo data is loaded. */
export async function isEmptyDesk(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.users);
  return (row?.n ?? 0) === 0;
}

export type DemoSeedResult = {
  requestId: string;
  /** how long each step took, in milliseconds, to say where the seconds go */
  timings: Array<{ step: string; ms: number }>;
};

export async function seedDemoDesk(db: Database, password: string): Promise<DemoSeedResult> {
  // argon2 takes a while and needs no database: outside the transaction
  let started = performance.now();
  const desk = newDemoDesk(await hashPassword(password));
  const timings = [{ step: "password hash", ms: performance.now() - started }];
  const requestId = `${DEMO_SEED_REQUEST_PREFIX}${Date.now()}`;
  await inOneTransaction(db, () =>
    withRequestId(requestId, async () => {
      for (const step of demoSeedSteps) {
        try {
          started = performance.now();
          await step.run(desk);
          timings.push({ step: step.name, ms: performance.now() - started });
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`The demo seed failed at "${step.name}": ${reason}`, { cause: error });
        }
      }
    }),
  );
  return { requestId, timings };
}
