import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claims, reports, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { claimCardColumns } from "@/lib/claims/card-columns";

export const BOARD_PAGE_SIZE = 50;

/** A page of claim cards, newest first. Every signed-in role may read the board. */
export async function listClaimCards(actor: User, page: number) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const offset = (Math.max(1, page) - 1) * BOARD_PAGE_SIZE;
  const [cards, [total]] = await Promise.all([
    db
      .select({
        ...claimCardColumns,
        eventDate: claims.eventDate,
        reportId: reports.id,
        reportTitle: reports.title,
      })
      .from(claims)
      .innerJoin(reports, eq(reports.id, claims.reportId))
      .orderBy(desc(claims.createdAt), desc(claims.id))
      .limit(BOARD_PAGE_SIZE)
      .offset(offset),
    db.select({ value: count() }).from(claims),
  ]);
  return { cards, total: total?.value ?? 0 };
}
