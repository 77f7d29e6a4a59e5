import { describe, expect, it } from "vitest";
import { auth } from "@/server/auth/auth";
import { signInWithPassword } from "@/server/auth/sign-in";
import { activeSessionUserId } from "@/server/auth/session-limits";
import { clearAccountLock, signInKeys, signInWindowMinutes } from "@/server/auth/sign-in-limits";
import { loadStaffUser } from "@/server/auth/staff-user";
import { db } from "@/server/db";
import { aStaffUser, testPassword } from "../support/factories";

const from = (ip: string) => new Headers({ "x-forwarded-for": ip });

describe("staff sign-in with better-auth against PostgreSQL", () => {
  it("creates a session for the right password and audits SIGN_IN with the user id, not the e-mail address", async () => {
    const user = await aStaffUser();
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.0.0.1") }),
    ).toBe("signedIn");
    expect(await db().session.count({ where: { userId: user.id } })).toBe(1);
    const events = await db().auditEvent.findMany({ where: { entityId: user.id, action: "SIGN_IN" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorUserId).toBe(user.id);
    expect(JSON.stringify(events[0]?.detail)).not.toContain(user.email);
  });

  it("accepts the address in another case, as people type it", async () => {
    const user = await aStaffUser();
    expect(
      await signInWithPassword({
        email: user.email.toUpperCase(),
        password: testPassword,
        headers: from("10.0.0.2"),
      }),
    ).toBe("signedIn");
  });

  it("refuses a wrong password without a session and audits SIGN_IN_FAILED without the password or address", async () => {
    const user = await aStaffUser();
    expect(
      await signInWithPassword({
        email: user.email,
        password: "wrong-password-here",
        headers: from("10.0.0.3"),
      }),
    ).toBe("invalidCredentials");
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    const [event] = await db().auditEvent.findMany({
      where: { entityId: user.id, action: "SIGN_IN_FAILED" },
    });
    expect(event?.detail).toEqual({ reason: "invalidCredentials" });
    expect(JSON.stringify({ ...event, id: String(event?.id) })).not.toContain("wrong-password-here");
  });

  it("sets an HttpOnly SameSite=Lax session cookie that getSession reads back", async () => {
    const user = await aStaffUser();
    const { headers } = await auth().api.signInEmail({
      body: { email: user.email, password: testPassword },
      returnHeaders: true,
    });
    const cookie = headers.getSetCookie().find((line) => line.startsWith("welkom.session_token=")) ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await auth().api.getSession({
      headers: new Headers({ cookie: cookie.split(";")[0] ?? "" }),
    });
    expect(session?.user.id).toBe(user.id);
  });

  it("reads role, organisation and municipality from the database for the actor", async () => {
    const municipality = await db().organisation.create({
      data: {
        name: "Stad Test",
        type: "MUNICIPALITY",
        municipality: { create: { nisCode: "99001", nameNl: "Test", region: "FLANDERS" } },
      },
      select: { id: true },
    });
    const user = await aStaffUser({ role: "MUNICIPALITY_OFFICER", organisationId: municipality.id });
    const staff = await loadStaffUser(user.id);
    expect(staff?.actor).toEqual({
      userId: user.id,
      role: "MUNICIPALITY_OFFICER",
      organisationId: municipality.id,
      municipalityNis: "99001",
    });
  });
});

describe("sign-in limits", () => {
  it("locks an account at one address after the configured failures, even for the right password", async () => {
    const user = await aStaffUser();
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      outcomes.push(
        await signInWithPassword({
          email: user.email,
          password: "not-the-password",
          headers: from("10.2.0.1"),
        }),
      );
    }
    expect(outcomes.slice(0, 4)).toEqual([
      "invalidCredentials",
      "invalidCredentials",
      "invalidCredentials",
      "invalidCredentials",
    ]);
    expect(outcomes[4]).toBe("locked");
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.2.0.1") }),
    ).toBe("locked");
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    const locked = await db().auditEvent.count({
      where: { entityId: user.id, action: "SIGN_IN_FAILED", detail: { equals: { reason: "locked" } } },
    });
    expect(locked).toBe(1);
    // The counter key holds a hash, not the address.
    const keys = await db().rateLimitCounter.findMany({ select: { key: true } });
    expect(keys.map((row) => row.key).join(" ")).not.toContain(user.email);
  }, 30_000);

  it("gives a burst of parallel wrong passwords no more guesses than the limit", async () => {
    const user = await aStaffUser();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () =>
        signInWithPassword({ email: user.email, password: "wrong-password-1", headers: from("10.2.2.1") }),
      ),
    );
    const checked = await db().auditEvent.count({
      where: {
        entityId: user.id,
        action: "SIGN_IN_FAILED",
        detail: { equals: { reason: "invalidCredentials" } },
      },
    });
    expect(checked).toBeLessThanOrEqual(5);
    expect(outcomes.filter((outcome) => outcome === "locked").length).toBeGreaterThanOrEqual(35);
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.2.2.1") }),
    ).toBe("locked");
  }, 60_000);

  it("does not let strangers at a few addresses lock a staff member out, and a password reset lifts an account-wide lock", async () => {
    const user = await aStaffUser();
    for (let attempt = 0; attempt < 6; attempt++)
      await signInWithPassword({
        email: user.email,
        password: "not-the-password",
        headers: from("198.51.100.1"),
      });
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.2.3.1") }),
    ).toBe("signedIn");

    // Failures spread over many addresses lock the account everywhere (four times the limit)...
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signInWithPassword({
          email: user.email,
          password: "not-the-password",
          headers: from(`198.51.100.${10 + i}`),
        }),
      ),
    );
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.2.3.1") }),
    ).toBe("locked");
    // ...until the owner resets the password through their mailbox.
    await clearAccountLock(user.email);
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.2.3.1") }),
    ).toBe("signedIn");
  }, 60_000);

  it("keeps counting failures across a window boundary", async () => {
    const user = await aStaffUser();
    const keys = signInKeys(user.email, "10.2.4.1");
    const windowMs = signInWindowMinutes * 60_000;
    const previousWindow = new Date((Math.floor(Date.now() / windowMs) - 1) * windowMs);
    await db().rateLimitCounter.createMany({
      data: [{ key: keys.accountFromAddress, windowStart: previousWindow, count: 4 }],
    });
    expect(
      await signInWithPassword({
        email: user.email,
        password: "not-the-password",
        headers: from("10.2.4.1"),
      }),
    ).toBe("locked");
  }, 30_000);

  it("locks one address after the per-address limit, across accounts", async () => {
    const ip = "10.3.0.1";
    await db().rateLimitCounter.create({
      data: {
        key: `sign-in:ip:${ip}`,
        windowStart: new Date(Math.floor(Date.now() / 900_000) * 900_000),
        count: 30,
      },
    });
    const user = await aStaffUser();
    expect(await signInWithPassword({ email: user.email, password: testPassword, headers: from(ip) })).toBe(
      "locked",
    );
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.3.0.2") }),
    ).toBe("signedIn");
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const user = await aStaffUser();
    for (let attempt = 0; attempt < 3; attempt++)
      await signInWithPassword({ email: user.email, password: "nope-nope-nope", headers: from("10.4.0.1") });
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.4.0.1") }),
    ).toBe("signedIn");
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(
        await signInWithPassword({
          email: user.email,
          password: "nope-nope-nope",
          headers: from("10.4.0.1"),
        }),
      ).toBe("invalidCredentials");
    }
  }, 30_000);
});

