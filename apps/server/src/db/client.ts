import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction or the database itself: repos take either. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];
export type Engine = 'pglite' | 'postgres';

export interface Database {
  engine: Engine;
  db: Db;
  pool: pg.Pool;
  /** Embedded only: the data directory as a gzipped tarball (tests clone a prepared database from it). */
  dumpDataDir?: () => Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** Embedded: where PGlite keeps its files; `memory://` for a throw-away database. */
  pgliteDir?: string;
  /** Embedded: start from this data-directory tarball instead of an empty database. */
  loadFrom?: string;
  poolSize?: number;
}

// DATE columns come back as 'YYYY-MM-DD' strings, never as Date objects that a time zone could shift.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options);
}

function wrap(engine: Engine, pool: pg.Pool, extra: Partial<Database> = {}): Database {
  pool.on('error', () => {
    // An idle client lost its connection (server restart); the pool replaces it on next use.
  });
  return { engine, pool, db: drizzle(pool, { schema }), close: () => pool.end(), ...extra };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  // JIT compilation cost 1.15 s of a 1.2 s scope query here (0.9 ms without it): these are short OLTP queries.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c jit=off' });
  await pool.query('select 1');
  return wrap('postgres', pool);
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const dir = options.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  // One connection: PGlite is a single session, and pglite-socket interleaves the extended-protocol messages of
  // concurrent connections into it (a Bind meets another client's Parse; a BEGIN on one connection takes in the
  // other's queries): electric-sql/pglite#1046, reproduced here by 50 concurrent saves. The pool queues instead.
  const maxConnections = options.poolSize ?? 1;
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir: dir, loadFrom: options.loadFrom, maxConnections },
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: { type: string; port: number }) => resolve(m.port));
  });
  const pool = new pg.Pool({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    database: 'postgres',
    max: maxConnections,
  });
  const request = <T>(type: string, reply: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { type: string } & T) => {
        if (m.type !== reply) return;
        worker.off('message', onMessage);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage({ type });
    });
  return wrap('pglite', pool, {
    dumpDataDir: async () => (await request<{ bytes: Uint8Array }>('dump', 'dumped')).bytes,
    close: async () => {
      await pool.end();
      await request('close', 'closed');
      await worker.terminate();
    },
  });
}
