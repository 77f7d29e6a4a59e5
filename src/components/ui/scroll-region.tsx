import type { ReactNode } from "react";

/**
 * The scroll box around a table that can be wider (or, with a max height, longer) than the page.
 * It can take focus and has a name, so that keyboard users can scroll it too (WCAG 2.1.1; axe's
 * "scrollable-region-focusable"). `className` adds spacing or a max height.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`overflow-x-auto ${className ?? ""}`.trim()}
    >
      {children}
    </div>
  );
}
