import type { ReactNode } from "react";
import { FactSource } from "@/components/fact-source";
import type { Fact } from "@/domain/facts/fact";
import { interpretingCostNotice, type InterpretingCostNotice } from "@/domain/facts/ukraine-offer";
import type { Locale } from "@/domain/locale";

/**
 * Whether interpreting costs anything, from the current fact, with its source underneath. The public
 * page and the staff request page word it for their readers (`wording`), but decide it the same way.
 */
export function InterpretingCost({
  fact,
  locale,
  wording,
}: {
  fact: Fact<{ freeOfCharge: boolean }>;
  locale: Locale;
  wording: (notice: InterpretingCostNotice) => ReactNode;
}) {
  const notice = interpretingCostNotice(fact);
  return (
    <>
      <p
        className="mt-2 rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4"
        data-testid="interpreting-cost"
        data-notice={notice}
      >
        {wording(notice)}
      </p>
      <FactSource fact={fact} locale={locale} />
    </>
  );
}
