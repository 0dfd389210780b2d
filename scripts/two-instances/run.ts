/**
 * The two-instance checks on their own (`npm run test:faults` runs them too):
 * `tsx --conditions=react-server scripts/two-instances/run.ts`.
 */
import { Checklist } from "../faults/checklist";
import { ensureProductionBuild } from "../faults/desk-under-test";
import { checkTwoInstances } from "./two-instances";

async function main() {
  const checks = new Checklist();
  ensureProductionBuild((line) => console.log(`[two-instances] ${line}`));
  try {
    await checkTwoInstances({
      checks,
      dataDir: ".data/two",
      postgresPort: 3491,
      ports: [3411, 3412],
    });
  } catch (error) {
    checks.crashed(error);
  }
  return checks.summary("two instances");
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
