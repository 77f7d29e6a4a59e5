import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { renderOutboxMessage } from "@/server/mail/templates";
import {
  listAdviserProfiles,
  saveAdviserProfile,
  saveTopicTarget,
} from "@/server/questions/adviser-profiles";
import { askQuestion } from "@/server/questions/ask-question";
import { eraseClosedQuestions } from "@/server/questions/erase-closed-questions";
import { getQuestion } from "@/server/questions/get-question";
import { questionFigures } from "@/server/questions/question-figures";
import { listQuestions } from "@/server/questions/list-questions";
import { approveAnswer, markAnswerReviewed, proposeAnswer } from "@/server/questions/publish-answer";
import { requestAnswerReviews } from "@/server/questions/request-answer-reviews";
import { matchAnswers, searchAnswers } from "@/server/questions/search-answers";
import { stepQuestion } from "@/server/questions/step-question";
import { supportRegionOf } from "@/domain/questions/topics";
import { aMunicipality, anActor, anAdviser, anOrganisation } from "../support/factories";

let leuvenWorker: Actor;
let gentOfficer: Actor;
let admin: Actor;
let legalAdviser: Actor;
let secondLegalAdviser: Actor;
let housingBrabant: Actor;
let housingOostVlaanderen: Actor;
const text =
  "Een gezin wil een meerderjarig kind laten overkomen. Welke voorwaarden gelden er bij tijdelijke bescherming?";

beforeAll(async () => {
  await aMunicipality("24062", "Leuven");
  await aMunicipality("44021", "Gent");
  const agii = await anOrganisation({ type: "AGII" });
  leuvenWorker = await anActor(
    "CASEWORKER",
    await anOrganisation({ type: "OCMW", municipalityNis: "24062" }),
  );
  gentOfficer = await anActor(
    "MUNICIPALITY_OFFICER",
    await anOrganisation({ type: "MUNICIPALITY", municipalityNis: "44021" }),
  );
  admin = await anActor("ADMIN", agii);
  legalAdviser = await anAdviser(agii, { topics: ["RESIDENCE_STATUS", "FAMILY_REUNIFICATION"], regions: [] });
  secondLegalAdviser = await anAdviser(agii, { topics: ["FAMILY_REUNIFICATION"], regions: [] });
  housingBrabant = await anAdviser(agii, { topics: ["HOUSING"], regions: ["VLAAMS_BRABANT"] });
  housingOostVlaanderen = await anAdviser(agii, { topics: ["HOUSING"], regions: ["OOST_VLAANDEREN"] });
});

const queueIds = async (actor: Actor) => (await listQuestions(actor)).questions.map((q) => q.id);

