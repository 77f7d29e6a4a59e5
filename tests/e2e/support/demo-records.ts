import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Demo records with fixed ids (prisma/demo-cases.ts) and who owns them. Specs only read these:
 * a spec that changes a record creates its own.
 *   person 1   Oleksandr Shevchenko, AgII, lives in Gent (44021), head of household 100
 *   person 4   Iryna Bondarenko, OCMW Leuven, lives in Leuven (24062)
 *   intake 200 AgII's intake of person 1; intake 202 OCMW Leuven's intake of person 4
 */
const demoId = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;

export const demoRecords = {
  gentPersonOfAgii: demoId(1),
  leuvenPersonOfOcmw: demoId(4),
  householdOfAgii: demoId(100),
  intakeOfAgii: demoId(200),
  intakeOfOcmwLeuven: demoId(202),
} as const;

/** An upcoming demo infosession (they have random ids), from the public JSON API. */
export async function anUpcomingInfosessionId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/v1/infosessions?series=SERIES_1&language=uk&region=FLANDERS");
  expect(response.status()).toBe(200);
  const { sessions } = (await response.json()) as { sessions: { id: string }[] };
  expect(sessions.length).toBeGreaterThan(0);
  return sessions[0]!.id;
}

/** A page path with `{infosession}` replaced by an upcoming demo session's id. */
export async function resolveDemoPath(path: string, request: APIRequestContext): Promise<string> {
  return path.includes("{infosession}")
    ? path.replace("{infosession}", await anUpcomingInfosessionId(request))
    : path;
}
