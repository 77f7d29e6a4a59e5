import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { z } from "zod";
import { GET as listSessions } from "@/app/api/v1/infosessions/route";
import { POST as register } from "@/app/api/v1/registrations/route";
import { POST as cancel } from "@/app/api/v1/registrations/[token]/cancel/route";
import { registrationInput } from "@/domain/infosessions/registration-input";
import { db } from "@/server/db";
import { apiError, cancellation, registrationResult, sessionList } from "@/server/http/api-schemas";
import { registerForInfosession } from "@/server/infosessions/register";
import { anInfosession, aRegistrationInput } from "../support/factories";

let ipCounter = 0;
const post = (body: unknown, options: { raw?: string; contentType?: string; ip?: string } = {}) =>
  register(
    new Request("http://localhost/api/v1/registrations", {
      method: "POST",
      headers: {
        "content-type": options.contentType ?? "application/json",
        "x-forwarded-for": options.ip ?? `192.0.2.${ipCounter++ % 250}`,
      },
      body: options.raw ?? JSON.stringify(body),
    }),
  );

describe("POST /api/v1/registrations", () => {
  it("registers a family: 201 with status, seats and a manage URL; the list shows fewer places", async () => {
    const session = await anInfosession({ capacity: 10, language: "ru" });
    const response = await post(aRegistrationInput(session.id, { people: 3, locale: "ru" }));
    expect(response.status).toBe(201);
    const { registration } = (await response.json()) as {
      registration: { status: string; seats: number; manageUrl: string };
    };
    expect(registration).toMatchObject({ status: "confirmed", seats: 3 });
    expect(registration.manageUrl).toMatch(/\/ru\/infosessions\/manage\/[A-Za-z0-9_-]{43}$/);
    const stored = await db().registration.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(stored.manageTokenHash).not.toContain(registration.manageUrl.split("/").pop());

    const list = await listSessions(
      new Request("http://localhost/api/v1/infosessions?language=ru&series=SERIES_1"),
    );
    const { sessions } = (await list.json()) as {
      sessions: { id: string; seatsLeft: number; capacity: number }[];
    };
    expect(sessions.find((entry) => entry.id === session.id)).toMatchObject({ capacity: 10, seatsLeft: 7 });
    expect(JSON.stringify(sessions)).not.toContain("meet.example.test");
  });

  it("422 with per-field messages in the requested language", async () => {
    const session = await anInfosession();
    const body = {
      ...aRegistrationInput(session.id, { locale: "uk" }),
      contact: { name: "", email: "not-an-address" },
      attendees: [{ firstName: "Ira", birthYear: 3000 }],
      consent: false,
    };
    const response = await post(body);
    expect(response.status).toBe(422);
    const { fields } = (await response.json()) as { fields: Record<string, string[]> };
    expect(fields["contact.name"]).toEqual(["Заповніть це поле."]);
    expect(fields["contact.email"]?.[0]).toMatch(/[а-яіїєґ]/i);
    expect(Object.keys(fields).sort()).toEqual([
      "attendees.0.birthYear",
      "consent",
      "contact.email",
      "contact.name",
    ]);
  });

  it("409 when the same contact registers twice; a replayed idempotency key answers 200 with the same registration", async () => {
    const session = await anInfosession();
    const input = aRegistrationInput(session.id, { idempotencyKey: "api-key-0001-abcdef" });
    const first = await post(input);
    const replay = await post(input);
    expect([first.status, replay.status]).toEqual([201, 200]);
    const [original, replayed] = [
      (await first.json()) as { registration: { id: string; manageUrl?: string } },
      (await replay.json()) as { registration: { id: string; manageUrl?: string } },
    ];
    expect(replayed.registration.id).toBe(original.registration.id);
    // Whoever replays a key (perhaps guessed, with the victim's address) does not get the manage link.
    expect(original.registration.manageUrl).toContain("/infosessions/manage/");
    expect(replayed.registration).not.toHaveProperty("manageUrl");
    const again = await post({ ...input, idempotencyKey: undefined });
    expect(again.status).toBe(409);
  });

  it("refuses short idempotency keys, and counts replays against the limits, so keys cannot be tried freely", async () => {
    const session = await anInfosession();
    expect((await post(aRegistrationInput(session.id, { idempotencyKey: "abcdefgh" }))).status).toBe(422);
    const input = aRegistrationInput(session.id, { idempotencyKey: "replay-counted-0001" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) statuses.push((await post(input)).status);
    expect(statuses[0]).toBe(201);
    expect(statuses.slice(1, 10).every((status) => status === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("counts registrations from one IPv6 /64 as one client", async () => {
    const session = await anInfosession();
    for (const ip of ["2001:db8:77:1::1", "2001:db8:77:1:ffff::2"]) {
      await registerForInfosession(aRegistrationInput(session.id), { ip });
    }
    const key = `registration:ip:${createHash("sha256").update("2001:db8:77:1::/64").digest("hex").slice(0, 32)}`;
    // Spread over shard rows `<key>#0` … `<key>#7` (src/server/rate-limit.ts): their sum is the count.
    const shards = await db().rateLimitCounter.findMany({ where: { key: { startsWith: `${key}#` } } });
    expect(shards.reduce((sum, shard) => sum + shard.count, 0)).toBe(2);
  });

  it("429 once a contact passes its daily limit (counted in PostgreSQL)", async () => {
    const input = aRegistrationInput((await anInfosession()).id);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const session = await anInfosession();
      statuses.push((await post({ ...input, sessionId: session.id })).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(await db().rateLimitCounter.count()).toBeGreaterThan(0);
  });

  it("cancel through the token: 200, again 200, unknown token 404", async () => {
    const session = await anInfosession({ capacity: 1 });
    const created = (await (await post(aRegistrationInput(session.id))).json()) as {
      registration: { manageUrl: string };
    };
    const token = created.registration.manageUrl.split("/").pop()!;
    const call = (value: string) =>
      cancel(new Request(`http://localhost/api/v1/registrations/${value}/cancel`, { method: "POST" }), {
        params: Promise.resolve({ token: value }),
      });
    expect((await call(token)).status).toBe(200);
    expect((await call(token)).status).toBe(200);
    expect((await call("x".repeat(43))).status).toBe(404);
    expect((await call("../../etc")).status).toBe(404);
    expect((await db().infosession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(0);
  });
});

describe("bad input never gets a 5xx", () => {
  it("a few hundred generated bad bodies all get a 4xx", async () => {
    const session = await anInfosession({ capacity: 1000 });
    const past = await anInfosession({ startsAt: new Date(Date.now() - 3_600_000) });
    const valid = aRegistrationInput(session.id) as unknown as Record<string, unknown>;
    const weird: unknown[] = [
      { name: "x" },
      [{ firstName: 1 }],
      "1990",
      null,
      true,
      false,
      0,
      -1,
      1e308,
      "",
      "x",
      "\u0000",
      "💥".repeat(50),
      [],
      {},
      [1, 2],
      { a: 1 },
      "a".repeat(5000),
      Number.MAX_SAFE_INTEGER,
      1.5,
      "2020-01-01",
      "00000000-0000-0000-0000-000000000000",
    ];
    const bodies: { body?: unknown; raw?: string; contentType?: string }[] = [];
    // Every field replaced by every odd value, and removed.
    // A generated body that happens to be valid (consent replaced by true) is not a bad body.
    const isBad = (body: unknown) => !registrationInput.safeParse(body).success;
    for (const key of Object.keys(valid)) {
      for (const value of weird)
        if (isBad({ ...valid, [key]: value })) bodies.push({ body: { ...valid, [key]: value } });
      // registrantType has a default, so leaving it out is valid.
      if (key === "registrantType") continue;
      const without = { ...valid };
      delete without[key];
      bodies.push({ body: without });
    }
    for (const value of weird) {
      bodies.push({ body: value });
      bodies.push({ body: { ...valid, contact: { name: value, email: value, phone: value } } });
      bodies.push({ body: { ...valid, attendees: [{ firstName: value, birthYear: value }] } });
    }
    bodies.push({
      body: { ...valid, attendees: Array.from({ length: 13 }, () => ({ firstName: "A", birthYear: 1990 })) },
    });
    bodies.push({ body: { ...valid, contact: { name: "Name\u0000with nul", email: "nul@example.test" } } });
    bodies.push({ body: { ...valid, sessionId: past.id } });
    bodies.push({ body: { ...valid, followUpSessionId: past.id } });
    bodies.push({ body: { ...valid, municipalityNis: "99999" } });
    bodies.push(
      { raw: "{" },
      { raw: "" },
      { raw: "null" },
      { raw: '{"sessionId":' },
      { raw: "\uFFFF\uFFFE" },
      { raw: "[".repeat(5000) },
    );
    bodies.push({
      raw: JSON.stringify({ ...valid, contact: { name: "x".repeat(20_000), email: "big@example.test" } }),
    });
    bodies.push(
      { body: valid, contentType: "text/plain" },
      { body: valid, contentType: "application/x-www-form-urlencoded" },
    );
    // Random mixtures: valid fields swapped for odd values in two to four places at once.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const keys = Object.keys(valid);
    for (let round = 0; round < 80; round++) {
      const mixed: Record<string, unknown> = { ...valid };
      for (let change = 0; change < 2 + Math.floor(next() * 3); change++)
        mixed[keys[Math.floor(next() * keys.length)]!] = weird[Math.floor(next() * weird.length)];
      if (isBad(mixed)) bodies.push({ body: mixed });
    }
    expect(bodies.length).toBeGreaterThan(250);

    const failures: string[] = [];
    for (const { body, raw, contentType } of bodies) {
      const response = await post(body, { raw, contentType });
      const text = await response.text();
      if (response.status < 400 || response.status >= 500)
        failures.push(`${response.status} for ${raw ?? JSON.stringify(body)?.slice(0, 120)}`);
      else expect(JSON.parse(text)).toHaveProperty("message");
    }
    expect(failures.join("\n")).toBe("");
  });
});

describe("the answers match the API schemas the OpenAPI document is generated from", () => {
  // zod drops keys a schema does not name, so parsing and comparing also catches an undocumented field.
  const matches = async (response: Response, schema: z.ZodType) => {
    const body = (await response.json()) as unknown;
    expect(schema.parse(body)).toEqual(body);
  };

  it("list, registration, replay, invalid input, conflict, cancellation and unknown token", async () => {
    const first = await anInfosession({ series: "SERIES_1", language: "en" });
    const second = await anInfosession({ series: "SERIES_2", language: "en", capacity: 0 });
    await matches(
      await listSessions(new Request("http://localhost/api/v1/infosessions?language=en")),
      sessionList,
    );
    const input = aRegistrationInput(first.id, {
      followUpSessionId: second.id,
      idempotencyKey: "schema-check-0001-abc",
    });
    const created = await post(input);
    expect(created.status).toBe(201);
    const { registration, followUpRegistration } = registrationResult.parse(await created.clone().json());
    expect(followUpRegistration?.status).toBe("waitlisted");
    await matches(created, registrationResult);
    await matches(await post(input), registrationResult);
    await matches(await post({ ...input, contact: { name: "" } }), apiError);
    await matches(await post({ ...input, idempotencyKey: undefined }), apiError);
    const token = registration.manageUrl!.split("/").pop()!;
    const call = (value: string) =>
      cancel(new Request(`http://localhost/api/v1/registrations/${value}/cancel`, { method: "POST" }), {
        params: Promise.resolve({ token: value }),
      });
    await matches(await call(token), cancellation);
    await matches(await call("x".repeat(43)), apiError);
  });
});
