import type { ReactNode } from "react";

const styles = {
  info: "border-brand-600 bg-brand-50 text-brand-900",
  done: "border-green-700 bg-green-50 text-green-900",
  error: "border-red-800 bg-red-50 text-red-900",
} as const;

/**
 * The one notice a page shows on arrival: what was just done (`done`) or something to know (`info`),
 * both role="status", or what went wrong (`error`, role="alert"). Rendered on the server, so it shows
 * without JavaScript on the page a form redirected to. A form's own refusal is its ErrorSummary,
 * which lists the fields; a confirmation beside a form that stayed is its DoneMessage.
 */
export function Notice({ kind = "info", children }: { kind?: keyof typeof styles; children: ReactNode }) {
  return (
    <p role={kind === "error" ? "alert" : "status"} className={`mt-4 rounded border-l-4 p-3 ${styles[kind]}`}>
      {children}
    </p>
  );
}
