import { test as setup } from "@playwright/test";
import { everyDemoStaff, signInThroughForm, staffState } from "./support/staff";

// One saved login per demo account, reused by every spec through staffState(who).
for (const who of everyDemoStaff) {
  setup(`sign in as ${who}`, async ({ page }) => {
    await signInThroughForm(page, who);
    await page.context().storageState({ path: staffState(who) });
  });
}
