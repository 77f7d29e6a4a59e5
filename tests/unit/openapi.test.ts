import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { catalogueFilter } from "@/domain/infosessions/catalogue-filter";
import { registrationInput } from "@/domain/infosessions/registration-input";
import {
  apiError,
  cancellation,
  catalogueQuery,
  registrationResult,
  sessionList,
} from "@/server/http/api-schemas";
import { openApiDocument } from "@/server/http/openapi";

/**
 * The API description and the code agree: every schema in the document is what zod makes of the
 * schema the route parses with or answers in, every route is described, and every operation says
 * that it needs no credentials.
 */
type Json = Record<string, unknown>;
const document = openApiDocument as unknown as Json;
const components = (document.components as { schemas: Record<string, Json> }).schemas;

/** Replaces each `$ref` to a component by the component itself, so a document compares by meaning. */
function resolved(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolved);
  if (typeof value !== "object" || value === null) return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === "string") return resolved(components[ref.replace("#/components/schemas/", "")]);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolved(inner)]));
}

const jsonSchemaOf = (schema: z.ZodType, io: "input" | "output") =>
  Object.fromEntries(
    Object.entries(z.toJSONSchema(schema, { io, reused: "inline" })).filter(([key]) => key !== "$schema"),
  );

type Operation = {
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
const paths = document.paths as Record<string, Record<string, Operation>>;
const operation = (route: string, method: string) => paths[route]![method]!;
const schemaOf = (route: string, method: string, status: string) =>
  resolved(operation(route, method).responses[status]?.content?.["application/json"]?.schema);

describe("the OpenAPI document", () => {
  it("describes the registration body exactly as registrationInput parses it", () => {
    const body = operation("/registrations", "post").requestBody?.content["application/json"]?.schema;
    expect(resolved(body)).toEqual(jsonSchemaOf(registrationInput, "input"));
  });

  it("describes each answer exactly as the API schemas define it", () => {
    expect(schemaOf("/infosessions", "get", "200")).toEqual(jsonSchemaOf(sessionList, "output"));
    expect(schemaOf("/registrations", "post", "201")).toEqual(jsonSchemaOf(registrationResult, "output"));
    expect(schemaOf("/registrations", "post", "200")).toEqual(jsonSchemaOf(registrationResult, "output"));
    expect(schemaOf("/registrations/{token}/cancel", "post", "200")).toEqual(
      jsonSchemaOf(cancellation, "output"),
    );
    for (const [route, methods] of Object.entries(paths))
      for (const [method, { responses }] of Object.entries(methods))
        for (const [status, response] of Object.entries(responses))
          if (Number(status) >= 400)
            expect(
              resolved(response.content?.["application/json"]?.schema),
              `${method} ${route} ${status}`,
            ).toEqual(jsonSchemaOf(apiError, "output"));
  });

  it("names every filter the catalogue reads, and no other", () => {
    const query = (operation("/infosessions", "get").parameters ?? []).filter((p) => p.in === "query");
    const names = query.map((parameter) => parameter.name).sort();
    expect(names).toEqual(Object.keys(catalogueQuery.shape).sort());
    expect(names).toEqual(Object.keys(catalogueFilter.shape).sort());
  });

  it("describes every route under /api/v1 with the methods it exports", () => {
    const root = path.resolve(import.meta.dirname, "../../src/app/api/v1");
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("route.ts") && !file.startsWith("openapi.json"))
      .map((file) => {
        const source = readFileSync(path.join(root, file), "utf8");
        const methods = [...source.matchAll(/export async function (GET|POST|PUT|PATCH|DELETE)\b/g)];
        const route = `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
        return [route, methods.map((match) => match[1]!.toLowerCase()).sort()] as const;
      });
    expect(Object.fromEntries(routes)).toEqual(
      Object.fromEntries(
        Object.entries(paths).map(([route, methods]) => [route, Object.keys(methods).sort()]),
      ),
    );
  });

  it("declares every operation public (security: [])", () => {
    for (const methods of Object.values(paths))
      for (const { security } of Object.values(methods)) expect(security).toEqual([]);
  });
});
