import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getPool } from "@/db";
import { auditEvents, type NewAuditEvent, type User } from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { auditFilterOptions } from "./filter-options";
import { SYSTEM_ACTOR, type AuditCursor, type AuditFilters } from "./filters";
import { readAuditHead } from "./head";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "./log";

type Row = {
  id: number;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
};

const kinds = [
  { action: "claim.edit", entityType: "claim" },
  { action: "comment.create", entityType: "comment" },
  { action: "auth.sign_in", entityType: "user" },
  { action: "report.import", entityType: "report" },
  { action: "verdict.set", entityType: "claim" },
];

/** Appends events through the chain trigger, one multi-row statement per batch. */
async function append(count: number, actors: (string | null)[], offset = 0) {
  const values: NewAuditEvent[] = Array.from({ length: count }, (_, i) => {
    const n = offset + i;
    const kind = kinds[(n * 7) % kinds.length]!;
    return {
      actorId: actors[n % actors.length]!,
      ...kind,
      entityId: String(n % 13),
      before: n % 2 ? { version: n } : null,
      after: { version: n + 1 },
    };
  });
  const rows = await getDb().insert(auditEvents).values(values).returning({ id: auditEvents.id });
  return rows.map((row) => row.id);
}

async function allRows(): Promise<Row[]> {
  return getDb()
    .select({
      id: auditEvents.id,
      actorId: auditEvents.actorId,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
    })
    .from(auditEvents);
}

function matches(row: Row, filters: AuditFilters) {
  const actor = filters.actor === SYSTEM_ACTOR ? null : filters.actor;
  return (
    (filters.actor === undefined || row.actorId === actor) &&
    (filters.action === undefined || row.action === filters.action) &&
    (filters.entityType === undefined || row.entityType === filters.entityType) &&
    (filters.entityId === undefined || row.entityId === filters.entityId)
  );
}

