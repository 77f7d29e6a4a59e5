import type { ReactNode } from "react";

/** A status line after an action (role="status"), or an error (role="alert"). */
export function Notice({ kind = "info", children }: { kind?: "info" | "error"; children: ReactNode }) {
  const style =
    kind === "error"
      ? "border-red-800 bg-red-50 text-red-900"
      : "border-brand-600 bg-brand-50 text-brand-900";
  return (
    <p role={kind === "error" ? "alert" : "status"} className={`mt-4 rounded border-l-4 p-3 ${style}`}>
      {children}
    </p>
  );
}
