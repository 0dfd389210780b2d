import { test as setup } from "@playwright/test";
import { demoPassword, demoUsers, storageStateOf, type DemoRole } from "./support/desk";
import { signIn } from "./support/sign-in";

for (const role of Object.keys(demoUsers) as DemoRole[]) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await signIn(page, demoUsers[role], demoPassword);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
