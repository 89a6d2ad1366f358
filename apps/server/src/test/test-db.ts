import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client';
import { PREPARED_PGLITE, TEMPLATE_DB, testDatabaseUrl } from './paths';

/**
 * A private database for one test file, already migrated and loaded with the reference data: a copy of the
 * prepared template on PostgreSQL (TEST_DATABASE_URL), a clone of the prepared tarball on PGlite.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openDatabase({ loadFrom: PREPARED_PGLITE });
  const name = `suotdoi_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: testDatabaseUrl(url, name), poolSize: 4 });
  const close = database.close;
  database.close = async () => {
    await close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop database if exists ${name}`);
    await c.end();
  };
  return database;
}
