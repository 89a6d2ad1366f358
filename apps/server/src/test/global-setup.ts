import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../db/client';
import { prepareDatabase } from '../db/prepare';
import { PREPARED_PGLITE, TEMPLATE_DB, TEST_DB_PREFIX, testDatabaseUrl } from './paths';

/**
 * Prepares one database with the schema and the reference data, once per run: PGlite as a data-directory
 * tarball that each test file loads, PostgreSQL as a template database that each test file copies.
 */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname like '${TEST_DB_PREFIX}%' and pid <> pg_backend_pid()`,
    );
    const old = await admin.query(`select datname from pg_database where datname like '${TEST_DB_PREFIX}%'`);
    for (const row of old.rows) await admin.query(`drop database if exists "${row.datname}"`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: testDatabaseUrl(url, TEMPLATE_DB) });
    await prepareDatabase(database);
    await database.close();
    return;
  }
  mkdirSync(path.dirname(PREPARED_PGLITE), { recursive: true });
  const database = await openDatabase({});
  await prepareDatabase(database);
  writeFileSync(PREPARED_PGLITE, await database.dumpDataDir!());
  await database.close();
}
