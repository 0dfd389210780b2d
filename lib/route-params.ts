import "server-only";
import { notFound } from "next/navigation";

/** The numeric id of a `[id]` route; anything that is not a positive whole number is a 404. */
export async function idFromParams(params: Promise<{ id: string }>): Promise<number> {
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  return id;
}
