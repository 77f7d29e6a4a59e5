import "server-only";
import type { z } from "zod";
import { fieldErrorsOf } from "@/domain/validation";
import { AppError } from "./errors";

/** Parses a use-case's input, reporting problems as INVALID_INPUT with message keys per field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsOf(result.error));
  return result.data;
}
