import "server-only";
import { z } from "zod";
import { registrationInput } from "@/domain/infosessions/registration-input";
import {
  apiError,
  cancellation,
  catalogueQuery,
  registration,
  registrationResult,
  sessionList,
  sessionSummary,
} from "./api-schemas";

/**
 * The public API, version 1, as OpenAPI 3.1, served at /api/v1/openapi.json. The schemas are generated
 * from the zod schemas the routes parse with and answer in (zod's JSON Schema output is the 2020-12
 * dialect OpenAPI 3.1 uses), so the document cannot drift from the code; only the prose is written here.
 */
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const jsonBody = (id: string) => ({ "application/json": { schema: ref(id) } });
const error = (description: string) => ({ description, content: jsonBody("Error") });

// Each generated entry is a JSON Schema document of its own; inside an OpenAPI document it is a plain schema.
const withoutDialect = (schema: z.core.JSONSchema.BaseSchema) =>
  Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));

function componentSchemas(io: "input" | "output", schemas: Record<string, z.ZodType>) {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` }).schemas;
  return Object.fromEntries(Object.entries(generated).map(([id, schema]) => [id, withoutDialect(schema)]));
}

const queryParameters = Object.entries(z.toJSONSchema(catalogueQuery, { io: "input" }).properties ?? {}).map(
  ([name, schema]) => {
    const { description, ...rest } = withoutDialect(schema as z.core.JSONSchema.BaseSchema);
    return { name, in: "query", schema: rest, ...(description ? { description } : {}) };
  },
);

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Welkom infosessions API",
    version: "1.0.0",
    description:
      "Upcoming 'Welkom in Vlaanderen' infosessions and registration. Times are UTC (ISO 8601); show them in Europe/Brussels. Error messages follow the body's `locale`, else `?locale=`, else Accept-Language (nl, uk, en, ru), else English. Registration is rate-limited per client address and per contact (429 with Retry-After).",
  },
  servers: [{ url: "/api/v1" }],
  // Every operation is public: no sign-in, no key. The manage token travels in the path.
  security: [],
  paths: {
    "/infosessions": {
      get: {
        operationId: "listInfosessions",
        summary: "Upcoming sessions",
        security: [],
        parameters: queryParameters,
        responses: {
          200: { description: "Sessions in start order", content: jsonBody("SessionList") },
          500: error("Unexpected failure"),
        },
      },
    },
    "/registrations": {
      post: {
        operationId: "register",
        summary: "Register one person or a group (one seat per attendee)",
        security: [],
        requestBody: {
          required: true,
          description: "At most 16 KiB of JSON.",
          content: jsonBody("RegistrationRequest"),
        },
        responses: {
          201: {
            description: "Registered (confirmed or on the waiting list)",
            content: jsonBody("RegistrationResult"),
          },
          200: {
            description: "Replay of an earlier request with the same idempotencyKey (without manageUrl)",
            content: jsonBody("RegistrationResult"),
          },
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
        operationId: "cancelRegistration",
        summary: "Cancel through the private manage token (from manageUrl)",
        security: [],
        parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          200: { description: "Cancelled (also when it already was)", content: jsonBody("Cancellation") },
          404: error("Unknown token"),
          410: error("The session has already taken place"),
        },
      },
    },
  },
  components: {
    schemas: {
      ...componentSchemas("input", { RegistrationRequest: registrationInput }),
      ...componentSchemas("output", {
        Session: sessionSummary,
        SessionList: sessionList,
        Registration: registration,
        RegistrationResult: registrationResult,
        Cancellation: cancellation,
        Error: apiError,
      }),
    },
  },
};
