import { getFormatter } from "next-intl/server";
import type { OpeningSlot } from "@/domain/facts/helpdesk";
import { formatMinutes } from "@/domain/helpdesk/opening-hours";

/** The opening hours, one line per weekday that has any, rendered at build time (no clock needed). */
export async function HelpdeskHours({ slots }: { slots: readonly OpeningSlot[] }) {
  const format = await getFormatter();
  const weekdays = [...new Set(slots.map((slot) => slot.weekday))].sort();
  // 1 January 2024 was a Monday: weekday n is n - 1 days later.
  const dayName = (weekday: number) =>
    format.dateTime(new Date(Date.UTC(2024, 0, weekday, 12)), { weekday: "long" });
  return (
    <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
      {weekdays.map((weekday) => (
        <div key={weekday} className="contents">
          <dt className="font-semibold first-letter:uppercase">{dayName(weekday)}</dt>
          <dd>
            {slots
              .filter((slot) => slot.weekday === weekday)
              .sort((a, b) => a.opensAt - b.opensAt)
              .map((slot) => `${formatMinutes(slot.opensAt)}–${formatMinutes(slot.closesAt)}`)
              .join(", ")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
