import "server-only";
import { Prisma } from "../generated/prisma/client";

/** A unique constraint refused the write (P2002), or a raw statement hit one (SQLSTATE 23505, through Prisma or pg). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return true;
    return error.code === "P2010" && JSON.stringify(error.meta ?? {}).includes("23505");
  }
  return error instanceof Error && "code" in error && error.code === "23505";
}
