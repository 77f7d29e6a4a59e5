"use client";

import { useSyncExternalStore } from "react";
import type { OpeningSlot } from "@/domain/facts/helpdesk";
import { isHelpdeskOpen } from "@/domain/helpdesk/opening-hours";

type Props = { slots: readonly OpeningSlot[]; openText: string; closedText: string };

const everyMinute = (onChange: () => void) => {
  const timer = window.setInterval(onChange, 30_000);
  return () => window.clearInterval(timer);
};

/**
 * "Open now" or "closed now", computed in the reader's browser from the Brussels clock: the help
 * page is prerendered once per build, so the server cannot know the time at which it is read. The
 * server renders nothing here (the hours above are the fallback without JavaScript).
 */
export function HelpdeskOpenNow({ slots, openText, closedText }: Props) {
  const open = useSyncExternalStore(
    everyMinute,
    () => isHelpdeskOpen(slots, new Date()),
    () => null,
  );
  if (open === null) return null;
  return (
    <p className={`mt-3 inline-block rounded px-3 py-1 font-semibold ${open ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-800"}`} data-open={open}>
      {open ? openText : closedText}
    </p>
  );
}
