import type pg from 'pg';

/**
 * Bulk writes that work the same on PostgreSQL and on PGlite behind pglite-socket: one `insert … select from
 * unnest(array, array, …)` per batch, each column one array parameter. (COPY FROM STDIN would be faster on
 * PostgreSQL, but pglite-socket loses protocol sync on it, see docs/benchmarks.md.)
 */

export interface Column {
  name: string;
  /** The SQL element type of the array: int, text, date, timestamptz, float8. */
  type: string;
}

/** Inserts `count` rows given column by column; returns the RETURNING rows when asked. */
export async function insertColumns<R extends pg.QueryResultRow = pg.QueryResultRow>(
  client: pg.PoolClient,
  table: string,
  columns: readonly Column[],
  values: readonly unknown[][],
  returning?: string,
): Promise<R[]> {
  const names = columns.map((c) => c.name).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const text = `insert into ${table} (${names}) select * from unnest(${arrays})${returning ? ` returning ${returning}` : ''}`;
  const result = await client.query<R>(text, values as unknown[]);
  return result.rows;
}

interface Definition {
  name: string;
  sql: string;
}

/**
 * Runs `fn` with the table's primary key, unique constraints, foreign keys and indexes dropped, and puts them
 * back afterwards exactly as they were (their definitions are read from the catalogue, not written here):
 * building a B-tree once over 10 M rows is several times faster than maintaining four while inserting, and the
 * foreign key is then checked by one join instead of 10 M lookups. Inside the caller's transaction, so a failure
 * leaves the table as it was.
 */
export async function withoutIndexes<T>(
  client: pg.PoolClient,
  table: string,
  fn: () => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const constraints = await client.query<Definition & { type: string }>(
    `select conname as name, contype as type, pg_get_constraintdef(oid) as sql from pg_constraint
     where conrelid = $1::regclass and contype in ('p', 'u', 'f') order by conname`,
    [table],
  );
  const indexes = await client.query<Definition>(
    `select i.relname as name, pg_get_indexdef(i.oid) as sql from pg_index x join pg_class i on i.oid = x.indexrelid
     where x.indrelid = $1::regclass
       and not exists (select 1 from pg_constraint c where c.conindid = i.oid and c.conrelid = x.indrelid)
     order by i.relname`,
    [table],
  );
  const keys = constraints.rows.filter((c) => c.type !== 'f');
  const foreign = constraints.rows.filter((c) => c.type === 'f');
  for (const c of [...foreign, ...keys])
    await client.query(`alter table ${table} drop constraint "${c.name}"`);
  for (const i of indexes.rows) await client.query(`drop index "${i.name}"`);
  const result = await fn();
  const t0 = performance.now();
  for (const c of keys) await client.query(`alter table ${table} add constraint "${c.name}" ${c.sql}`);
  for (const i of indexes.rows) await client.query(i.sql);
  for (const c of foreign) await client.query(`alter table ${table} add constraint "${c.name}" ${c.sql}`);
  log(
    `${table}: ${keys.length + indexes.rows.length} indexes and ${foreign.length} foreign keys rebuilt in ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return result;
}

/** Runs `fn` in one transaction on one connection: a failed generation leaves nothing behind. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await fn(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
