import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { compareMunicipalities } from "@/server/figures/compare-municipalities";
import { figuresCsv, type ExportLabels } from "@/domain/figures/export-table";
import { exportFigures } from "@/server/figures/export-figures";
import { getFigures } from "@/server/figures/get-figures";
import { isSmall, type ShownCount } from "@/domain/figures/small-numbers";
import {
  aMunicipality,
  anActor,
  anInfosession,
  anIntake,
  anOrganisation,
  aPerson,
  aRegistration,
  withContactDetails,
} from "../support/factories";

/** The export as the route writes it, with message keys for headers and raw codes for values. */
const keysAsLabels: ExportLabels = {
  header: (key) => key,
  code: (_list, value) => value,
  yesNo: (value) => String(value),
  hiddenColumn: "hidden",
  hidden: (reason) => (reason === "small" ? "< 5" : "withheld"),
};
async function exportFiguresCsv(...args: Parameters<typeof exportFigures>) {
  const exported = await exportFigures(...args);
  return { fileName: exported.fileName, csv: figuresCsv(exported, keysAsLabels).replace(/^\uFEFF/, "") };
}

// A known dataset: Ghent (44021) and Antwerp (11002), September to November 2026.
const now = new Date("2026-11-15T12:00:00Z");
const span = { from: "2026-09", to: "2026-11" };
let admin: Actor;
let ghentOfficer: Actor;
let antwerpOfficer: Actor;
let caseworker: Actor;
let officerWithoutMunicipality: Actor;

beforeAll(async () => {
  await aMunicipality("44021", "Gent");
  await aMunicipality("11002", "Antwerpen");
  const ocmw = await anOrganisation({ type: "OCMW", municipalityNis: "44021" });
  admin = await anActor("ADMIN", await anOrganisation({ type: "AGII" }));
  ghentOfficer = await anActor(
    "MUNICIPALITY_OFFICER",
    await anOrganisation({ type: "MUNICIPALITY", municipalityNis: "44021" }),
  );
  antwerpOfficer = await anActor(
    "MUNICIPALITY_OFFICER",
    await anOrganisation({ type: "MUNICIPALITY", municipalityNis: "11002" }),
  );
  officerWithoutMunicipality = await anActor(
    "MUNICIPALITY_OFFICER",
    await anOrganisation({ type: "PARTNER" }),
  );
  caseworker = await anActor("CASEWORKER", ocmw);
  const ghent = { municipalityNis: "44021" };

  await aPerson(ocmw.id, {
    ...withContactDetails,
    ...ghent,
    inNationalRegister: true,
    createdAt: new Date("2026-08-12T10:00:00Z"),
  });
  for (let i = 0; i < 6; i++)
    await aPerson(ocmw.id, {
      ...withContactDetails,
      ...ghent,
      inNationalRegister: i < 4,
      createdAt: new Date("2026-09-10T10:00:00Z"),
    });
  const october = [
    await aPerson(ocmw.id, {
      ...withContactDetails,
      ...ghent,
      inNationalRegister: true,
      createdAt: new Date("2026-10-10T10:00:00Z"),
    }),
    await aPerson(ocmw.id, { ...withContactDetails, ...ghent, createdAt: new Date("2026-10-10T10:00:00Z") }),
    // 00:30 on 1 October in Brussels: an October person, though still September in UTC.
    await aPerson(ocmw.id, { ...withContactDetails, ...ghent, createdAt: new Date("2026-09-30T22:30:00Z") }),
  ];
  for (let i = 0; i < 7; i++)
    await aPerson(ocmw.id, {
      ...withContactDetails,
      municipalityNis: "11002",
      createdAt: new Date("2026-10-05T10:00:00Z"),
    });

  const session = await anInfosession({ startsAt: new Date("2026-06-08T09:00:00Z"), capacity: 500 });
  const september = new Date("2026-09-15T10:00:00Z");
  for (const status of [
    "ATTENDED",
    "ATTENDED",
    "ATTENDED",
    "NO_SHOW",
    "NO_SHOW",
    "CANCELLED",
    "CONFIRMED",
  ] as const) {
    await aRegistration(session.id, { municipalityNis: "44021", status, createdAt: september });
  }
  await anIntake(october[0]!, caseworker, { createdAt: new Date("2026-10-11T10:00:00Z") });
  await anIntake(october[1]!, caseworker, { createdAt: new Date("2026-10-12T10:00:00Z") });

  const cvo = await anOrganisation({ type: "NT2_PROVIDER" });
  const referral = (
    personId: string,
    type: "NT2" | "HEALTH",
    status: "SENT" | "ACCEPTED",
    intendedStay?: "QUICK_RETURN" | "LONGER_STAY",
  ) =>
    db().referral.create({
      data: {
        personId,
        type,
        status,
        fromOrganisationId: ocmw.id,
        targetOrganisationId: cvo.id,
        createdById: caseworker.userId,
        consentAt: new Date(),
        createdAt: new Date("2026-10-20T10:00:00Z"),
        ...(intendedStay
          ? {
              nt2Profile: {
                create: {
                  cvoProfile: true,
                  digitallySkilled: false,
                  intendedStay,
                  priorSchooling: "SECONDARY",
                  availability: ["DAY"],
                  mode: "ON_SITE",
                  region: "FLANDERS",
                },
              },
            }
          : {}),
      },
    });
  await referral(october[0]!.id, "NT2", "SENT", "QUICK_RETURN");
  await referral(october[1]!.id, "NT2", "ACCEPTED", "LONGER_STAY");
  await referral(october[1]!.id, "HEALTH", "SENT");

  const importId = crypto.randomUUID();
  await db().officialFigure.createMany({
    data: [
      { municipalityNis: "44021", date: new Date("2026-10-10"), certificates: 50, registered: 20, importId },
      { municipalityNis: "44021", date: new Date("2026-10-31"), certificates: 60, registered: 25, importId },
      { municipalityNis: "11002", date: new Date("2026-10-31"), certificates: 100, registered: 40, importId },
    ],
  });
});

