import type { ReactNode } from "react";
import { DutchTerm } from "./fact-source";

/**
 * Tags the message files may use inside `t.rich`: `<nl>OCMW</nl>` marks a Dutch domain term for
 * screen readers, `<b>` stresses the one thing a reader must not miss.
 */
export const richTags = {
  nl: (chunks: ReactNode) => <DutchTerm>{chunks}</DutchTerm>,
  b: (chunks: ReactNode) => <strong>{chunks}</strong>,
};
