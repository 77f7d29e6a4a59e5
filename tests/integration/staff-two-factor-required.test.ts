import { describe, expect, it } from "vitest";
import { loadStaffUser } from "@/server/auth/staff-user";
import { db } from "@/server/db";
import { aStaffUser } from "../support/factories";

// env() is parsed on first use, per test file: this file runs as production would by default.
process.env.REQUIRE_2FA = "true";

describe("with REQUIRE_2FA on", () => {
  it("every role that sees personal data owes two-factor enrolment until it is enabled", async () => {
    for (const role of ["ADMIN", "CASEWORKER", "MUNICIPALITY_OFFICER", "NT2_PROVIDER"] as const) {
      const user = await aStaffUser({ role });
      expect((await loadStaffUser(user.id))?.needsTwoFactorSetup, role).toBe(true);
      await db().user.update({ where: { id: user.id }, data: { twoFactorEnabled: true } });
      expect((await loadStaffUser(user.id))?.needsTwoFactorSetup, role).toBe(false);
    }
  });

  it("a content editor, who sees public facts and no personal data, does not owe it", async () => {
    const editor = await aStaffUser({ role: "CONTENT_EDITOR" });
    expect((await loadStaffUser(editor.id))?.needsTwoFactorSetup).toBe(false);
  });
});
