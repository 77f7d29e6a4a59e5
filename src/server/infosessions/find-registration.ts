import "server-only";
import { z } from "zod";
import { contactKeyOf } from "@/domain/infosessions/registration-input";
import { addressBucket } from "../client-ip";
import { db } from "../db";
import { AppError } from "../errors";
import { consumeRateLimit } from "../rate-limit";
import { manageTokenFor, normaliseShortCode, shortCodeFor } from "./manage-token";

export const findRegistrationInput = z.object({
  contact: z.string().trim().min(3, "required").max(200),
  code: z.string().trim().min(8, "required").max(20),
});

/**
 * The manage token of the registration made with this e-mail address or phone number whose short
 * code matches, for someone who lost the link but kept the code. 20 tries an hour per address.
 * NOT_FOUND whether the contact or the code is wrong, so the answer tells nothing about either.
 */
export async function findRegistrationByCode(input: unknown, context: { ip: string }): Promise<string> {
  const parsed = findRegistrationInput.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  await consumeRateLimit("registration-find:ip", addressBucket(context.ip), 20, 3_600_000);
  const { contact, code } = parsed.data;
  const email = contact.includes("@") ? contact.toLowerCase() : undefined;
  const candidates = await db().registration.findMany({
    where: {
      OR: [
        { contactKey: contactKeyOf(email ? { email } : { phone: contact }) },
        // A caseworker's booking is keyed by person: its contact is matched as written.
        email ? { contactEmail: { equals: email, mode: "insensitive" as const } } : { contactPhone: contact },
      ],
    },
    select: { id: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  const wanted = normaliseShortCode(code);
  const found = candidates.find((candidate) => shortCodeFor(candidate.id) === wanted);
  if (!found) throw new AppError("NOT_FOUND");
  return manageTokenFor(found.id);
}
