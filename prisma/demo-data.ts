/**
 * Demo data for local development and end-to-end tests. Names of places and organisations are real;
 * every person and account is invented.
 */
import type {
  Nt2ProviderKind,
  OrganisationType,
  Region,
  StaffRole,
} from "../src/server/generated/prisma/enums";

type DemoOrganisation = {
  id: string;
  name: string;
  type: OrganisationType;
  nt2Kind?: Nt2ProviderKind;
  municipalityNis?: string;
  region?: Region;
  email?: string;
  servedRegions?: Region[];
};

export const demoOrganisations: DemoOrganisation[] = [
  {
    id: "00000000-0000-4000-8000-000000000001",
    name: "Agentschap Integratie en Inburgering",
    type: "AGII",
    region: "FLANDERS",
    email: "oekraine@agii.demo",
  },
  {
    id: "00000000-0000-4000-8000-000000000002",
    name: "Stad Gent",
    type: "MUNICIPALITY",
    municipalityNis: "44021",
    region: "FLANDERS",
  },
  {
    id: "00000000-0000-4000-8000-000000000003",
    name: "OCMW Leuven",
    type: "OCMW",
    municipalityNis: "24062",
    region: "FLANDERS",
  },
  {
    id: "00000000-0000-4000-8000-000000000004",
    name: "Stad Antwerpen",
    type: "MUNICIPALITY",
    municipalityNis: "11002",
    region: "FLANDERS",
  },
  {
    id: "00000000-0000-4000-8000-000000000005",
    name: "CVO Gent",
    type: "NT2_PROVIDER",
    nt2Kind: "CVO",
    municipalityNis: "44021",
    region: "FLANDERS",
    email: "nt2@cvogent.demo",
    servedRegions: ["FLANDERS"],
  },
  {
    id: "00000000-0000-4000-8000-000000000006",
    name: "Huis van het Nederlands Brussel",
    type: "NT2_PROVIDER",
    nt2Kind: "HUIS_VAN_HET_NEDERLANDS",
    municipalityNis: "21004",
    region: "BRUSSELS",
    email: "info@hvn-brussel.demo",
    servedRegions: ["BRUSSELS"],
  },
  {
    id: "00000000-0000-4000-8000-000000000007",
    name: "CVO Antwerpen",
    type: "NT2_PROVIDER",
    nt2Kind: "CVO",
    municipalityNis: "11002",
    region: "FLANDERS",
    servedRegions: ["FLANDERS"],
  },
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

export const demoUsers: {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  organisationId: string;
}[] = [
  {
    id: "demo-admin",
    email: "admin@welkom.demo",
    name: "Anja Admin",
    role: "ADMIN",
    organisationId: demoOrganisationIds.agii,
  },
  {
    id: "demo-caseworker",
    email: "caseworker@welkom.demo",
    name: "Kris Trajectbegeleider",
    role: "CASEWORKER",
    organisationId: demoOrganisationIds.agii,
  },
  {
    id: "demo-caseworker-leuven",
    email: "ocmw@welkom.demo",
    name: "Lotte Maatschappelijk Werker",
    role: "CASEWORKER",
    organisationId: demoOrganisationIds.leuvenOcmw,
  },
  {
    id: "demo-municipality",
    email: "gemeente@welkom.demo",
    name: "Gert Gemeente",
    role: "MUNICIPALITY_OFFICER",
    organisationId: demoOrganisationIds.ghent,
  },
  {
    id: "demo-nt2",
    email: "nt2@welkom.demo",
    name: "Nina NT2",
    role: "NT2_PROVIDER",
    organisationId: demoOrganisationIds.cvoGhent,
  },
  // AgII's legal service: two advisers, because an answer for all needs a second one's approval.
  {
    id: "demo-adviser",
    email: "jurist@welkom.demo",
    name: "Jana Jurist",
    role: "AGII_ADVISER",
    organisationId: demoOrganisationIds.agii,
  },
  {
    id: "demo-adviser-2",
    email: "jurist2@welkom.demo",
    name: "Bram Jurist",
    role: "AGII_ADVISER",
    organisationId: demoOrganisationIds.agii,
  },
  {
    id: "demo-editor",
    email: "editor@welkom.demo",
    name: "Eva Redacteur",
    role: "CONTENT_EDITOR",
    organisationId: demoOrganisationIds.agii,
  },
];
