import type { ReactNode } from "react";

export type Step = { title: ReactNode; body: ReactNode; link?: { href: string; label: string } };

/**
 * An ordered list drawn as numbered steps joined by a line. The number is real text (not a CSS
 * counter) so that it survives `list-style: none` in every screen reader and in print.
 */
export function Steps({ steps, headingLevel = 3 }: { steps: Step[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol role="list" className="mt-4 list-none p-0">
      {steps.map((step, index) => (
        <li key={index} className="relative flex gap-4 pb-6 last:pb-0">
          {index < steps.length - 1 && (
            <span
              aria-hidden="true"
              className="absolute top-10 bottom-0 left-5 w-0.5 -translate-x-1/2 bg-brand-100 print:hidden"
            />
          )}
          <span className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-700 text-lg font-bold text-white print:border print:border-black print:text-black">
            {index + 1}
          </span>
          <div className="min-w-0 pt-1.5">
            <Heading className="mt-0 text-xl font-semibold text-brand-900">{step.title}</Heading>
            <div className="mt-1">{step.body}</div>
            {step.link && (
              <p className="mt-1">
                <a href={step.link.href}>{step.link.label}</a>
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
