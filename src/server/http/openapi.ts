import "server-only";
import { maxAttendees, registrantTypes } from "@/domain/infosessions/registration-input";
import { infosessionSeries, regions } from "@/domain/infosessions/topics";
import { locales } from "@/domain/locale";

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const registration = {
  type: "object",
  required: ["id", "sessionId", "status", "seats", "manageUrl"],
  properties: {
    id: { type: "string", format: "uuid" },
    sessionId: { type: "string", format: "uuid" },
    status: { type: "string", enum: ["confirmed", "waitlisted", "cancelled"] },
    seats: { type: "integer", minimum: 1 },
    waitlistPosition: {
      type: "integer",
      minimum: 1,
      description: "Only when waitlisted: 1 is next in line.",
    },
    manageUrl: {
      type: "string",
      format: "uri",
      description:
        "Private link to view, cancel or move the registration. Its token is shown only here and in the registrant's e-mail.",
    },
  },
};

/** The public API, version 1, as OpenAPI 3.1, served at /api/v1/openapi.json. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Welkom infosessions API",
    version: "1.0.0",
    description:
      "Upcoming 'Welkom in Vlaanderen' infosessions and registration. Times are UTC (ISO 8601); show them in Europe/Brussels. Error messages follow the body's `locale`, else `?locale=`, else Accept-Language (nl, uk, en, ru), else English. Registration is rate-limited per client address and per contact (429 with Retry-After).",
  },
  servers: [{ url: "/api/v1" }],
  paths: {
    "/infosessions": {
      get: {
        summary: "Upcoming sessions",
        parameters: [
          { name: "language", in: "query", schema: { type: "string", enum: locales } },
          { name: "region", in: "query", schema: { type: "string", enum: regions } },
          { name: "series", in: "query", schema: { type: "string", enum: infosessionSeries } },
          {
            name: "from",
            in: "query",
            schema: { type: "string", format: "date" },
            description:
              "Sessions starting on or after this day (Brussels time). Unknown values are ignored.",
          },
        ],
        responses: {
          200: {
            description: "Sessions in start order",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    sessions: {
                      type: "array",
                      items: {
                        type: "object",
                        properties: {
                          id: { type: "string", format: "uuid" },
                          series: { type: "string", enum: infosessionSeries },
                          language: { type: "string", enum: locales },
                          region: { type: "string", enum: regions },
                          startsAt: { type: "string", format: "date-time" },
                          endsAt: { type: "string", format: "date-time" },
                          capacity: { type: "integer" },
                          seatsLeft: { type: "integer" },
                          waitlistLength: {
                            type: "integer",
                            description: "Registrations waiting (not seats).",
                          },
                          status: {
                            type: "string",
                            enum: ["available", "few", "full"],
                            description: "full: a new registration joins the waiting list.",
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    "/registrations": {
      post: {
        summary: "Register one person or a group (one seat per attendee)",
        requestBody: {
          required: true,
          description: "At most 16 KiB of JSON.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["sessionId", "contact", "locale", "attendees", "consent"],
                properties: {
                  sessionId: { type: "string", format: "uuid" },
                  followUpSessionId: {
                    type: "string",
                    format: "uuid",
                    description:
                      "A series-2 session in the same language, booked together with a series-1 session: both confirmed or both waitlisted.",
                  },
                  registrantType: { type: "string", enum: registrantTypes, default: "SELF" },
                  contact: {
                    type: "object",
                    required: ["name"],
                    description: "At least one of email and phone.",
                    properties: {
                      name: { type: "string", maxLength: 100 },
                      email: { type: "string", format: "email" },
                      phone: { type: "string", maxLength: 30 },
                    },
                  },
                  locale: {
                    type: "string",
                    enum: locales,
                    description: "Language of the e-mails and of error messages.",
                  },
                  municipalityNis: { type: "string", pattern: "^\\d{5}$" },
                  attendees: {
                    type: "array",
                    minItems: 1,
                    maxItems: maxAttendees,
                    items: {
                      type: "object",
                      required: ["firstName", "birthYear"],
                      properties: {
                        firstName: { type: "string", maxLength: 60 },
                        birthYear: { type: "integer", minimum: 1900 },
                      },
                    },
                  },
                  consent: { type: "boolean", const: true },
                  idempotencyKey: {
                    type: "string",
                    pattern: "^[A-Za-z0-9_-]{16,100}$",
                    description:
                      "Repeating a request with the same key returns the first result (200, without manageUrl) instead of registering twice. Use an unpredictable key.",
                  },
                },
              },
            },
          },
        },
        responses: {
          201: {
            description: "Registered (confirmed or on the waiting list)",
            content: {
              "application/json": {
                schema: { type: "object", properties: { registration, followUpRegistration: registration } },
              },
            },
          },
          200: { description: "Replay of an earlier request with the same idempotencyKey" },
          400: error("The body is not JSON"),
          409: error(
            "This contact already holds an active registration for the session, or the idempotencyKey was used for another registration",
          ),
          413: error("The body is larger than 16 KiB"),
          415: error("The body is not application/json"),
          422: error(
            "Invalid input: `fields` maps each field path (e.g. `attendees.0.birthYear`) to messages; unknown, cancelled or past sessions are reported on `sessionId`",
          ),
          429: error("Too many registrations from this address or for this contact"),
        },
      },
    },
    "/registrations/{token}/cancel": {
      post: {
        summary: "Cancel through the private manage token (from manageUrl)",
        parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          200: { description: "Cancelled (also when it already was)" },
          404: error("Unknown token"),
          410: error("The session has already taken place"),
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: "object",
        required: ["error", "message"],
        properties: {
          error: { type: "string" },
          message: { type: "string" },
          fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
        },
      },
    },
  },
} as const;
