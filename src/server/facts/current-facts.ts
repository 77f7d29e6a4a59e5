import "server-only";
import { cache } from "react";
import { initialFacts, type FactSet } from "@/domain/facts/fact-set";

/** The facts a public page renders: for now the code's initial values (the database's come next). */
export const currentFacts = cache(async (): Promise<FactSet> => initialFacts());
