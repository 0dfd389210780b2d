/**
 * A portable backup of the desk: every table of the public schema copied out
 * with `COPY … TO STDOUT` inside one REPEATABLE READ, read-only transaction
 * (so all tables are from the same moment), gzip-compressed, with the schema
 * version it was taken at. The embedded PostgreSQL ships no pg_dump; on a
 * real server pg_dump/pg_restore work too (see the README).
 *
 * File layout, after gunzip: one JSON header line, then per table a line
 * `@@table <name> <rows>` followed by the table's rows in COPY text format and
 * a line `\.`. COPY's text format escapes backslashes and newlines inside
 * values, so a line holding only `\.` can only be the end of a table.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { PassThrough, Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { readSchemaVersion } from "@/db/schema-version";

export const BACKUP_FORMAT = "verification-desk-backup";

type Header = {
  format: typeof BACKUP_FORMAT;
  version: 1;
  schema: string | null;
  takenAt: string;
  tables: Array<{ name: string; rows: number }>;
};

/** Public tables, parents before children, so foreign keys hold while restoring in order. */
async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string; parents: string[] }>(`
    select c.relname::text as name,
           coalesce(array_agg(distinct p.relname::text) filter (where p.relname is not null
                                                          and p.relname <> c.relname), '{}'::text[]) as parents
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      left join pg_constraint f on f.conrelid = c.oid and f.contype = 'f'
      left join pg_class p on p.oid = f.confrelid
     where c.relkind = 'r'
     group by c.relname
     order by c.relname`);
  const ordered: string[] = [];
  const pending = new Map(rows.map((row) => [row.name, new Set(row.parents)]));
  while (pending.size > 0) {
    const ready = [...pending].filter(([, parents]) =>
      [...parents].every((p) => ordered.includes(p)),
    );
    if (ready.length === 0)
      throw new Error(`Foreign keys form a cycle among: ${[...pending.keys()]}`);
    for (const [name] of ready) {
      ordered.push(name);
      pending.delete(name);
    }
  }
  return ordered;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Writes a backup of the database `client` is connected to; returns its header. */
export async function backupDatabase(client: pg.ClientBase, file: string): Promise<Header> {
  await client.query("begin isolation level repeatable read read only");
  try {
    const version = await readSchemaVersion(client);
    const names = await tablesInDependencyOrder(client);
    const tables: Header["tables"] = [];
    for (const name of names) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from ${quoted(name)}`,
      );
      tables.push({ name, rows: rows[0]!.n });
    }
    const header: Header = {
      format: BACKUP_FORMAT,
      version: 1,
      schema: version.applied,
      takenAt: new Date().toISOString(),
      tables,
    };
    const out = new PassThrough();
    const written = pipeline(out, createGzip(), createWriteStream(file));
    out.write(`${JSON.stringify(header)}\n`);
    for (const table of tables) {
      out.write(`@@table ${table.name} ${table.rows}\n`);
      const copy = client.query(copyTo(`copy ${quoted(table.name)} to stdout`));
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
      }
      out.write("\\.\n");
    }
    out.end();
    await written;
    await client.query("commit");
    return header;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}

/**
 * Loads a backup into a database that has the same schema version and no
 * data (a fresh `npm run db:migrate`). Runs as the tables' owner: the audit
 * trail's triggers are switched off for the copy so the stored ids and hashes
 * come back exactly as they were, and identity sequences are moved past the
 * restored ids. All in one transaction: a failed restore leaves nothing.
 */
export async function restoreDatabase(client: pg.ClientBase, file: string): Promise<Header> {
  const lines = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = JSON.parse(first.value ?? "null") as Header | null;
  if (header?.format !== BACKUP_FORMAT) throw new Error(`${file} is not a desk backup.`);
  const version = await readSchemaVersion(client);
  if (version.applied !== header.schema) {
    throw new Error(
      `The backup is of schema ${header.schema}, the database has ${version.applied ?? "none"}. ` +
        "Restore into a database migrated by the same version of the desk.",
    );
  }
  await client.query("begin");
  try {
    for (const table of header.tables) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from ${quoted(table.name)}`,
      );
      if (rows[0]!.n > 0)
        throw new Error(`Table ${table.name} is not empty: restore into an empty desk.`);
    }
    await client.query("alter table audit_events disable trigger user");
    for (const table of header.tables) {
      const marker = await lines.next();
      if (marker.value !== `@@table ${table.name} ${table.rows}`) {
        throw new Error(
          `The backup is damaged: expected table ${table.name}, found ${marker.value}.`,
        );
      }
      const body = new Readable({ read() {} });
      const loaded = pipeline(
        body,
        new Transform({ transform: (chunk, _encoding, done) => done(null, chunk) }),
        client.query(copyFrom(`copy ${quoted(table.name)} from stdin`)),
      );
      for (;;) {
        const line = await lines.next();
        if (line.done) throw new Error(`The backup ends inside table ${table.name}.`);
        if (line.value === "\\.") break;
        body.push(`${line.value}\n`);
      }
      body.push(null);
      await loaded;
    }
    await client.query("alter table audit_events enable trigger user");
    await moveSequencesPastRestoredIds(client);
    await client.query("commit");
    return header;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}

// identity columns and the audit trail's own sequence (owned by audit_events.id) alike
async function moveSequencesPastRestoredIds(client: pg.ClientBase) {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(`
    select c.relname as table, a.attname as column,
           pg_get_serial_sequence(quote_ident(c.relname), a.attname) as sequence
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
     where c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
       and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`);
  for (const { table, column, sequence } of rows) {
    await client.query(
      `select setval($1, coalesce((select max(${quoted(column)}) from ${quoted(table)}), 0) + 1, false)`,
      [sequence],
    );
  }
}
