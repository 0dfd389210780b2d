import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

const variants: Record<Variant, string> = {
  primary: "bg-accent text-white hover:bg-accent-strong disabled:bg-muted aria-disabled:bg-muted",
  secondary:
    "border border-line bg-white text-ink hover:bg-paper disabled:text-muted aria-disabled:text-muted",
  danger:
    "border border-danger/40 bg-white text-danger hover:bg-danger/5 disabled:text-muted aria-disabled:text-muted",
};

export function buttonClass(variant: Variant = "primary", size: "sm" | "md" = "md") {
  const padding = size === "sm" ? "px-2.5 py-1 text-sm" : "px-4 py-2";
  return `inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed aria-disabled:cursor-not-allowed ${padding} ${variants[variant]}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  disabled,
  onClick,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: "sm" | "md" }) {
  const classes = `${buttonClass(variant, size)} ${className}`;
  if (props.type === "submit" && disabled) {
    // While its form is sending, a submit button refuses clicks but keeps
    // keyboard focus: a disabled button would drop it to the top of the page,
    // far from the form and the message that answers it.
    return (
      <button
        className={classes}
        {...props}
        aria-disabled="true"
        onClick={(event) => event.preventDefault()}
      />
    );
  }
  return <button className={classes} disabled={disabled} onClick={onClick} {...props} />;
}
