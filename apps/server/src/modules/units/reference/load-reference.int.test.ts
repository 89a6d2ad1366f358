import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../db/client';
import { prepareDatabase } from '../../../db/prepare';
import { openScratchPostgres } from '../../../test/test-db';
import { loadReferenceUnits, REFERENCE_META_KEY, REFERENCE_VERSION } from './load-reference';

/** A database of its own, empty: the prepared test template already holds the reference data. */
async function openEmptyDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openDatabase({});
  return openScratchPostgres(url, { poolSize: 2 });
}

describe('loading the reference units into an empty database', () => {
  let database: Database;
  const lines: string[] = [];
  let ms = 0;
  beforeAll(async () => {
    database = await openEmptyDatabase();
    const started = performance.now();
    await prepareDatabase(database, (line) => lines.push(line));
    ms = performance.now() - started;
  });
  afterAll(() => database.close());

  it('prints what it loaded, what it held back and how long it took', () => {
    // Timing is printed, never asserted: these machines are shared.
    console.log(
      `prepareDatabase on ${database.engine}: ${(ms / 1000).toFixed(2)} s\n  ${lines.join('\n  ')}`,
    );
    expect(lines.join('\n')).toMatch(/10,034 loaded as commune lineage/);
    expect(lines.join('\n')).toMatch(/938 held back/);
    expect(lines.join('\n')).toMatch(/329 unlinked/);
    expect(lines.join('\n')).toMatch(/11 changed type, 4 formed, 13 ended; 173 communes moved district/);
    expect(lines.some((l) => /reference data loaded in [\d.]+ s/.test(l))).toBe(true);
  });

  it('records the version it loaded and leaves a loaded database alone', async () => {
    const meta = await database.pool.query(`select value from meta where key = $1`, [REFERENCE_META_KEY]);
    expect(meta.rows[0].value).toMatchObject({ version: REFERENCE_VERSION });
    const count = async () =>
      (await database.pool.query(`select count(*)::int as n from units`)).rows[0].n as number;
    const before = await count();
    expect(await loadReferenceUnits(database)).toBe(false);
    await prepareDatabase(database);
    expect(await count()).toBe(before);
  });
});
