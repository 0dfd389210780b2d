import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

const variants: Record<Variant, string> = {
  primary: "bg-accent text-white hover:bg-accent-strong disabled:bg-muted",
  secondary: "border border-line bg-white text-ink hover:bg-paper disabled:text-muted",
  danger: "border border-danger/40 bg-white text-danger hover:bg-danger/5 disabled:text-muted",
};

export function buttonClass(variant: Variant = "primary", size: "sm" | "md" = "md") {
  const padding = size === "sm" ? "px-2.5 py-1 text-sm" : "px-4 py-2";
  return `inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed ${padding} ${variants[variant]}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: "sm" | "md" }) {
  return <button className={`${buttonClass(variant, size)} ${className}`} {...props} />;
}
