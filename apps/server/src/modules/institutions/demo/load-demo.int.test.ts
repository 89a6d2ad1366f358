import { foldDiacritics } from '@suotdoi/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { auditEntries, meta, unitParents, units } from '../../../db/schema';
import { useTestApp } from '../../../test/test-app';
import { DEMO_META_KEY, loadDemoInstitutions } from './load-demo';

const clock = () => new Date('2026-03-16T03:00:00Z');

/** Ninh Bình from the reference data when it is loaded, otherwise a stand-in with three communes. */
async function ensureNinhBinh(database: Database): Promise<number> {
  const provinces = await database.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.kind, 'province'), isNull(units.validTo)));
  const found = provinces.find((p) => foldDiacritics(p.name) === 'ninh binh');
  if (found) return found.id;
  const insert = async (kind: string, code: string, name: string, typeName: string) =>
    (
      await database.db
        .insert(units)
        .values({ kind, code, name, typeName, searchName: foldDiacritics(name), validFrom: '2025-07-01' })
        .returning({ id: units.id })
    )[0]!.id;
  const provinceId = await insert('province', 'ZZNB', 'Ninh Bình', 'Tỉnh');
  for (const [code, name] of [
    ['ZZNB1', 'Gia Viễn'],
    ['ZZNB2', 'Hoa Lư'],
    ['ZZNB3', 'Yên Mô'],
    ['ZZNB4', 'Kim Sơn'],
  ]) {
    const id = await insert('commune', code!, name!, 'Xã');
    await database.db
      .insert(unitParents)
      .values({ unitId: id, parentId: provinceId, validFrom: '2025-07-01' });
  }
  return provinceId;
}

describe('loadDemoInstitutions', () => {
  const t = useTestApp();
  let ninhBinh: number;
  beforeAll(async () => {
    ninhBinh = await ensureNinhBinh(t.database);
  });

  it('loads plausible demo institutions once, all marked as demo', async () => {
    const loaded = await loadDemoInstitutions(t.database, () => {}, clock);
    expect(loaded).toBeGreaterThan(5);
    const rows = await t.database.db.execute<{
      code: string;
      name: string;
      source: string;
      is_demo: boolean;
      province_id: number;
      category: string;
    }>(sql`select u.code, u.name, u.source, i.is_demo, i.province_id, i.category
      from institutions i join units u on u.id = i.unit_id`);
    expect(rows.rows).toHaveLength(loaded);
    expect(rows.rows.every((r) => r.is_demo && r.source === 'demo' && r.code.startsWith('DEMO-'))).toBe(true);
    const ninhBinhRows = rows.rows.filter((r) => r.province_id === ninhBinh);
    expect(ninhBinhRows.map((r) => r.name)).toContain('Thư viện tỉnh Ninh Bình');
    expect(ninhBinhRows.some((r) => r.category === 'library_commune')).toBe(true);

    const [marker] = await t.database.db.select().from(meta).where(eq(meta.key, DEMO_META_KEY));
    expect(marker!.value).toMatchObject({ count: loaded });
    const audit = await t.database.db.select().from(auditEntries).where(eq(auditEntries.action, 'load_demo'));
    expect(audit).toHaveLength(1);

    expect(await loadDemoInstitutions(t.database, () => {}, clock)).toBe(0);
  });

  it('shows the demo institutions through the API with isDemo', async () => {
    const { signInAs } = await import('../../../test/test-users');
    const admin = await signInAs(t, [{ role: 'system_admin', unitId: ninhBinh }]);
    const res = await admin.request({
      method: 'GET',
      url: `/api/institutions?unitId=${ninhBinh}&q=thu vien tinh`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ name: 'Thư viện tỉnh Ninh Bình', isDemo: true });
  });
});
