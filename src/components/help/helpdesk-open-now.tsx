"use client";

import { useSyncExternalStore } from "react";
import type { OpeningSlot } from "@/domain/facts/helpdesk";
import { formatMinutes, isHelpdeskOpen, nextOpening } from "@/domain/helpdesk/opening-hours";

/** Ready-made texts from the server; `{day}` and `{time}` are filled in here. */
type Texts = { open: string; closedOpensToday: string; closedOpensOn: string; closed: string };
type Props = { slots: readonly OpeningSlot[]; locale: string; texts: Texts };

const everyHalfMinute = (onChange: () => void) => {
  const timer = window.setInterval(onChange, 30_000);
  return () => window.clearInterval(timer);
};

/** A string snapshot (stable between renders) of what to say at `now`. */
function statusAt(slots: readonly OpeningSlot[], locale: string, texts: Texts, now: Date): string {
  if (isHelpdeskOpen(slots, now)) return `open|${texts.open}`;
  const next = nextOpening(slots, now);
  if (!next) return `closed|${texts.closed}`;
  const time = formatMinutes(next.opensAt);
  if (next.daysAhead === 0) return `closed|${texts.closedOpensToday.replace("{time}", time)}`;
  // 1 January 2024 was a Monday.
  const day = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, next.weekday, 12)),
  );
  return `closed|${texts.closedOpensOn.replace("{day}", day).replace("{time}", time)}`;
}

/**
 * "Open now" or "closed, opens …", computed in the reader's browser from the Brussels clock: the
 * help page is prerendered once per build, so the server cannot know when it is read. The server
 * renders nothing here; the opening hours above are the fallback without JavaScript.
 */
export function HelpdeskOpenNow({ slots, locale, texts }: Props) {
  const status = useSyncExternalStore(
    everyHalfMinute,
    () => statusAt(slots, locale, texts, new Date()),
    () => null,
  );
  // The line is reserved on the server too, so the status appearing does not push the page down.
  if (status === null) return <div className="mt-3 min-h-9" />;
  const [state, text] = status.split("|", 2) as [string, string];
  const open = state === "open";
  return (
    <div className="mt-3 min-h-9">
      <p
        className={`inline-block rounded px-3 py-1 font-semibold ${open ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-800"}`}
        data-open={open}
      >
        {text}
      </p>
    </div>
  );
}
