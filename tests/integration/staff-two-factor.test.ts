import { describe, expect, it } from "vitest";
import { resetTwoFactor } from "@/server/accounts/manage-accounts";
import { auth } from "@/server/auth/auth";
import { verifySignInCode } from "@/server/auth/sign-in";
import { confirmEnrolment, pendingEnrolment, startEnrolment } from "@/server/auth/two-factor-enrolment";
import { db } from "@/server/db";
import { CookieJar } from "../support/cookies";
import { aStaffUser, testPassword } from "../support/factories";
import { secretOfOtpauthUri, totpCode } from "../support/totp";

async function signedInJar(email: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const { headers } = await auth().api.signInEmail({
    body: { email, password: testPassword },
    returnHeaders: true,
  });
  jar.take(headers);
  return jar;
}

describe("TOTP two-factor sign-in", () => {
  it("enrols with the password, shows the secret, confirms with a code, then asks for a code at every sign-in", async () => {
    const user = await aStaffUser({ role: "CASEWORKER" });
    const jar = await signedInJar(user.email);

    expect(await startEnrolment("wrong password!!", jar.headers())).toBe("invalidPassword");
    expect(await startEnrolment(testPassword, jar.headers())).toBe("started");
    const pending = await pendingEnrolment(user.id);
    expect(pending?.otpauthUri).toContain(`secret=${pending?.secret}`);
    expect(
      await confirmEnrolment(
        user.actor,
        "000000" === totpCode(pending!.secret) ? "111111" : "000000",
        jar.headers(),
      ),
    ).toBe("invalidCode");
    expect(await confirmEnrolment(user.actor, totpCode(pending!.secret), jar.headers())).toBe("confirmed");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(true);
    expect(await pendingEnrolment(user.id)).toBeNull();

    // A new sign-in stops at the second step: no session until the code.
    const challenge = new CookieJar();
    const before = await db().session.count({ where: { userId: user.id } });
    const { headers, response } = await auth().api.signInEmail({
      body: { email: user.email, password: testPassword },
      returnHeaders: true,
    });
    expect(response).toMatchObject({ twoFactorRedirect: true });
    challenge.take(headers);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(before);

    const wrong = totpCode(pending!.secret, Date.now() + 10 * 60_000);
    expect(await verifySignInCode({ code: wrong, headers: challenge.headers() })).toBe("invalidCode");
    expect(await verifySignInCode({ code: totpCode(pending!.secret), headers: challenge.headers() })).toBe(
      "signedIn",
    );
    expect(await db().session.count({ where: { userId: user.id } })).toBe(before + 1);
    expect(
      await db().auditEvent.count({
        where: { entityId: user.id, action: "SIGN_IN", detail: { equals: { twoFactor: true } } },
      }),
    ).toBe(1);
  });

  it("decrypts the same secret better-auth put in its otpauth URI", async () => {
    const user = await aStaffUser();
    const jar = await signedInJar(user.email);
    const { totpURI } = (await auth().api.enableTwoFactor({
      body: { password: testPassword },
      headers: jar.headers(),
    })) as { totpURI: string };
    expect((await pendingEnrolment(user.id))?.secret).toBe(secretOfOtpauthUri(totpURI));
  });

  it("an administrator resets it for a colleague who lost their phone: sessions end, the password alone signs in, enrolment starts afresh", async () => {
    const admin = await aStaffUser({ role: "ADMIN" });
    const user = await aStaffUser({ role: "CASEWORKER" });
    const jar = await signedInJar(user.email);
    await startEnrolment(testPassword, jar.headers());
    await confirmEnrolment(user.actor, totpCode((await pendingEnrolment(user.id))!.secret), jar.headers());

    await expect(resetTwoFactor(user.actor, admin.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resetTwoFactor(admin.actor, admin.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await resetTwoFactor(admin.actor, user.id);

    expect(await auth().api.getSession({ headers: jar.headers() })).toBeNull();
    expect(await db().twoFactor.count({ where: { userId: user.id } })).toBe(0);
    const { response } = await auth().api.signInEmail({
      body: { email: user.email, password: testPassword },
      returnHeaders: true,
    });
    expect(response).not.toMatchObject({ twoFactorRedirect: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(false);
    const audited = await db().auditEvent.findFirst({
      where: { entityId: user.id, action: "UPDATE", actorUserId: admin.id },
      select: { detail: true },
    });
    expect(audited?.detail).toMatchObject({ event: "twoFactorReset" });
  });

  it("refuses a code without a pending sign-in", async () => {
    expect(await verifySignInCode({ code: "123456", headers: new Headers() })).not.toBe("signedIn");
  });
});