describe("questions to AgII", () => {
  it("take the region from the 2025 reference data: every municipality of Flanders and Brussels has one", async () => {
    const rows = await db().municipality.findMany({
      select: { nisCode: true, province: true, region: true },
    });
    const reference = rows.filter((row) => row.province !== null || row.region === "BRUSSELS");
    const perRegion = new Map<string, number>();
    for (const row of reference)
      perRegion.set(String(supportRegionOf(row)), (perRegion.get(String(supportRegionOf(row))) ?? 0) + 1);
    // The counts of prisma/reference-data/municipalities-2025.csv (300 after the 2025 mergers).
    expect(Object.fromEntries(perRegion)).toEqual({
      ANTWERPEN: 67,
      LIMBURG: 38,
      OOST_VLAANDEREN: 55,
      VLAAMS_BRABANT: 63,
      WEST_VLAANDEREN: 62,
      BRUSSELS: 19,
    });
    // A merged municipality (Pajottegem, 2025) is routed by its row, not by a guess from its code.
    const pajottegem = await askQuestion(leuvenWorker, {
      topic: "HOUSING",
      title: "Woning voor een groot gezin",
      body: text,
      municipalityNis: "23106",
    });
    expect(
      await db().question.findUniqueOrThrow({ where: { id: pajottegem.id }, select: { region: true } }),
    ).toEqual({ region: "VLAAMS_BRABANT" });
    await expect(
      askQuestion(leuvenWorker, {
        topic: "HOUSING",
        title: "Woning voor een groot gezin",
        body: text,
        municipalityNis: "99999",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("route legal questions to legal advisers everywhere and sector questions to the coordinator of the municipality's region", async () => {
    const legal = await askQuestion(leuvenWorker, {
      topic: "FAMILY_REUNIFICATION",
      title: "Meerderjarig kind laten overkomen",
      body: text,
    });
    const housingLeuven = await askQuestion(leuvenWorker, {
      topic: "HOUSING",
      title: "Huurwaarborg bij tijdelijke bescherming",
      body: text,
    });
    const housingGent = await askQuestion(gentOfficer, {
      topic: "HOUSING",
      title: "Huurwaarborg in Oost-Vlaanderen",
      body: text,
    });
    expect(await db().question.findUniqueOrThrow({ where: { id: housingLeuven.id } })).toMatchObject({
      region: "VLAAMS_BRABANT",
      municipalityNis: "24062",
      status: "NEW",
    });

    expect(await queueIds(legalAdviser)).toContain(legal.id);
    expect(await queueIds(legalAdviser)).not.toContain(housingLeuven.id);
    expect(await queueIds(housingBrabant)).toEqual(expect.arrayContaining([housingLeuven.id]));
    expect(await queueIds(housingBrabant)).not.toContain(housingGent.id);
    expect(await queueIds(housingOostVlaanderen)).toContain(housingGent.id);
    expect(await queueIds(admin)).toEqual(
      expect.arrayContaining([legal.id, housingLeuven.id, housingGent.id]),
    );
    // Askers see their own organisation's questions only.
    expect(await queueIds(gentOfficer)).toEqual([housingGent.id]);
    await expect(getQuestion(housingOostVlaanderen, { questionId: housingLeuven.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The new question was mailed to the advisers whose queue it is in, and to no one else.
    const mailed = await db().outboxMessage.findMany({
      where: { template: "question-update", idempotencyKey: { startsWith: `question:${housingLeuven.id}:` } },
    });
    const brabant = await db().user.findUniqueOrThrow({ where: { id: housingBrabant.userId } });
    expect(mailed.map((m) => m.toAddress)).toEqual([brabant.email]);

    // Passed on to another region with a note: it leaves one queue and enters the other.
    await stepQuestion(housingBrabant, {
      move: "pass",
      questionId: housingLeuven.id,
      version: 1,
      body: "Gaat over een woning in Oost-Vlaanderen",
      topic: "HOUSING",
      region: "OOST_VLAANDEREN",
    });
    expect(await queueIds(housingBrabant)).not.toContain(housingLeuven.id);
    expect(await queueIds(housingOostVlaanderen)).toContain(housingLeuven.id);
  });

  it("take, ask back, reply, answer, close and reopen: each step stamped, audited and mailed; stale versions refused", async () => {
    const { id } = await askQuestion(leuvenWorker, {
      topic: "FAMILY_REUNIFICATION",
      title: "Vraag met een vraag terug",
      body: text,
    });
    await expect(
      stepQuestion(leuvenWorker, { move: "take", questionId: id, version: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      stepQuestion(housingBrabant, { move: "take", questionId: id, version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await db().auditEvent.count({
        where: { actorUserId: housingBrabant.userId, action: "DENIED", entityId: id },
      }),
    ).toBe(1);
    await stepQuestion(legalAdviser, { move: "take", questionId: id, version: 1 });
    await expect(
      stepQuestion(secondLegalAdviser, { move: "take", questionId: id, version: 1 }),
    ).rejects.toMatchObject({ code: "STALE_EDIT" });
    await stepQuestion(legalAdviser, {
      move: "askBack",
      questionId: id,
      version: 2,
      body: "Hoe oud is het kind?",
    });
    await expect(
      stepQuestion(gentOfficer, { move: "reply", questionId: id, version: 3, body: "19 jaar" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await stepQuestion(leuvenWorker, {
      move: "reply",
      questionId: id,
      version: 3,
      body: "Het kind is 19 jaar.",
    });
    await stepQuestion(legalAdviser, {
      move: "answer",
      questionId: id,
      version: 4,
      body: "Een meerderjarig kind valt niet onder de gewone regels; lees het antwoord hieronder.",
    });
    await stepQuestion(leuvenWorker, { move: "close", questionId: id, version: 5 });
    await stepQuestion(leuvenWorker, { move: "reopen", questionId: id, version: 6 });
    const { question } = await getQuestion(leuvenWorker, { questionId: id });
    expect(question.status).toBe("TAKEN");
    expect(question.messages.map((m) => [m.kind, m.toStatus])).toEqual([
      ["STATUS", "TAKEN"],
      ["ASK_BACK", "WAITING_FOR_ASKER"],
      ["REPLY", "TAKEN"],
      ["ANSWER", "ANSWERED"],
      ["STATUS", "CLOSED"],
      ["STATUS", "TAKEN"],
    ]);
    const audited = await db().auditEvent.count({
      where: { entityType: "Question", entityId: id, action: "UPDATE" },
    });
    expect(audited).toBe(6);
    // Both legal advisers for family reunification hear of the new question; the steps after go to one side.
    const mails = await db().outboxMessage.findMany({
      where: { idempotencyKey: { startsWith: `question:${id}:` } },
      select: { payload: true },
    });
    expect(mails.map((m) => (m.payload as { event: string }).event).sort()).toEqual([
      "answered",
      "asked",
      "asked",
      "askedBack",
      "closed",
      "reopened",
      "replied",
    ]);
    // The worker can render each of them, in Dutch, with the question's address and not its text.
    const answered = await db().outboxMessage.findFirstOrThrow({
      where: { idempotencyKey: { startsWith: `question:${id}:answered:` } },
    });
    const mail = await renderOutboxMessage(answered);
    expect(mail).toMatchObject({ subject: "Je vraag aan AgII is beantwoord" });
    expect(JSON.stringify(mail)).toContain(`/nl/staff/questions/${id}`);
    expect(JSON.stringify(mail)).not.toContain("meerderjarig");
  });

  it("the asker can reopen within 14 days of the answer, not later", async () => {
    const asked = new Date("2026-03-02T09:00:00Z");
    const { id } = await askQuestion(
      leuvenWorker,
      { topic: "RESIDENCE_STATUS", title: "Verlenging van de verblijfskaart", body: text },
      asked,
    );
    await stepQuestion(
      legalAdviser,
      { move: "answer", questionId: id, version: 1, body: "De kaart wordt automatisch verlengd." },
      asked,
    );
    await expect(
      stepQuestion(
        leuvenWorker,
        { move: "reopen", questionId: id, version: 2 },
        new Date("2026-03-20T09:00:00Z"),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await stepQuestion(
      leuvenWorker,
      { move: "reopen", questionId: id, version: 2 },
      new Date("2026-03-15T09:00:00Z"),
    );
  });

  it("sets the first-answer target in working days across a Belgian public holiday, and shows overdue first", async () => {
    // Thursday 24 December 2026, 10:00 in Brussels: Christmas and the weekend do not count, so two
    // working days end on Tuesday 29 December.
    const { id } = await askQuestion(
      leuvenWorker,
      { topic: "FAMILY_REUNIFICATION", title: "Vraag voor Kerstmis", body: text },
      new Date("2026-12-24T09:00:00Z"),
    );
    expect((await db().question.findUniqueOrThrow({ where: { id } })).firstAnswerDueAt.toISOString()).toBe(
      "2026-12-29T23:00:00.000Z",
    );
    // A topic's own target replaces the default.
    await db().questionTopicTarget.upsert({
      where: { topic: "NATIONALITY_DOCUMENTS" },
      update: { workingDays: 5 },
      create: { topic: "NATIONALITY_DOCUMENTS", workingDays: 5 },
    });
    await db().adviserProfile.update({
      where: { userId: legalAdviser.userId },
      data: { topics: { push: "NATIONALITY_DOCUMENTS" } },
    });
    const nationality = await askQuestion(
      leuvenWorker,
      { topic: "NATIONALITY_DOCUMENTS", title: "Paspoort vervangen", body: text },
      new Date("2026-05-13T10:00:00Z"),
    );
    // Wednesday 13 May 2026: Ascension (14 May) is skipped; five working days end on Thursday 21 May.
    expect(
      (
        await db().question.findUniqueOrThrow({ where: { id: nationality.id } })
      ).firstAnswerDueAt.toISOString(),
    ).toBe("2026-05-21T22:00:00.000Z");
    const queue = (await listQuestions(legalAdviser)).questions;
    const dues = queue.filter((q) => !q.firstAnsweredAt).map((q) => q.firstAnswerDueAt.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(queue[0]?.id).toBe(nationality.id);
  });

  it("refuses a question that shows personal data, naming what was found", async () => {
    const cases: [string, string][] = [
      [
        "Mevrouw met rijksregisternummer 85.07.30-033.28 vraagt gezinshereniging aan.",
        "nationalRegisterNumber",
      ],
      ["Een man geboren op 12/03/1985 wil zijn gezin laten overkomen naar België.", "dateOfBirth"],
      ["Mail haar gerust op olena.k@example.com voor meer uitleg over de situatie.", "email"],
      ["Bel de vrouw op 0470 12 34 56 als je meer wil weten over de situatie.", "phone"],
    ];
    for (const [body, kind] of cases) {
      await expect(
        askQuestion(leuvenWorker, { topic: "FAMILY_REUNIFICATION", title: "Gezinshereniging", body }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { body: [kind] } });
    }
    expect(await db().question.count({ where: { title: "Gezinshereniging" } })).toBe(0);
  });

  it("publishes an answer for all only after a second adviser approves it, and refuses municipality names", async () => {
    const answer = {
      topic: "FAMILY_REUNIFICATION",
      title: "Gezinshereniging met een meerderjarig kind",
      question: "Kan een persoon met tijdelijke bescherming een meerderjarig kind laten overkomen?",
      answer:
        "Tijdelijke bescherming geldt ook voor gezinsleden die in Oekraïne woonden; een meerderjarig kind vraagt ze zelf aan.",
    };
    await expect(
      proposeAnswer(legalAdviser, { ...answer, answer: `${answer.answer} Het OCMW van Leuven deed dat al.` }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "namesMunicipality" });
    await expect(proposeAnswer(leuvenWorker, answer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await proposeAnswer(legalAdviser, answer);
    expect(await searchAnswers(gentOfficer, { text: "meerderjarig kind" })).toEqual([]);
    await expect(approveAnswer(legalAdviser, { answerId: id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(approveAnswer(admin, { answerId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveAnswer(secondLegalAdviser, { answerId: id });
    const found = await searchAnswers(gentOfficer, {
      text: "meerderjarige kinderen",
      topic: "FAMILY_REUNIFICATION",
    });
    expect(found.map((a) => a.id)).toEqual([id]);
    expect(await searchAnswers(gentOfficer, { text: "meerderjarige kinderen", topic: "HOUSING" })).toEqual(
      [],
    );
    // Both search methods were tried: trigram forgives a typo that full-text search misses.
    expect((await matchAnswers("gezinsherniging", "", { method: "trigram" })).map((a) => a.id)).toContain(id);
  });

  it("asks the author of an answer unreviewed for 12 months for a review by mail, once per review period", async () => {
    const published = await proposeAnswer(
      legalAdviser,
      {
        topic: "RESIDENCE_STATUS",
        title: "Verlenging van tijdelijke bescherming",
        question: "Wordt tijdelijke bescherming automatisch verlengd voor wie al een attest heeft?",
        answer: "Ja, de verlenging gebeurt automatisch; de gemeente past de geldigheid van de kaart aan.",
      },
      new Date("2025-10-01T09:00:00Z"),
    );
    await approveAnswer(secondLegalAdviser, { answerId: published.id }, new Date("2025-10-02T09:00:00Z"));
    const author = await db().user.findUniqueOrThrow({ where: { id: legalAdviser.userId } });
    const reviewMails = () =>
      db().outboxMessage.findMany({
        where: {
          template: "answer-review",
          idempotencyKey: { startsWith: `answer-review:${published.id}:` },
        },
      });

    await requestAnswerReviews(new Date("2026-09-30T09:00:00Z"));
    expect(await reviewMails()).toEqual([]);
    await requestAnswerReviews(new Date("2026-10-03T09:00:00Z"));
    await requestAnswerReviews(new Date("2026-10-04T09:00:00Z"));
    const mails = await reviewMails();
    expect(mails.map((m) => m.toAddress)).toEqual([author.email]);
    const rendered = await renderOutboxMessage(mails[0]!);
    expect(rendered).toMatchObject({ subject: "Een antwoord voor iedereen wacht op je nazicht" });
    expect(JSON.stringify(rendered)).toContain("/nl/staff/answers");

    // A review starts a new period: twelve months later the author is asked again.
    await markAnswerReviewed(legalAdviser, { answerId: published.id }, new Date("2026-10-05T09:00:00Z"));
    await requestAnswerReviews(new Date("2027-06-01T09:00:00Z"));
    expect(await reviewMails()).toHaveLength(1);
    await requestAnswerReviews(new Date("2027-10-06T09:00:00Z"));
    expect(await reviewMails()).toHaveLength(2);
  });

  it("administrators set an adviser's topics and regions and a topic's target: the queue and new deadlines follow, audited", async () => {
    const agii = await anOrganisation({ type: "AGII" });
    const coordinator = await anAdviser(agii, { topics: [], regions: [] });
    const { id } = await askQuestion(
      leuvenWorker,
      { topic: "WORK", title: "Werk zoeken met een attest", body: text },
      new Date("2026-11-30T09:00:00Z"),
    );
    expect(await queueIds(coordinator)).not.toContain(id);

    await saveAdviserProfile(admin, {
      userId: coordinator.userId,
      topics: ["WORK", "WORK"],
      regions: ["VLAAMS_BRABANT"],
    });
    expect(await queueIds(coordinator)).toContain(id);
    expect(
      (await listAdviserProfiles(admin)).advisers.find((a) => a.id === coordinator.userId),
    ).toMatchObject({ topics: ["WORK"], regions: ["VLAAMS_BRABANT"] });
    expect(
      await db().auditEvent.count({
        where: {
          actorUserId: admin.userId,
          entityType: "AdviserProfile",
          entityId: coordinator.userId,
          action: "UPDATE",
        },
      }),
    ).toBe(1);
    // Only advisers have a profile; bad input is refused with a typed error, not saved.
    await expect(
      saveAdviserProfile(admin, { userId: leuvenWorker.userId, topics: ["WORK"], regions: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveAdviserProfile(admin, { userId: coordinator.userId, topics: ["GARDENING"], regions: [] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      saveAdviserProfile(housingBrabant, { userId: coordinator.userId, topics: [], regions: [] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    // Monday 30 November 2026 + 3 working days ends on Thursday 3 December (Brussels time).
    await saveTopicTarget(admin, { topic: "WORK", workingDays: "3" });
    expect((await listAdviserProfiles(admin)).targets.find((target) => target.topic === "WORK")).toEqual({
      topic: "WORK",
      workingDays: 3,
    });
    const later = await askQuestion(
      leuvenWorker,
      { topic: "WORK", title: "Werk zoeken met een attest", body: text },
      new Date("2026-11-30T09:00:00Z"),
    );
    expect(
      (await db().question.findUniqueOrThrow({ where: { id: later.id } })).firstAnswerDueAt.toISOString(),
    ).toBe("2026-12-03T23:00:00.000Z");
    await expect(saveTopicTarget(admin, { topic: "WORK", workingDays: "0" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("erases questions 24 months after closing; answers published from them stay", async () => {
    const closedAt = new Date("2024-01-10T10:00:00Z");
    const { id } = await askQuestion(
      leuvenWorker,
      { topic: "FAMILY_REUNIFICATION", title: "Oude vraag", body: text },
      closedAt,
    );
    await stepQuestion(leuvenWorker, { move: "close", questionId: id, version: 1 }, closedAt);
    const recent = await askQuestion(
      leuvenWorker,
      { topic: "FAMILY_REUNIFICATION", title: "Recente vraag", body: text },
      new Date("2024-06-10T10:00:00Z"),
    );
    await stepQuestion(
      leuvenWorker,
      { move: "close", questionId: recent.id, version: 1 },
      new Date("2024-06-10T10:00:00Z"),
    );
    const published = await proposeAnswer(legalAdviser, {
      questionId: id,
      topic: "FAMILY_REUNIFICATION",
      title: "Een antwoord dat blijft",
      question: "Een vraag die na 24 maanden verdwijnt, maar het antwoord blijft.",
      answer: "Het antwoord voor iedereen blijft staan na het wissen van de vraag.",
    });
    await approveAnswer(secondLegalAdviser, { answerId: published.id });

    expect(await eraseClosedQuestions(new Date("2026-01-09T10:00:00Z"))).toBe(0);
    expect(await eraseClosedQuestions(new Date("2026-01-11T10:00:00Z"))).toBe(1);
    expect(await db().question.findUnique({ where: { id } })).toBeNull();
    expect(await db().questionMessage.count({ where: { questionId: id } })).toBe(0);
    expect(await db().question.findUnique({ where: { id: recent.id } })).not.toBeNull();
    expect(await db().publishedAnswer.findUniqueOrThrow({ where: { id: published.id } })).toMatchObject({
      status: "PUBLISHED",
      sourceQuestionId: null,
    });
  });

  it("figures: a municipality officer sees their own municipality with small counts hidden; administrators see all, exactly", async () => {
    const own = await questionFigures(gentOfficer);
    expect(own.municipalityOnly).toBe(true);
    expect(own.perTopic).toEqual([{ key: "HOUSING", count: "< 5" }]);
    expect(own.medianHours).toBeNull();
    const all = await questionFigures(admin);
    const housing = all.perTopic.find((row) => row.key === "HOUSING");
    expect(housing?.count).toBe(await db().question.count({ where: { topic: "HOUSING" } }));
    expect(all.perRegion.map((row) => row.key)).toEqual(
      expect.arrayContaining(["OOST_VLAANDEREN", "VLAAMS_BRABANT"]),
    );
    expect(all.medianHours).not.toBeNull();
    expect(all.withinTarget).not.toBeNull();
  });
});
