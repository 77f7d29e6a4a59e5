import { z } from "zod";

/**
 * Organisations an administrator manages: AgII, municipalities and OCMWs (the public social welfare
 * centre of a municipality), NT2 providers (Dutch as a second language) and partners. An NT2 provider
 * names its kind and where it takes learners from; a municipality or OCMW names its municipality.
 */
export const organisationTypes = ["AGII", "MUNICIPALITY", "OCMW", "NT2_PROVIDER", "PARTNER"] as const;
export const nt2ProviderKinds = [
  "CVO",
  "CBE",
  "UNIVERSITY_LANGUAGE_CENTRE",
  "HUIS_VAN_HET_NEDERLANDS",
] as const;
export const organisationRegions = ["FLANDERS", "BRUSSELS"] as const;

export type OrganisationType = (typeof organisationTypes)[number];
export type Nt2ProviderKind = (typeof nt2ProviderKinds)[number];

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const nisCode = z
  .string()
  .trim()
  .regex(/^\d{5}$/, "invalid");

export const organisationInput = z
  .object({
    name: z.string().trim().min(1, "required").max(200, "tooLong"),
    type: z.enum(organisationTypes, "required"),
    nt2Kind: z.preprocess(blankToUndefined, z.enum(nt2ProviderKinds, "invalid").optional()),
    municipalityNis: z.preprocess(blankToUndefined, nisCode.optional()),
    region: z.preprocess(blankToUndefined, z.enum(organisationRegions, "invalid").optional()),
    email: z.preprocess(
      blankToUndefined,
      z.string().trim().toLowerCase().max(254, "tooLong").pipe(z.email("invalidEmail")).optional(),
    ),
    servedRegions: z.array(z.enum(organisationRegions, "invalid")).max(2, "tooMany").default([]),
    servedMunicipalities: z.array(nisCode).max(304, "tooMany").default([]),
  })
  .superRefine((input, context) => {
    const needs = (path: string, message = "required") =>
      context.addIssue({ code: "custom", path: [path], message });
    if (input.type === "NT2_PROVIDER" && !input.nt2Kind) needs("nt2Kind");
    if ((input.type === "MUNICIPALITY" || input.type === "OCMW") && !input.municipalityNis)
      needs("municipalityNis");
    if (!input.municipalityNis && !input.region) needs("region");
    if (
      input.type === "NT2_PROVIDER" &&
      input.servedRegions.length === 0 &&
      input.servedMunicipalities.length === 0
    )
      needs("servedMunicipalities");
  })
  // Only an NT2 provider has a kind and a service area: other types keep none.
  .transform((input) =>
    input.type === "NT2_PROVIDER"
      ? input
      : {
          ...input,
          nt2Kind: undefined,
          servedRegions: [] as (typeof organisationRegions)[number][],
          servedMunicipalities: [] as string[],
        },
  );

export type OrganisationInput = z.infer<typeof organisationInput>;
