import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/server/auth/sign-in";
import { auth } from "@/server/auth/auth";
import { db } from "@/server/db";
import { createStaffUser, testPassword } from "../support/factories/staff";

const requestHeaders = (ip: string, cookie?: string) => new Headers({ "x-forwarded-for": ip, ...(cookie ? { cookie } : {}) });

describe("staff sign-in with better-auth", () => {
  it("creates a session in PostgreSQL for the right password and audits SIGN_IN without the e-mail address", async () => {
    const user = await createStaffUser();
    const outcome = await signInWithPassword({ email: user.email, password: testPassword, headers: requestHeaders("10.0.0.1") });
    expect(outcome).toBe("signedIn");
    expect(await db().session.count({ where: { userId: user.id } })).toBe(1);
    const events = await db().auditEvent.findMany({ where: { entityId: user.id, action: "SIGN_IN" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorUserId).toBe(user.id);
    expect(JSON.stringify(events[0]?.detail)).not.toContain(user.email);
  });

  it("returns a session cookie that getSession reads back", async () => {
    const user = await createStaffUser();
    const { headers } = await auth().api.signInEmail({ body: { email: user.email, password: testPassword }, returnHeaders: true });
    const cookie = headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await auth().api.getSession({ headers: new Headers({ cookie: cookie.split(";")[0] ?? "" }) });
    expect(session?.user.id).toBe(user.id);
  });
});
