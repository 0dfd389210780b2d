import { NextResponse } from "next/server";
import { readDatabaseHealth } from "@/lib/database/health";

export const dynamic = "force-dynamic";

/** For load balancers and the test runner: 200 when the database answers and the schema is current. */
export async function GET() {
  const health = await readDatabaseHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
