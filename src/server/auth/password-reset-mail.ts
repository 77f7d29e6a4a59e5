import "server-only";
import { createHash } from "node:crypto";
import { staffLocales, type Locale } from "@/domain/locale";
import { sealToken } from "../mail/sealed-token";
import { recordAudit } from "../audit";
import { db } from "../db";

/** How long a reset link works; better-auth's resetPasswordTokenExpiresIn is the same hour. */
export const resetLinkMinutes = 60;

/**
 * Puts the reset mail in the outbox (template "staff-password-reset"); the outbox worker sends it.
 * Neither the link nor the token is stored in clear. The link leads to our own page, which posts the new password through auth.api.resetPassword.
 * The staff locale travels in better-auth's callbackURL (`/{locale}/staff/reset-password`).
 */
export async function queuePasswordResetMail(input: {
  userId: string;
  email: string;
  name: string;
  token: string;
  betterAuthUrl: string;
}) {
  // A deactivated account gets no reset link: resetting must not be a way back in.
  const user = await db().user.findUnique({ where: { id: input.userId }, select: { active: true } });
  if (!user?.active) return;
  const locale = localeOfCallback(input.betterAuthUrl);
  const tokenDigest = createHash("sha256").update(input.token).digest("hex");
  await db().$transaction(async (tx) => {
    await tx.outboxMessage.create({
      data: {
        idempotencyKey: `staff-password-reset:${tokenDigest}`,
        template: "staff-password-reset",
        toAddress: input.email,
        locale,
        // Sealed under AUTH_SECRET; the link is built when the mail is sent.
        payload: {
          name: input.name,
          sealedToken: sealToken(input.token),
          expiresInMinutes: resetLinkMinutes,
        },
      },
    });
    await recordAudit(
      tx,
      null,
      "UPDATE",
      { type: "User", id: input.userId },
      { event: "passwordResetRequested" },
    );
  });
}

function localeOfCallback(url: string): Locale {
  const callback = new URL(url).searchParams.get("callbackURL") ?? "";
  const locale = decodeURIComponent(callback).split("/")[1];
  return (staffLocales as readonly string[]).includes(locale ?? "") ? (locale as Locale) : "nl";
}
