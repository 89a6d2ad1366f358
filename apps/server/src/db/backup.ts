import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { AppError } from '@suotdoi/shared';
import type pg from 'pg';
import type { Database } from './client';

/**
 * Logical backups in one format for both engines: a gzipped JSON-lines file, a header then one line per row.
 * Engine-neutral on purpose: a PGlite backup restores into PostgreSQL, which is how an embedded pilot moves
 * to a production server.
 */
const FORMAT = 'suotdoi-backup';
const BATCH = 2000;

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  engine: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

/** Tables of the public schema, parents before children (foreign keys), so a restore inserts in order. */
async function tablesInDependencyOrder(client: pg.PoolClient): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  ).rows.map((r) => r.name);
  const deps = (
    await client.query<{ child: string; parent: string }>(
      `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
       where c.contype = 'f' and n.nspname = 'public'`,
    )
  ).rows;
  const ordered: string[] = [];
  const visit = (t: string, seen: Set<string>) => {
    if (ordered.includes(t) || seen.has(t)) return;
    seen.add(t);
    for (const d of deps) if (d.child === t && d.parent !== t) visit(d.parent, seen);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

async function appliedMigrations(client: pg.PoolClient): Promise<string[]> {
  const r = await client.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by id');
  return r.rows.map((x) => x.hash);
}

/** Writes a backup of every table to `file`; returns the row count per table. */
export async function backupDatabase(database: Database, file: string, now = new Date()): Promise<Header> {
  const client = await database.pool.connect();
  try {
    // One snapshot for the whole file: a backup taken while people work is still consistent.
    await client.query('begin isolation level repeatable read read only');
    const tables = await tablesInDependencyOrder(client);
    const header: Header = {
      format: FORMAT,
      version: 1,
      createdAt: now.toISOString(),
      engine: database.engine,
      migrations: await appliedMigrations(client),
      tables: [],
    };
    const lines: string[] = [];
    for (const table of tables) {
      let rows = 0;
      // Keyset paging on the physical row id: no ORDER BY on a column the table may not index.
      for (let after = '(0,0)'; ; ) {
        const r = await client.query<{ row: unknown; tid: string }>(
          `select to_jsonb(t) as row, ctid::text as tid from "${table}" t where ctid > $1::tid order by ctid limit ${BATCH}`,
          [after],
        );
        for (const x of r.rows) lines.push(JSON.stringify({ t: table, r: x.row }));
        rows += r.rows.length;
        if (r.rows.length < BATCH) break;
        after = r.rows[r.rows.length - 1]!.tid;
      }
      header.tables.push({ name: table, rows });
    }
    await client.query('commit');
    const gzip = createGzip();
    const done = pipeline(gzip, createWriteStream(file));
    gzip.write(`${JSON.stringify(header)}\n`);
    for (const line of lines) gzip.write(`${line}\n`);
    gzip.end();
    await done;
    return header;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Replaces every table's content with the backup's, in one transaction: a bad file changes nothing.
 * The database must be migrated to the same schema as the backup.
 */
export async function restoreDatabase(database: Database, file: string): Promise<Header> {
  const input = readLines(file);
  const client = await database.pool.connect();
  let header: Header | undefined;
  try {
    await client.query('begin');
    const pending: { table: string; rows: unknown[] } = { table: '', rows: [] };
    const flush = async () => {
      if (pending.rows.length === 0) return;
      await client.query(
        `insert into "${pending.table}" select * from jsonb_populate_recordset(null::"${pending.table}", $1::jsonb)`,
        [JSON.stringify(pending.rows)],
      );
      pending.rows = [];
    };
    for await (const line of input) {
      if (!line) continue;
      if (!header) {
        header = parseHeader(line);
        const current = await appliedMigrations(client);
        if (current.join() !== header.migrations.join()) {
          throw new AppError('INVALID_BACKUP', 'the backup was taken with another schema version', {
            backup: header.migrations.length,
            database: current.length,
          });
        }
        const names = header.tables.map((t) => `"${t.name}"`).join(', ');
        if (names) await client.query(`truncate ${names} restart identity cascade`);
        continue;
      }
      const { t, r } = JSON.parse(line) as { t: string; r: unknown };
      if (pending.table !== t) {
        await flush();
        pending.table = t;
      }
      pending.rows.push(r);
      if (pending.rows.length >= BATCH) await flush();
    }
    await flush();
    if (!header) throw new AppError('INVALID_BACKUP', 'empty file');
    await resetSequences(client);
    await client.query('commit');
    return header;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' || error instanceof SyntaxError) {
      throw new AppError('INVALID_BACKUP', 'not a Suốt Đời backup file');
    }
    throw error;
  } finally {
    client.release();
  }
}

/** Lines of a gzipped file; iterating the stream (not piping it) makes a corrupt file throw here. */
async function* readLines(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(file).pipe(createGunzip())) {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  if (rest) yield rest;
}

function parseHeader(line: string): Header {
  try {
    const h = JSON.parse(line) as Header;
    if (h.format === FORMAT && h.version === 1) return h;
  } catch {
    // falls through to the error below
  }
  throw new AppError('INVALID_BACKUP', 'not a Suốt Đời backup file');
}

/** After rows arrive with their ids, serial sequences must continue past the highest id. */
async function resetSequences(client: pg.PoolClient) {
  const seqs = await client.query<{ tbl: string; col: string; seq: string }>(
    `select c.table_name as tbl, c.column_name as col, pg_get_serial_sequence(format('%I', c.table_name), c.column_name) as seq
     from information_schema.columns c
     where c.table_schema = 'public' and pg_get_serial_sequence(format('%I', c.table_name), c.column_name) is not null`,
  );
  for (const s of seqs.rows) {
    await client.query(
      `select setval('${s.seq}', coalesce((select max("${s.col}") from "${s.tbl}"), 0) + 1, false)`,
    );
  }
}
