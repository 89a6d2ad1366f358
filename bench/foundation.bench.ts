import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { type Database, openDatabase } from '../apps/server/src/db/client';
import { migrateDatabase } from '../apps/server/src/db/migrate';
import { loadReferenceUnits } from '../apps/server/src/modules/units/reference/load-reference';
import { load, ms, withScratchPostgres } from './lib';

async function timeReferenceLoad(database: Database): Promise<number> {
  await migrateDatabase(database);
  const t0 = performance.now();
  await loadReferenceUnits(database);
  return (performance.now() - t0) / 1000;
}

/** Loading the country, and the server's responsiveness on the embedded engine while a heavy query runs. */
export async function foundationBench(): Promise<string[]> {
  const out: string[] = ['## Foundation'];
  const lite = await openDatabase({});
  const liteSeconds = await timeReferenceLoad(lite);
  const pgSeconds = await withScratchPostgres(async (url) => {
    const database = await openDatabase({ databaseUrl: url });
    try {
      return await timeReferenceLoad(database);
    } finally {
      await database.close();
    }
  });
  out.push(
    `reference load (whole country): PGlite ${liteSeconds.toFixed(2)} s` +
      (pgSeconds
        ? `, PostgreSQL ${pgSeconds.toFixed(2)} s, ratio PGlite/PostgreSQL ${(liteSeconds / pgSeconds).toFixed(2)}`
        : '') +
      ' (goal: < 10 s on PGlite)',
  );

  const config = { ...loadConfig({}), logLevel: 'silent' };
  const app = await buildApp({ config, database: lite, logger: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const idle = await load(`${address}/api/health`, 2000, 10);
  let heavyRunning = true;
  const heavy = lite.pool
    .query('select count(*) from generate_series(1, 12000000) a, lateral (select md5(a::text)) b')
    .finally(() => {
      heavyRunning = false;
    });
  await new Promise((r) => setTimeout(r, 100));
  const busy = await load(`${address}/api/health`, 2000, 10);
  const overlapped = heavyRunning;
  await heavy;
  out.push(
    `/api/health on PGlite, 10 concurrent: idle p50 ${ms(idle.p50)} p95 ${ms(idle.p95)}; during a heavy query` +
      ` p50 ${ms(busy.p50)} p95 ${ms(busy.p95)} (ratio p95 busy/idle ${(busy.p95 / idle.p95).toFixed(2)};` +
      ` heavy query still running at the end: ${overlapped}) (goal: < 100 ms)`,
  );
  await app.close();
  await lite.close();
  return out;
}
