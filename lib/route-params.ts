import "server-only";
import { notFound } from "next/navigation";

/** The numeric id of a `[id]` route; anything that is not a positive whole number is a 404. */
export async function idFromParams(params: Promise<{ id: string }>): Promise<number> {
  return positiveNumberOr404((await params).id);
}

/** A route segment that must be a positive whole number (an id, a version), or a 404. */
export function positiveNumberOr404(segment: string): number {
  const value = Number(segment);
  if (!Number.isSafeInteger(value) || value < 1) notFound();
  return value;
}
