import type { ReactNode } from "react";

export function SubmitButton({
  children,
  variant = "primary",
}: {
  children: ReactNode;
  variant?: "primary" | "secondary";
}) {
  const style =
    variant === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-900"
      : "border-2 border-brand-700 bg-white text-brand-900 hover:bg-brand-50";
  return (
    <button type="submit" className={`mt-4 rounded px-4 py-2 font-semibold ${style}`}>
      {children}
    </button>
  );
}