describe("session lifetime", () => {
  async function signedInSession() {
    const user = await aStaffUser();
    const { headers } = await auth().api.signInEmail({
      body: { email: user.email, password: testPassword },
      returnHeaders: true,
    });
    const cookie = headers.getSetCookie().find((line) => line.startsWith("welkom.session_token=")) ?? "";
    const session = await db().session.findFirstOrThrow({ where: { userId: user.id } });
    return { user, session, headers: new Headers({ cookie: cookie.split(";")[0] ?? "" }) };
  }
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

  it("ends a session 12 hours after sign-in, however active it was", async () => {
    const { user, session, headers } = await signedInSession();
    expect(await activeSessionUserId(headers)).toBe(user.id);
    await db().session.update({
      where: { id: session.id },
      data: { createdAt: hoursAgo(12.1), updatedAt: new Date() },
    });
    expect(await activeSessionUserId(headers)).toBeNull();
    expect(await db().session.count({ where: { id: session.id } })).toBe(0);
  });

  it("ends a session after 30 minutes without a request, and keeps an active one alive", async () => {
    const idle = await signedInSession();
    await db().session.update({ where: { id: idle.session.id }, data: { updatedAt: hoursAgo(31 / 60) } });
    expect(await activeSessionUserId(idle.headers)).toBeNull();

    const busy = await signedInSession();
    await db().session.update({ where: { id: busy.session.id }, data: { updatedAt: hoursAgo(29 / 60) } });
    expect(await activeSessionUserId(busy.headers)).toBe(busy.user.id);
    // The request counted as activity: the idle clock starts again.
    const touched = await db().session.findUniqueOrThrow({ where: { id: busy.session.id } });
    expect(Date.now() - touched.updatedAt.getTime()).toBeLessThan(60_000);
  });
});