/** Every id the log shows for `filters`, following "Older events" from the first page. */
async function walkOlder(admin: User, filters: AuditFilters) {
  const pages: number[][] = [];
  let cursor: AuditCursor = null;
  do {
    const page = await listAuditEvents(admin, filters, cursor);
    expect(page.events.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
    expect(page.searchStoppedAt).toBeNull();
    pages.push(page.events.map((event) => event.id));
    cursor = page.older;
  } while (cursor && pages.length < 100);
  return pages;
}

describe("the audit log", () => {
  let admin: User;
  let alice: User;
  let bob: User;
  let middleBatch: { ids: number[]; from: Date; to: Date };

  beforeAll(async () => {
    admin = await makeUser("admin");
    alice = await makeUser("editor");
    bob = await makeUser("reviewer");
    const actors = [alice.id, bob.id, null];
    await append(120, actors);
    // a batch with clear time on either side, for the time range filter
    await sleep(20);
    const from = new Date();
    await sleep(20);
    const ids = await append(40, actors, 120);
    await sleep(20);
    const to = new Date();
    await sleep(20);
    await append(100, actors, 160);
    middleBatch = { ids, from, to };
  });

  it("is for admins only", async () => {
    const reviewer = await makeUser("reviewer");
    await expect(listAuditEvents(reviewer)).rejects.toThrow(ForbiddenError);
    await expect(auditFilterOptions(reviewer)).rejects.toThrow(ForbiddenError);
    await expect(readAuditHead(reviewer)).rejects.toThrow(ForbiddenError);
  });

  it("pages through every event, newest first, and back again", async () => {
    const expected = (await allRows()).map((row) => row.id).sort((a, b) => b - a);
    const pages = await walkOlder(admin, {});
    expect(pages.flat()).toEqual(expected);
    expect(pages.slice(0, -1).every((page) => page.length === AUDIT_PAGE_SIZE)).toBe(true);

    // "← Newer" from the last page retraces the same pages
    const last = await listAuditEvents(admin, {}, { before: pages.at(-2)!.at(-1)! });
    expect(last.events.map((event) => event.id)).toEqual(pages.at(-1));
    expect(last.older).toBeNull();
    let newer = last.newer;
    const back: number[][] = [];
    while (newer) {
      const page = await listAuditEvents(admin, {}, newer);
      back.unshift(page.events.map((event) => event.id));
      newer = page.newer;
    }
    expect(back).toEqual(pages.slice(0, -1));
  });

  it("shows exactly the matching events for every filter and combination", async () => {
    const rows = await allRows();
    const combinations: AuditFilters[] = [
      { actor: alice.id },
      { actor: SYSTEM_ACTOR },
      { action: "claim.edit" },
      { entityType: "claim" },
      { entityId: "4" },
      { entityType: "claim", entityId: "4" },
      { actor: bob.id, action: "auth.sign_in" },
      { actor: alice.id, entityType: "claim" },
      { action: "verdict.set", entityType: "claim" },
      { action: "verdict.set", entityType: "report" },
      { actor: SYSTEM_ACTOR, action: "report.import", entityType: "report", entityId: "7" },
      { action: "no.such_action" },
    ];
    for (const filters of combinations) {
      const expected = rows
        .filter((row) => matches(row, filters))
        .map((row) => row.id)
        .sort((a, b) => b - a);
      const shown = (await walkOlder(admin, filters)).flat();
      expect(shown, JSON.stringify(filters)).toEqual(expected);
    }
  });

  it("turns a time range into the ids of the events inside it", async () => {
    const { ids, from, to } = middleBatch;
    const inRange = (await walkOlder(admin, { from, to })).flat();
    expect(inRange).toEqual([...ids].reverse());

    const aliceInRange = (await walkOlder(admin, { from, to, actor: alice.id })).flat();
    const rows = await allRows();
    const alices = rows.filter((r) => ids.includes(r.id) && r.actorId === alice.id);
    expect(aliceInRange).toEqual(alices.map((r) => r.id).sort((a, b) => b - a));

    const later = await listAuditEvents(admin, { from: new Date(Date.now() + 60_000) });
    expect(later).toEqual({ events: [], older: null, newer: null, searchStoppedAt: null });
  });

  it("returns each event with its actor's email and its before and after", async () => {
    const page = await listAuditEvents(admin, { actor: alice.id });
    const event = page.events[0]!;
    expect(event.actorEmail).toBe(alice.email);
    expect(event.after).toMatchObject({ version: expect.any(Number) });
    expect(event.occurredAt).toBeInstanceOf(Date);
  });

  it("names the account an event is about by its email, and leaves other entities as ids", async () => {
    const [aboutAlice] = await getDb()
      .insert(auditEvents)
      .values({
        actorId: admin.id,
        action: "user.change_role",
        entityType: "user",
        entityId: alice.id,
      })
      .returning({ id: auditEvents.id });
    const page = await listAuditEvents(admin, { entityType: "user", entityId: alice.id });
    const event = page.events.find((e) => e.id === aboutAlice!.id)!;
    expect(event).toMatchObject({
      entityId: alice.id,
      entityEmail: alice.email,
      actorEmail: admin.email,
    });
    const claimEvent = (await listAuditEvents(admin, { entityType: "claim" })).events[0]!;
    expect(claimEvent.entityEmail).toBeNull();
  });

  it("offers the actions and entity types present, and everyone as an actor", async () => {
    const options = await auditFilterOptions(admin);
    const rows = await allRows();
    expect(options.actions).toEqual([...new Set(rows.map((r) => r.action))].sort());
    expect(options.entityTypes).toEqual([...new Set(rows.map((r) => r.entityType))].sort());
    expect(options.people.map((p) => p.id)).toEqual(
      expect.arrayContaining([admin.id, alice.id, bob.id]),
    );
  });

  it("exports the newest event's id and hash", async () => {
    const { rows } = await getPool().query<{ id: string; hash: string }>(
      "select id::text, hash from audit_events order by audit_events.id desc limit 1",
    );
    const head = await readAuditHead(admin);
    expect(head).toMatchObject({ eventId: Number(rows[0]!.id), hash: rows[0]!.hash });
  });
});
