import { z } from "zod";
import { locales } from "../locale";
import { infosessionSeries, regions } from "./topics";

/**
 * The catalogue's filters, from the page's GET form or the API's query string. An empty or unknown
 * value means "any", so a hand-edited URL still shows a catalogue instead of an error.
 */
const anyOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (value) =>
      typeof value === "string" && (values as readonly string[]).includes(value.trim())
        ? value.trim()
        : undefined,
    z.enum(values).optional(),
  );

export const catalogueFilter = z.object({
  series: anyOf(infosessionSeries),
  language: anyOf(locales),
  region: anyOf(regions),
  from: z.preprocess(
    (value) =>
      typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : undefined,
    z.string().optional(),
  ),
});

export type CatalogueFilter = z.infer<typeof catalogueFilter>;

/** Reads a URLSearchParams-like record (a value may be repeated: the first one counts). */
export function parseCatalogueFilter(params: Record<string, string | string[] | undefined>): CatalogueFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return catalogueFilter.parse({
    series: first(params.series),
    language: first(params.language),
    region: first(params.region),
    from: first(params.from),
  });
}
