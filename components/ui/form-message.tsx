import Link from "next/link";
import type { FormState } from "@/lib/form-state";

/** The outcome of a submitted form, announced politely to screen readers. */
export function FormMessage({ state }: { state: Pick<FormState, "status" | "message" | "link"> }) {
  if (state.status === "idle" || !state.message) return <p role="status" className="sr-only" />;
  const tone =
    state.status === "error"
      ? "border-danger/30 bg-danger/5 text-danger"
      : "border-success/30 bg-success/5 text-success";
  return (
    <p
      role={state.status === "error" ? "alert" : "status"}
      className={`rounded-md border px-3 py-2 text-sm ${tone}`}
    >
      {state.message}
      {state.link && (
        <>
          {" "}
          {state.link.newTab ? (
            // a page of its own, so that this one keeps what was typed
            <a
              href={state.link.href}
              target="_blank"
              rel="noopener"
              className="font-medium underline"
            >
              {state.link.label}
            </a>
          ) : (
            <Link href={state.link.href} className="font-medium underline">
              {state.link.label}
            </Link>
          )}
        </>
      )}
    </p>
  );
}
