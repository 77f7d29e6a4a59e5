import { z } from "zod";

/**
 * Which figures a page or export asks for: a span of whole months (Brussels time) and, for an
 * administrator, where. A municipality officer's place is never read from here: it comes from
 * their account.
 */
export const maxMonths = 36;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "invalid");

export const figuresQueryInput = z
  .object({
    from: month.optional(),
    to: month.optional(),
    place: z
      .string()
      .regex(/^(all|FLANDERS|BRUSSELS|\d{5})$/, "invalid")
      .optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: "invalid",
    path: ["from"],
  });

export type FiguresPlace =
  | { kind: "all" }
  | { kind: "region"; region: "FLANDERS" | "BRUSSELS" }
  | { kind: "municipality"; nisCode: string };
export type MonthSpan = { from: string; to: string };

export function placeFrom(value: string | undefined): FiguresPlace {
  if (!value || value === "all") return { kind: "all" };
  if (value === "FLANDERS" || value === "BRUSSELS") return { kind: "region", region: value };
  return { kind: "municipality", nisCode: value };
}

const addMonths = (value: string, delta: number) => {
  const [year, monthIndex] = value.split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(year, monthIndex - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
};

/** The months asked for, defaulting to the twelve up to `currentMonth`, never longer than `maxMonths`. */
export function monthSpan(query: { from?: string; to?: string }, currentMonth: string): MonthSpan {
  const to = query.to && query.to <= currentMonth ? query.to : currentMonth;
  let from = query.from && query.from <= to ? query.from : addMonths(to, -11);
  if (from < addMonths(to, -(maxMonths - 1))) from = addMonths(to, -(maxMonths - 1));
  return { from, to };
}

export function monthsOf(span: MonthSpan): string[] {
  const months: string[] = [];
  for (let current = span.from; current <= span.to; current = addMonths(current, 1)) months.push(current);
  return months;
}
