import { describe, expect, it } from "vitest";
import {
  acceptPasswordResetRequest,
  isResetTokenOpen,
  requestPasswordReset,
  resetIdentifier,
  resetPassword,
} from "@/server/auth/password-reset";
import { openToken } from "@/server/mail/sealed-token";
import { renderStaffMail } from "@/server/mail/staff-mail";
import { textColumnsContaining } from "../support/text-columns";
import { signInWithPassword } from "@/server/auth/sign-in";
import { db } from "@/server/db";
import { aStaffUser, testPassword } from "../support/factories";

const from = (ip: string) => new Headers({ "x-forwarded-for": ip });

async function resetTokenFor(email: string): Promise<string> {
  const message = await db().outboxMessage.findFirstOrThrow({
    where: { template: "staff-password-reset", toAddress: email },
    orderBy: { createdAt: "desc" },
  });
  return openToken((message.payload as { sealedToken: string }).sealedToken) ?? "";
}

describe("password reset by e-mail", () => {
  it("queues a 'staff-password-reset' mail in the requested locale whose token sets a new password once and ends old sessions", async () => {
    const user = await aStaffUser();
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.7.0.1") }),
    ).toBe("signedIn");
    await requestPasswordReset(user.email, "en");
    const message = await db().outboxMessage.findFirstOrThrow({
      where: { template: "staff-password-reset", toAddress: user.email },
    });
    expect(message.locale).toBe("en");
    expect(message.payload).toMatchObject({ name: user.name, expiresInMinutes: 60 });
    const token = await resetTokenFor(user.email);
    // No live token at rest: not in the outbox, not in better-auth's verification row, nowhere.
    expect(token).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(await textColumnsContaining(token)).toEqual([]);
    const mail = await renderStaffMail({
      template: "staff-password-reset",
      to: user.email,
      locale: "en",
      payload: message.payload,
      messageKey: message.idempotencyKey,
    });
    expect(mail.text).toContain(`/en/staff/reset-password?token=${token}`);
    expect(await isResetTokenOpen(token)).toBe(true);

    expect(await resetPassword(token, "a brand new passphrase")).toBe("done");
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.7.0.2") }),
    ).toBe("invalidCredentials");
    expect(
      await signInWithPassword({
        email: user.email,
        password: "a brand new passphrase",
        headers: from("10.7.0.3"),
      }),
    ).toBe("signedIn");
    expect(await resetPassword(token, "yet another passphrase")).toBe("invalidToken");
  });

  it("refuses an expired token", async () => {
    const user = await aStaffUser();
    await requestPasswordReset(user.email, "nl");
    const token = await resetTokenFor(user.email);
    await db().verification.updateMany({
      where: { identifier: resetIdentifier(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await isResetTokenOpen(token)).toBe(false);
    expect(await resetPassword(token, "a brand new passphrase")).toBe("invalidToken");
  });

  it("answers the same for an unknown address and sends nothing, and sends nothing to a deactivated account", async () => {
    await requestPasswordReset("nobody@welkom.test", "nl");
    const inactive = await aStaffUser({ active: false });
    await requestPasswordReset(inactive.email, "nl");
    expect(
      await db().outboxMessage.count({
        where: { toAddress: { in: ["nobody@welkom.test", inactive.email] } },
      }),
    ).toBe(0);
  });

  it("throttles reset requests per typed address and per client address, answering the same for known and unknown addresses", async () => {
    const user = await aStaffUser();
    const known: boolean[] = [];
    const unknown: boolean[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const work = await acceptPasswordResetRequest(user.email, "nl", "10.8.0.1");
      known.push(work !== null);
      await work?.();
      unknown.push(
        (await acceptPasswordResetRequest("nobody-at-all@welkom.test", "nl", "10.8.0.2")) !== null,
      );
    }
    expect(known).toEqual([true, true, true, false, false]);
    expect(unknown).toEqual(known);
    expect(
      await db().outboxMessage.count({ where: { template: "staff-password-reset", toAddress: user.email } }),
    ).toBe(3);

    const fromOneClient: boolean[] = [];
    for (let attempt = 0; attempt < 21; attempt++)
      fromOneClient.push(
        (await acceptPasswordResetRequest(`someone-${attempt}@welkom.test`, "nl", "2001:db8:8:8::1")) !==
          null,
      );
    expect(fromOneClient.filter(Boolean)).toHaveLength(20);
    // Another address in the same IPv6 /64 is the same client.
    expect(await acceptPasswordResetRequest("someone-else@welkom.test", "nl", "2001:db8:8:8::2")).toBeNull();
  });
});
