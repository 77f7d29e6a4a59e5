/** One dated event on a person's timeline; `kind` and `status` are translated by the page. */
export type TimelineEntry = {
  at: Date;
  kind: "recorded" | "intake" | "followUp" | "referral" | "registration";
  status?: string;
  type?: string;
  href?: string;
};

/** Newest first; entries on the same moment keep the order they were given in. */
export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.at.getTime() - a.entry.at.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
}
