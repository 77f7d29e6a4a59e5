/**
 * Demo data for local development and end-to-end tests. Names of places and organisations are real;
 * every person and account is invented.
 */
import type { OrganisationType, Region, StaffRole } from "../src/server/generated/prisma/enums";

export const demoMunicipalities: { nisCode: string; nameNl: string; region: Region }[] = [
  { nisCode: "11002", nameNl: "Antwerpen", region: "FLANDERS" },
  { nisCode: "44021", nameNl: "Gent", region: "FLANDERS" },
  { nisCode: "24062", nameNl: "Leuven", region: "FLANDERS" },
  { nisCode: "31005", nameNl: "Brugge", region: "FLANDERS" },
  { nisCode: "12025", nameNl: "Mechelen", region: "FLANDERS" },
  { nisCode: "34022", nameNl: "Kortrijk", region: "FLANDERS" },
  { nisCode: "41002", nameNl: "Aalst", region: "FLANDERS" },
  { nisCode: "46021", nameNl: "Sint-Niklaas", region: "FLANDERS" },
  { nisCode: "71016", nameNl: "Genk", region: "FLANDERS" },
  { nisCode: "13040", nameNl: "Turnhout", region: "FLANDERS" },
  { nisCode: "21004", nameNl: "Brussel", region: "BRUSSELS" },
  { nisCode: "21015", nameNl: "Schaarbeek", region: "BRUSSELS" },
  { nisCode: "21001", nameNl: "Anderlecht", region: "BRUSSELS" },
  { nisCode: "21009", nameNl: "Elsene", region: "BRUSSELS" },
];

type DemoOrganisation = { id: string; name: string; type: OrganisationType; municipalityNis?: string; region?: Region; email?: string };

export const demoOrganisations: DemoOrganisation[] = [
  { id: "00000000-0000-4000-8000-000000000001", name: "Agentschap Integratie en Inburgering", type: "AGII", region: "FLANDERS", email: "oekraine@agii.demo" },
  { id: "00000000-0000-4000-8000-000000000002", name: "Stad Gent", type: "MUNICIPALITY", municipalityNis: "44021", region: "FLANDERS" },
  { id: "00000000-0000-4000-8000-000000000003", name: "OCMW Leuven", type: "OCMW", municipalityNis: "24062", region: "FLANDERS" },
  { id: "00000000-0000-4000-8000-000000000004", name: "Stad Antwerpen", type: "MUNICIPALITY", municipalityNis: "11002", region: "FLANDERS" },
  { id: "00000000-0000-4000-8000-000000000005", name: "CVO Gent", type: "NT2_PROVIDER", municipalityNis: "44021", region: "FLANDERS", email: "nt2@cvogent.demo" },
  { id: "00000000-0000-4000-8000-000000000006", name: "Huis van het Nederlands Brussel", type: "NT2_PROVIDER", municipalityNis: "21004", region: "BRUSSELS", email: "info@hvn-brussel.demo" },
  { id: "00000000-0000-4000-8000-000000000007", name: "CVO Antwerpen", type: "NT2_PROVIDER", municipalityNis: "11002", region: "FLANDERS" },
];

export const demoOrganisationIds = {
  agii: "00000000-0000-4000-8000-000000000001",
  ghent: "00000000-0000-4000-8000-000000000002",
  leuvenOcmw: "00000000-0000-4000-8000-000000000003",
  antwerp: "00000000-0000-4000-8000-000000000004",
  cvoGhent: "00000000-0000-4000-8000-000000000005",
  hvnBrussels: "00000000-0000-4000-8000-000000000006",
} as const;

/** One account per role (and a second caseworker in another organisation, to show scoping). */
export const demoPassword = "Welkom-demo-2026";

export const demoUsers: { id: string; email: string; name: string; role: StaffRole; organisationId: string }[] = [
  { id: "demo-admin", email: "admin@welkom.demo", name: "Anja Admin", role: "ADMIN", organisationId: demoOrganisationIds.agii },
  { id: "demo-caseworker", email: "caseworker@welkom.demo", name: "Kris Trajectbegeleider", role: "CASEWORKER", organisationId: demoOrganisationIds.agii },
  { id: "demo-caseworker-leuven", email: "ocmw@welkom.demo", name: "Lotte Maatschappelijk Werker", role: "CASEWORKER", organisationId: demoOrganisationIds.leuvenOcmw },
  { id: "demo-municipality", email: "gemeente@welkom.demo", name: "Gert Gemeente", role: "MUNICIPALITY_OFFICER", organisationId: demoOrganisationIds.ghent },
  { id: "demo-nt2", email: "nt2@welkom.demo", name: "Nina NT2", role: "NT2_PROVIDER", organisationId: demoOrganisationIds.cvoGhent },
  { id: "demo-editor", email: "editor@welkom.demo", name: "Eva Redacteur", role: "CONTENT_EDITOR", organisationId: demoOrganisationIds.agii },
];
