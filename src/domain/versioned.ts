import { z } from "zod";

/**
 * The version of a record as the editor opened it, sent back with every edit so that the update can
 * be conditional on it (optimistic locking). Forms post it as a string, hence the coercion.
 */
export const expectedVersion = z.coerce.number("invalid").int("invalid").positive("invalid");