describe("figures for one municipality", () => {
  it("counts per Brussels month, exactly, for an administrator", async () => {
    const figures = await getFigures(admin, { ...span, place: "44021" }, now);
    expect(figures.exact).toBe(true);
    expect(figures.placeName).toBe("Gent");
    expect(figures.months).toEqual([
      {
        month: "2026-09",
        persons: 6,
        inNationalRegister: 4,
        registrations: 6,
        attended: 3,
        noShow: 2,
        intakes: 0,
        referrals: 0,
      },
      {
        month: "2026-10",
        persons: 3,
        inNationalRegister: 1,
        registrations: 0,
        attended: 0,
        noShow: 0,
        intakes: 2,
        referrals: 3,
      },
      {
        month: "2026-11",
        persons: 0,
        inNationalRegister: 0,
        registrations: 0,
        attended: 0,
        noShow: 0,
        intakes: 0,
        referrals: 0,
      },
    ]);
    expect(figures.totals).toMatchObject({ persons: 9, inNationalRegister: 5 });
    expect(figures.shareInNationalRegister).toBeCloseTo(5 / 9);
    expect(figures.referralsByTypeAndStatus).toEqual(
      [
        { type: "HEALTH", status: "SENT", count: 1 },
        { type: "NT2", status: "SENT", count: 1 },
        { type: "NT2", status: "ACCEPTED", count: 1 },
      ].sort((a, b) => `${a.type}${a.status}`.localeCompare(`${b.type}${b.status}`)),
    );
    expect(figures.nt2Demand).toEqual([
      { intendedStay: "LONGER_STAY", cvoProfile: true, digitallySkilled: false, count: 1 },
      { intendedStay: "QUICK_RETURN", cvoProfile: true, digitallySkilled: false, count: 1 },
    ]);
  });

  it("puts official figures beside the recorded running totals", async () => {
    const figures = await getFigures(admin, { ...span, place: "44021" }, now);
    expect(figures.officialVsRecorded).toEqual([
      {
        month: "2026-09",
        officialDate: null,
        certificates: null,
        officialRegistered: null,
        recordedPersons: 7,
        recordedInNationalRegister: 5,
      },
      {
        month: "2026-10",
        officialDate: "2026-10-31",
        certificates: 60,
        officialRegistered: 25,
        recordedPersons: 10,
        recordedInNationalRegister: 6,
      },
      {
        month: "2026-11",
        officialDate: null,
        certificates: null,
        officialRegistered: null,
        recordedPersons: 10,
        recordedInNationalRegister: 6,
      },
    ]);
    const all = await getFigures(admin, span, now);
    expect(all.officialVsRecorded[1]).toMatchObject({
      certificates: 160,
      officialRegistered: 65,
      recordedPersons: 17,
    });
    expect(all.totals.persons).toBe(16);
  });

  it("shows counts under 5 as '< 5' to a municipality officer, and no share that would reveal them", async () => {
    const figures = await getFigures(ghentOfficer, span, now);
    expect(figures.exact).toBe(false);
    expect(figures.months[0]).toMatchObject({
      persons: 6,
      inNationalRegister: "< 5",
      registrations: 6,
      attended: "< 5",
      noShow: "< 5",
      intakes: 0,
    });
    expect(figures.months[1]).toMatchObject({ persons: "< 5", intakes: "< 5", referrals: "< 5" });
    // Totals over a month shown as "< 5" would give it back by subtraction (9 − 6 = 3).
    expect(figures.totals).toMatchObject({
      persons: "withheld",
      inNationalRegister: "withheld",
      registrations: 6,
    });
    expect(figures.shareInNationalRegister).toBeNull();
    expect(figures.nt2Demand.every((row) => row.count === "< 5")).toBe(true);
    expect(JSON.stringify(figures.months)).not.toMatch(/"(inNationalRegister|attended|noShow)":[1-4][,}]/);
  });

  it("gives an officer their own municipality, whatever the URL asks", async () => {
    const figures = await getFigures(ghentOfficer, { ...span, place: "11002" }, now);
    expect(figures.place).toEqual({ kind: "municipality", nisCode: "44021" });
    expect((await getFigures(antwerpOfficer, { ...span, place: "44021" }, now)).totals.persons).toBe(7);
  });

  it("refuses roles without figures, and an officer whose organisation has no municipality", async () => {
    await expect(getFigures(caseworker, span, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getFigures(officerWithoutMunicipality, span, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(compareMunicipalities(ghentOfficer, span, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("comparing municipalities and exporting", () => {
  it("lets an administrator compare municipalities side by side", async () => {
    const { rows } = await compareMunicipalities(admin, span, now);
    expect(rows.find((row) => row.nisCode === "44021")).toMatchObject({
      persons: 9,
      inNationalRegister: 5,
      registrations: 6,
      attended: 3,
      intakes: 2,
      referrals: 3,
      officialCertificates: 60,
      officialRegistered: 25,
    });
    expect(rows.find((row) => row.nisCode === "11002")).toMatchObject({
      persons: 7,
      officialCertificates: 100,
    });
  });

  it("exports the same suppressed numbers the officer sees, and exact ones for an administrator", async () => {
    const officerCsv = await exportFiguresCsv(ghentOfficer, "months", span, now);
    expect(officerCsv.csv.split("\r\n")[1]).toBe(
      "2026-09;6;;6;;;0;0;totals.inNationalRegister: < 5 | totals.attended: < 5 | totals.noShow: < 5",
    );
    const adminCsv = await exportFiguresCsv(admin, "months", { ...span, place: "44021" }, now);
    expect(adminCsv.csv.split("\r\n")[1]).toBe("2026-09;6;4;6;3;2;0;0;");
    expect(adminCsv.fileName).toBe("welkom-figures-months-44021_2026-09_2026-11.csv");
    await expect(exportFiguresCsv(ghentOfficer, "comparison", span, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await db().auditEvent.count({ where: { action: "EXPORT", actorUserId: ghentOfficer.userId } }),
    ).toBe(1);
  });
});

describe("subtraction attacks on a municipality officer's figures", () => {
  const allMonths = ["2026-08", "2026-09", "2026-10", "2026-11"];
  const spans = allMonths.flatMap((from, i) => allMonths.slice(i).map((to) => ({ from, to })));
  const spanKey = (s: { from: string; to: string }) => `${s.from}..${s.to}`;
  const num = (value: ShownCount | null | undefined): value is number => typeof value === "number";

  it("recovers no count under 5 from totals, overlapping periods, running totals, parts of a whole or the CSV", async () => {
    const shown = new Map<string, Awaited<ReturnType<typeof getFigures>>>();
    for (const s of spans) shown.set(spanKey(s), await getFigures(ghentOfficer, s, now));
    const recovered: string[] = [];
    const tryValue = (what: string, value: number) => isSmall(value) && recovered.push(`${what} = ${value}`);
    const groupKey = (row: Record<string, unknown>) => JSON.stringify({ ...row, count: undefined });

    for (const [key, figures] of shown) {
      for (const [column, total] of Object.entries(figures.totals)) {
        // Total minus the visible months.
        const unknown = figures.months.filter((row) => !num(row[column as keyof typeof figures.totals]));
        const known = figures.months.map((row) => row[column as keyof typeof figures.totals]).filter(num);
        if (num(total) && unknown.length === 1)
          tryValue(`${key} ${column} total − visible months`, total - known.reduce((a, b) => a + b, 0));
      }
      for (const row of figures.months) {
        // A whole minus its parts (the unpublished remainder).
        if (num(row.persons) && num(row.inNationalRegister))
          tryValue(`${row.month} persons − in register`, row.persons - row.inNationalRegister);
        if (num(row.registrations) && num(row.attended) && num(row.noShow))
          tryValue(
            `${row.month} registrations − attended − no-show`,
            row.registrations - row.attended - row.noShow,
          );
        if (num(row.registrations) && num(row.attended))
          tryValue(`${row.month} registrations − attended`, row.registrations - row.attended);
      }
      // Consecutive running totals.
      figures.officialVsRecorded.forEach((row, i) => {
        const previous = figures.officialVsRecorded[i - 1];
        if (!previous) return;
        if (num(row.recordedPersons) && num(previous.recordedPersons))
          tryValue(`${row.month} running persons`, row.recordedPersons - previous.recordedPersons);
        if (num(row.recordedInNationalRegister) && num(previous.recordedInNationalRegister))
          tryValue(
            `${row.month} running register`,
            row.recordedInNationalRegister - previous.recordedInNationalRegister,
          );
      });
      // The monthly referral count minus every other group of the breakdown, for a one-month period.
      if (figures.months.length === 1 && num(figures.months[0]!.referrals)) {
        for (const target of figures.referralsByTypeAndStatus) {
          const others = figures.referralsByTypeAndStatus
            .filter((row) => row !== target)
            .map((row) => row.count);
          if (others.every(num))
            tryValue(
              `${key} ${groupKey(target)} from the monthly referrals`,
              figures.months[0]!.referrals - others.reduce((a, b) => a + b, 0),
            );
        }
      }
    }
    // Overlapping periods: the same total or group over two periods that differ by one month.
    for (const a of spans) {
      for (const b of spans) {
        if (a.from !== b.from || a.to <= b.to) continue;
        const long = shown.get(spanKey(a))!;
        const short = shown.get(spanKey(b))!;
        for (const [column, total] of Object.entries(long.totals)) {
          const other = short.totals[column as keyof typeof short.totals];
          if (num(total) && num(other)) tryValue(`${spanKey(a)} − ${spanKey(b)} ${column}`, total - other);
        }
        for (const table of ["referralsByTypeAndStatus", "nt2Demand"] as const) {
          for (const row of long[table]) {
            const match = (short[table] as Record<string, unknown>[]).find(
              (candidate) => groupKey(candidate) === groupKey(row),
            );
            const other = (match?.count ?? 0) as ShownCount;
            if (num(row.count) && num(other))
              tryValue(`${spanKey(a)} − ${spanKey(b)} ${groupKey(row)}`, row.count - other);
          }
        }
      }
    }
    expect(recovered).toEqual([]);

    // The CSV carries exactly what the screen shows: nothing more to subtract from.
    const official = await exportFiguresCsv(ghentOfficer, "official", span, now);
    expect(official.csv.split("\r\n")[2]).toBe(
      "2026-10;2026-10-31;60;25;;;official.recordedPersons: withheld | official.recordedInNationalRegister: withheld",
    );
    const referrals = await exportFiguresCsv(ghentOfficer, "referrals", span, now);
    expect(referrals.csv).not.toMatch(/;[1-4];/);
  });
});
