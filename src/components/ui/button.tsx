import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "link";
type ButtonSize = "small" | "normal" | "large";

/** The one primary colour is brand-700 (white text, AA contrast); hover darkens it to brand-900. */
const variants: Record<ButtonVariant, string> = {
  primary: "rounded bg-brand-700 font-semibold text-white hover:bg-brand-900",
  secondary: "rounded border-2 border-brand-700 bg-white font-semibold text-brand-900 hover:bg-brand-50",
  danger: "rounded bg-red-800 font-semibold text-white hover:bg-red-900",
  link: "font-semibold text-brand-700 underline hover:text-brand-900",
};

const sizes: Record<ButtonSize, string> = {
  small: "px-3 py-1",
  normal: "px-4 py-2",
  large: "px-5 py-3 text-lg",
};

/** The classes of a button, for the rare link that must look like one. `className` adds layout only (margins, alignment). */
export function buttonClass(
  variant: ButtonVariant = "primary",
  size: ButtonSize = "normal",
  className?: string,
) {
  const padding = variant === "link" ? "" : sizes[size];
  return [variants[variant], padding, "disabled:opacity-60", className].filter(Boolean).join(" ");
}

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  /** Always explicit: a button inside a form submits unless it says otherwise. */
  type: "submit" | "button";
  variant?: ButtonVariant;
  size?: ButtonSize;
};

/** A link that looks like a primary button (the site's link underline and colour switched off). */
export function primaryLinkClass(size: ButtonSize = "normal", className?: string) {
  return buttonClass(
    "primary",
    size,
    ["inline-block no-underline hover:text-white", className].filter(Boolean).join(" "),
  );
}

/** Every button in the portal: four looks, three sizes, one primary colour. Usable in server and client components. */
export function Button({ variant = "primary", size = "normal", className, type, ...button }: Props) {
  return <button type={type} className={buttonClass(variant, size, className)} {...button} />;
}
