import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-db';
import { backupDatabase, restoreDatabase } from './backup';
import type { Database } from './client';
import { auditEntries, meta } from './schema';

describe('backupDatabase / restoreDatabase', () => {
  let database: Database;
  const dir = mkdtempSync(path.join(tmpdir(), 'suotdoi-backup-'));
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  const counts = async () =>
    (
      await database.db.execute<{ n: number; t: string }>(
        sql`select 'units' as t, count(*)::int as n from units union all select 'audit', count(*)::int from audit_entries union all select 'meta', count(*)::int from meta`,
      )
    ).rows;

  it('restores exactly what was backed up, after later changes', async () => {
    await database.db.insert(meta).values({ key: 'backup-test', value: { text: 'Thư viện tỉnh Ninh Bình' } });
    await database.db.insert(auditEntries).values({ action: 'test', entity: 'x', after: { a: 1 } });
    const before = await counts();
    const file = path.join(dir, 'one.json.gz');
    const header = await backupDatabase(database, file);
    expect(header.tables.map((t) => t.name)).toContain('units');

    await database.db.delete(meta).where(eq(meta.key, 'backup-test'));
    await database.db.insert(auditEntries).values({ action: 'after-backup', entity: 'x' });

    await restoreDatabase(database, file);
    expect(await counts()).toEqual(before);
    const [row] = await database.db.select().from(meta).where(eq(meta.key, 'backup-test'));
    expect(row?.value).toEqual({ text: 'Thư viện tỉnh Ninh Bình' });
    // Sequences continue past restored ids: a new row does not collide.
    await database.db.insert(auditEntries).values({ action: 'after-restore', entity: 'x' });
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const before = await counts();
    const bogus = path.join(dir, 'bogus.json.gz');
    writeFileSync(bogus, 'this is not gzip');
    await expect(restoreDatabase(database, bogus)).rejects.toMatchObject({ code: 'INVALID_BACKUP' });
    expect(await counts()).toEqual(before);
  });
});
