import type { ComponentProps, ReactNode } from "react";
import { Button } from "./button";

/**
 * A form's submit button, told whether its form is on its way. While it is,
 * the button says so (`pendingLabel`, when the form has one), is marked busy,
 * and refuses clicks while keeping keyboard focus (Button's aria-disabled), so
 * the answer is announced next to where the person is.
 */
export function SubmitButton({
  pending,
  pendingLabel,
  disabled = false,
  children,
  ...button
}: Omit<ComponentProps<typeof Button>, "type" | "aria-busy"> & {
  pending: boolean;
  pendingLabel?: ReactNode;
  /** refuses clicks while idle too (nothing to send), the same way */
  disabled?: boolean;
}) {
  return (
    <Button type="submit" disabled={pending || disabled} aria-busy={pending} {...button}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
