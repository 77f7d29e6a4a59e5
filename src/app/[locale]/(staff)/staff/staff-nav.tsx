"use client";

import { usePathname } from "next/navigation";

export type StaffNavLink = { href: string; label: string; exact?: boolean };

/**
 * The staff menu's links, the current one marked: `aria-current="page"` on the section's own page,
 * `"true"` on a page inside it (a person's record under Persons). The server renders the mark with
 * the request's path, so it is there without JavaScript.
 */
export function StaffNav({ label, links }: { label: string; links: readonly StaffNavLink[] }) {
  const pathname = usePathname();
  const currentOf = (link: StaffNavLink) =>
    pathname === link.href
      ? "page"
      : !link.exact && pathname?.startsWith(`${link.href}/`)
        ? "true"
        : undefined;
  return (
    <nav aria-label={label} className="mt-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map((link) => {
          const current = currentOf(link);
          return (
            <li key={link.href}>
              <a
                href={link.href}
                aria-current={current}
                className={current ? "border-b-4 border-brand-700 font-semibold no-underline" : undefined}
              >
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
