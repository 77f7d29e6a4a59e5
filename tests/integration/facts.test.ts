import { describe, expect, it } from "vitest";
import { factCatalogue } from "@/domain/facts/catalogue";
import { changeFact, type PageRevalidator } from "@/server/facts/change-fact";
import { listFacts, listFactVersions } from "@/server/facts/list-facts";
import { db } from "@/server/db";
import { aStaffUser } from "../support/factories";

/** Records which page routes a change regenerates, instead of Next's revalidatePath. */
function recorder() {
  const calls: [string, string][] = [];
  const revalidate: PageRevalidator = (route, type) => void calls.push([route, type]);
  return { calls, revalidate };
}

const on = (iso: string) => new Date(`${iso}T10:00:00Z`);
const history = factCatalogue.endDateHistory.initial;

describe("a change to a fact", () => {
  it("keeps every version (who, when, before, after), writes the audit log, and can be reverted", async () => {
    const editor = await aStaffUser({ role: "CONTENT_EDITOR" });
    const pages = recorder();
    const extended = [
      ...(history.value as { endsOn: string }[]).slice(0, -1),
      {
        what: "councilExtension",
        act: "2027/1",
        politicalAgreementOn: null,
        actOn: "2027-07-01",
        endsOn: "2029-03-04",
      },
    ];
    const edit = await changeFact(
      editor.actor,
      {
        kind: "edit",
        factId: "endDateHistory",
        expectedVersion: 0,
        value: extended,
        source: history.source,
        confidence: "high",
      },
      pages.revalidate,
      on("2027-07-02"),
    );
    expect(edit.version).toBe(1);

    const [first] = await listFactVersions(editor.actor, "endDateHistory");
    expect(first).toMatchObject({ number: 1, change: "EDIT", changedBy: editor.name });
    expect((first!.before.value as { endsOn: string }[]).at(-1)?.endsOn).toBe("2028-03-04");
    expect((first!.after.value as { endsOn: string }[]).at(-1)?.endsOn).toBe("2029-03-04");
    expect(first!.after).toMatchObject({ checkedOn: "2027-07-02", confidence: "high" });

    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityType: "Fact", entityId: "endDateHistory", action: "UPDATE" },
    });
    expect(audit).toMatchObject({ actorUserId: editor.id, actorRole: "CONTENT_EDITOR" });
    expect(audit.detail).toMatchObject({
      version: 1,
      change: "EDIT",
      fields: ["value", "checkedOn", "confidence"],
    });

    const revert = await changeFact(
      editor.actor,
      { kind: "revert", factId: "endDateHistory", expectedVersion: 1, versionNumber: 1 },
      pages.revalidate,
      on("2027-07-03"),
    );
    expect(revert.version).toBe(2);
    const current = (await listFacts(editor.actor, on("2027-07-03"))).find(
      (overview) => overview.id === "endDateHistory",
    );
    expect((current!.fact.value as { endsOn: string }[]).at(-1)?.endsOn).toBe("2028-03-04");
    expect(current!.version).toBe(2);
    expect((await listFactVersions(editor.actor, "endDateHistory")).map((version) => version.change)).toEqual(
      ["REVERT", "EDIT"],
    );
    await expect(db().$executeRaw`UPDATE "FactVersion" SET "changedById" = 'someone else'`).rejects.toThrow(
      /append-only/,
    );
  });

  it("refuses a value that does not fit the fact and an edit made on a stale version, changing nothing", async () => {
    const admin = await aStaffUser({ role: "ADMIN" });
    const pages = recorder();
    const bad = changeFact(
      admin.actor,
      {
        kind: "edit",
        factId: "emergencyNumbers",
        expectedVersion: 0,
        value: { emergency: "one-one-two" },
        source: history.source,
        confidence: "high",
      },
      pages.revalidate,
    );
    await expect(bad).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await changeFact(
      admin.actor,
      { kind: "checked", factId: "emergencyNumbers", expectedVersion: 0 },
      pages.revalidate,
      on("2027-01-05"),
    );
    await expect(
      changeFact(
        admin.actor,
        { kind: "checked", factId: "emergencyNumbers", expectedVersion: 0 },
        pages.revalidate,
      ),
    ).rejects.toMatchObject({ code: "STALE_EDIT" });
    expect(await db().factVersion.count({ where: { factId: "emergencyNumbers" } })).toBe(1);
    const checked = await db().fact.findUniqueOrThrow({ where: { id: "emergencyNumbers" } });
    expect(checked.checkedOn.toISOString().slice(0, 10)).toBe("2027-01-05");
  });

  it("regenerates exactly the pages that show the fact, in every locale", async () => {
    const admin = await aStaffUser({ role: "ADMIN" });
    const status = recorder();
    await changeFact(
      admin.actor,
      { kind: "checked", factId: "militaryObligationCondition", expectedVersion: 0 },
      status.revalidate,
    );
    expect(status.calls).toEqual([["/[locale]/status", "page"]]);
    const help = recorder();
    await changeFact(
      admin.actor,
      { kind: "checked", factId: "legalHelpdesk", expectedVersion: 0 },
      help.revalidate,
    );
    expect(help.calls).toEqual([
      ["/[locale]/help", "page"],
      ["/[locale]/about", "page"],
    ]);
    const refused = recorder();
    const caseworker = await aStaffUser({ role: "CASEWORKER" });
    await expect(
      changeFact(
        caseworker.actor,
        { kind: "checked", factId: "legalHelpdesk", expectedVersion: 1 },
        refused.revalidate,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(refused.calls).toEqual([]);
  });

  it("lists unconfirmed facts first, then the oldest check", async () => {
    const admin = await aStaffUser({ role: "ADMIN" });
    const facts = await listFacts(admin.actor, on("2026-12-01"));
    const firstConfirmed = facts.findIndex((overview) => overview.fact.confidence !== "low");
    expect(facts.slice(0, firstConfirmed).every((overview) => overview.fact.confidence === "low")).toBe(true);
    const confirmed = facts.slice(firstConfirmed).map((overview) => overview.fact.checkedOn);
    expect(confirmed).toEqual([...confirmed].sort());
    expect(facts).toHaveLength(Object.keys(factCatalogue).length);
  });
});
