import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import {
  cancelInterpreterRequest,
  handleInterpreterRequest,
} from "@/server/interpreters/handle-interpreter-request";
import { listInterpreterRequests } from "@/server/interpreters/list-interpreter-requests";
import { requestInterpreter } from "@/server/interpreters/request-interpreter";
import { anActor, anOrganisation, aPerson, withContactDetails } from "../support/factories";

let caseworker: Actor;
let otherCaseworker: Actor;
let admin: Actor;
let provider: Actor;
let officer: Actor;
let ownPersonId: string;
let otherPersonId: string;
const now = new Date("2026-11-26T12:00:00Z");
const input = {
  language: "uk",
  startsAt: "2026-12-03T10:30",
  durationMinutes: 60,
  mode: "PHONE" as const,
  purpose: "Intake conversation",
};

beforeAll(async () => {
  const ocmw = await anOrganisation({ type: "OCMW", municipalityNis: "24062" });
  const other = await anOrganisation({ type: "OCMW", municipalityNis: "44021" });
  caseworker = await anActor("CASEWORKER", ocmw);
  otherCaseworker = await anActor("CASEWORKER", other);
  admin = await anActor("ADMIN", await anOrganisation({ type: "AGII" }));
  provider = await anActor("NT2_PROVIDER", await anOrganisation({ type: "NT2_PROVIDER" }));
  officer = await anActor(
    "MUNICIPALITY_OFFICER",
    await anOrganisation({ type: "MUNICIPALITY", municipalityNis: "24062" }),
  );
  ownPersonId = (await aPerson(ocmw.id, withContactDetails)).id;
  otherPersonId = (await aPerson(other.id, withContactDetails)).id;
});

describe("interpreter requests", () => {
  it("a caseworker asks; the time is read as Brussels time; the request waits for AgII", async () => {
    const { id } = await requestInterpreter(caseworker, { ...input, personId: ownPersonId }, now);
    const request = await db().interpreterRequest.findUniqueOrThrow({ where: { id } });
    expect(request).toMatchObject({
      status: "REQUESTED",
      organisationId: caseworker.organisationId,
      requestedById: caseworker.userId,
      personId: ownPersonId,
    });
    expect(request.startsAt.toISOString()).toBe("2026-12-03T09:30:00.000Z");
  });

  it("keeps the address of an on-site request, and none for a phone call", async () => {
    const place = "OCMW Gent, Onderbergen 86, room 2";
    const onSite = await requestInterpreter(caseworker, { ...input, mode: "ON_SITE", location: place }, now);
    const byPhone = await requestInterpreter(caseworker, { ...input, location: place }, now);
    expect((await db().interpreterRequest.findUniqueOrThrow({ where: { id: onSite.id } })).location).toBe(
      place,
    );
    expect(
      (await db().interpreterRequest.findUniqueOrThrow({ where: { id: byPhone.id } })).location,
    ).toBeNull();
  });

  it("refuses a time in the past, another organisation's person, and roles that may not ask", async () => {
    await expect(
      requestInterpreter(caseworker, { ...input, startsAt: "2026-11-01T10:00" }, now),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      requestInterpreter(caseworker, { ...input, personId: otherPersonId }, now),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(requestInterpreter(provider, input, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestInterpreter(officer, input, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("caseworkers see their organisation's requests with the status; AgII sees all", async () => {
    const mine = await requestInterpreter(caseworker, input, now);
    const theirs = await requestInterpreter(otherCaseworker, input, now);
    const own = await listInterpreterRequests(caseworker);
    expect(own.handles).toBe(false);
    expect(own.requests.map((r) => r.id)).toContain(mine.id);
    expect(own.requests.map((r) => r.id)).not.toContain(theirs.id);
    const all = await listInterpreterRequests(admin);
    expect(all.handles).toBe(true);
    expect(all.requests.map((r) => r.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    await expect(listInterpreterRequests(provider)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("AgII assigns an interpreter, then confirms; illegal steps are refused", async () => {
    const { id } = await requestInterpreter(caseworker, input, now);
    await expect(
      handleInterpreterRequest(admin, { requestId: id, handling: { action: "confirm" } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await handleInterpreterRequest(admin, {
      requestId: id,
      handling: { action: "assign", interpreterName: "Iryna Tolk" },
    });
    await handleInterpreterRequest(admin, { requestId: id, handling: { action: "confirm" } });
    expect(await db().interpreterRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CONFIRMED",
      interpreterName: "Iryna Tolk",
      handledById: admin.userId,
    });
    await expect(
      handleInterpreterRequest(admin, {
        requestId: id,
        handling: { action: "decline", reason: "No interpreter" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const seen = (await listInterpreterRequests(caseworker)).requests.find((r) => r.id === id);
    expect(seen).toMatchObject({ status: "CONFIRMED", interpreterName: "Iryna Tolk" });
  });

  it("only AgII handles; a caseworker may withdraw only their organisation's open request", async () => {
    const { id } = await requestInterpreter(caseworker, input, now);
    await expect(
      handleInterpreterRequest(caseworker, { requestId: id, handling: { action: "confirm" } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(cancelInterpreterRequest(otherCaseworker, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await handleInterpreterRequest(admin, {
      requestId: id,
      handling: {
        action: "decline",
        reason: "No Ukrainian interpreter free that day",
      },
    });
    await expect(cancelInterpreterRequest(caseworker, id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().interpreterRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DECLINED",
      declineReason: "No Ukrainian interpreter free that day",
    });
  });

  it("refuses to link an anonymised person, even the caseworker's own", async () => {
    const ocmw = await db().organisation.findUniqueOrThrow({ where: { id: caseworker.organisationId } });
    const anonymised = await aPerson(ocmw.id);
    await db().person.update({ where: { id: anonymised.id }, data: { anonymisedAt: now } });
    await expect(
      requestInterpreter(caseworker, { ...input, personId: anonymised.id }, now),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(requestInterpreter(admin, { ...input, personId: anonymised.id }, now)).rejects.toMatchObject(
      {
        code: "INVALID_INPUT",
      },
    );
    expect(await db().interpreterRequest.count({ where: { personId: anonymised.id } })).toBe(0);
  });

  it("an unknown request is answered as not found and the attempt is audited as DENIED", async () => {
    const unknown = "00000000-0000-4000-8000-000000000013";
    await expect(
      handleInterpreterRequest(admin, { requestId: unknown, handling: { action: "confirm" } }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const denied = await db().auditEvent.findMany({
      where: { action: "DENIED", entityType: "InterpreterRequest", entityId: unknown },
    });
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ actorUserId: admin.userId, detail: { action: "confirm" } });
  });
});
