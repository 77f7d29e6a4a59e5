import type { ReactNode } from "react";

/**
 * The horizontal scroll box around a wide table. It can take focus and has a name, so that keyboard
 * users can scroll it too (WCAG 2.1.1; axe's "scrollable-region-focusable").
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}
