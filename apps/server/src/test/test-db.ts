import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client';
import { PREPARED_PGLITE, TEMPLATE_DB, TEST_DB_PREFIX, testDatabaseUrl } from './paths';

/**
 * A private database for one test file, already migrated and loaded with the reference data: a copy of the
 * prepared template on PostgreSQL (TEST_DATABASE_URL), a clone of the prepared tarball on PGlite.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openDatabase({ loadFrom: PREPARED_PGLITE });
  return openScratchPostgres(url, { template: TEMPLATE_DB, poolSize: 4 });
}

/**
 * A database of its own on the PostgreSQL server at `url`, dropped when closed: a copy of `template`, or empty.
 * Named with the run's prefix (suotdoi_test_…), so the next run's global setup drops any that a crashed run left behind.
 */
export async function openScratchPostgres(
  url: string,
  options: { template?: string; poolSize?: number } = {},
): Promise<Database> {
  const name = `${TEST_DB_PREFIX}_${randomBytes(6).toString('hex')}`;
  await runAsAdmin(url, `create database ${name}${options.template ? ` template ${options.template}` : ''}`);
  const database = await openDatabase({
    databaseUrl: testDatabaseUrl(url, name),
    poolSize: options.poolSize,
  });
  const close = database.close;
  database.close = async () => {
    await close();
    await runAsAdmin(url, `drop database if exists ${name}`);
  };
  return database;
}

async function runAsAdmin(url: string, statement: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(statement);
  await admin.end();
}
