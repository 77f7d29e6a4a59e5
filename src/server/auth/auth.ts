import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { APIError } from "better-auth/api";
import { maxPasswordLength, minPasswordLength } from "@/domain/accounts";
import { baseUrl, env, isProduction } from "@/env";
import { db } from "../db";
import { log } from "../log";
import { queuePasswordResetMail } from "./password-reset-mail";

/** Staff sessions last a working day; a refreshed session slides forward at most once an hour. */
const sessionSeconds = 60 * 60 * 12;

// Only for development and tests: production refuses to start without AUTH_SECRET (env.ts).
const developmentSecret = "welkom-development-secret-never-used-in-production";

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret && isProduction())
    throw new Error("Environment variable AUTH_SECRET must be set in production.");
  return secret ?? developmentSecret;
}

function createAuth() {
  return betterAuth({
    appName: "Welkom",
    baseURL: baseUrl(),
    secret: authSecret(),
    database: prismaAdapter(db(), { provider: "postgresql" }),
    telemetry: { enabled: false },
    // better-auth's own messages ("Invalid password", "User not found") go to our structured log.
    logger: { level: "warn", log: (level, message) => log[level]("betterAuth", { detail: message }) },
    // Sign-in limits are counted in PostgreSQL by sign-in.ts, shared by every instance; better-auth's
    // own limiter only guards its HTTP handler, which this portal does not mount.
    rateLimit: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Accounts exist only through an administrator's invitation (accounts/accept-invitation.ts).
      disableSignUp: true,
      minPasswordLength,
      maxPasswordLength,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token, url }) => {
        await queuePasswordResetMail({
          userId: user.id,
          email: user.email,
          name: user.name,
          token,
          betterAuthUrl: url,
        });
      },
    },
    // Reset tokens and two-factor challenges are stored as SHA-256 digests: a database copy holds no live token.
    verification: { storeIdentifier: "hashed" },
    session: { expiresIn: sessionSeconds, updateAge: 60 * 60 },
    advanced: {
      // Secure cookies whenever the portal is served over https, which production must be.
      useSecureCookies: baseUrl().startsWith("https://"),
      cookiePrefix: "welkom",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account gets no session, whichever path asks for one.
          before: async (session) => {
            const user = await db().user.findUnique({
              where: { id: session.userId },
              select: { active: true, organisation: { select: { active: true } } },
            });
            // Nor does an account of a deactivated organisation (manage-organisations.ts).
            if (!user?.active || !user.organisation.active)
              throw new APIError("FORBIDDEN", { message: "ACCOUNT_DEACTIVATED" });
            return { data: session };
          },
        },
      },
    },
    plugins: [
      twoFactor({ issuer: "Welkom", skipVerificationOnEnable: false, twoFactorCookieMaxAge: 600 }),
      // Must stay last: copies better-auth's Set-Cookie headers onto the server action's response.
      nextCookies(),
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const holder = globalThis as unknown as { welkomAuth?: Auth };

/** Created on first use, like db(): building it touches the database client. */
export function auth(): Auth {
  holder.welkomAuth ??= createAuth();
  return holder.welkomAuth;
}
