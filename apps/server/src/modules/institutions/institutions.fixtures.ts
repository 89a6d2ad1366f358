import { foldDiacritics } from '@suotdoi/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { agencies, unitParents, units } from '../../db/schema';

/**
 * Units the institution tests hang institutions under, with codes of their own (ZZ…), so the tests read the
 * same whether or not the country's reference data is loaded in the test database.
 */
export interface InstitutionFixtures {
  countryId: number;
  provinceA: number;
  provinceB: number;
  /** Two communes of province A and one of province B, valid since 1/7/2025. */
  communeA1: number;
  communeA2: number;
  communeB1: number;
  /** A commune dissolved on 1/7/2025 and a district (history only). */
  oldCommune: number;
  oldDistrict: number;
  /** Province A's Department of Culture (a unit of kind agency). */
  agencyA: number;
  codes: Record<'provinceA' | 'provinceB' | 'communeA1' | 'communeA2' | 'communeB1' | 'agencyA', string>;
}

const REFORM = '2025-07-01';

async function insertUnit(
  database: Database,
  unit: {
    kind: string;
    code: string;
    name: string;
    typeName?: string;
    from?: string;
    to?: string;
    parentId?: number;
  },
): Promise<number> {
  const from = unit.from ?? REFORM;
  const [row] = await database.db
    .insert(units)
    .values({
      kind: unit.kind,
      code: unit.code,
      name: unit.name,
      typeName: unit.typeName ?? null,
      searchName: foldDiacritics(unit.name),
      validFrom: from,
      validTo: unit.to ?? null,
      source: 'test',
    })
    .returning({ id: units.id });
  if (unit.parentId !== undefined) {
    await database.db
      .insert(unitParents)
      .values({ unitId: row!.id, parentId: unit.parentId, validFrom: from, validTo: unit.to ?? null });
  }
  return row!.id;
}

export async function insertFixtures(database: Database): Promise<InstitutionFixtures> {
  const [country] = await database.db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.kind, 'country'), eq(units.code, 'VN'), isNull(units.validTo)));
  const countryId =
    country?.id ??
    (await insertUnit(database, { kind: 'country', code: 'VN', name: 'Việt Nam', from: '1945-09-02' }));
  const codes = {
    provinceA: 'ZZ1',
    provinceB: 'ZZ2',
    communeA1: 'ZZ101',
    communeA2: 'ZZ102',
    communeB1: 'ZZ201',
    agencyA: 'ZZ1.SVHTTDL',
  };
  const provinceA = await insertUnit(database, {
    kind: 'province',
    code: codes.provinceA,
    name: 'Thử Nghiệm A',
    typeName: 'Tỉnh',
    parentId: countryId,
  });
  const provinceB = await insertUnit(database, {
    kind: 'province',
    code: codes.provinceB,
    name: 'Thử Nghiệm B',
    typeName: 'Tỉnh',
    parentId: countryId,
  });
  const commune = (code: string, name: string, parentId: number, typeName = 'Xã') =>
    insertUnit(database, { kind: 'commune', code, name, typeName, parentId });
  const oldDistrict = await insertUnit(database, {
    kind: 'district',
    code: 'ZZ1D',
    name: 'Huyện Cũ',
    typeName: 'Huyện',
    from: '2000-01-01',
    to: REFORM,
  });
  const oldCommune = await insertUnit(database, {
    kind: 'commune',
    code: 'ZZ100',
    name: 'Xã Cũ',
    typeName: 'Xã',
    from: '2000-01-01',
    to: REFORM,
    parentId: oldDistrict,
  });
  const agencyA = await insertUnit(database, {
    kind: 'agency',
    code: codes.agencyA,
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Thử Nghiệm A',
    parentId: provinceA,
  });
  await database.db.insert(agencies).values({ unitId: agencyA, agencyType: 'department', sector: 'culture' });
  return {
    countryId,
    provinceA,
    provinceB,
    communeA1: await commune(codes.communeA1, 'An Bình', provinceA),
    communeA2: await commune(codes.communeA2, 'Đông Hòa', provinceA, 'Phường'),
    communeB1: await commune(codes.communeB1, 'Tây Sơn', provinceB),
    oldCommune,
    oldDistrict,
    agencyA,
    codes,
  };
}

/** A clock that starts on 16/3/2026 (10:00 in Vietnam) and moves one second per reading. */
export function steppingClock(start = '2026-03-16T03:00:00Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    t += 1000;
    return new Date(t);
  };
}

/** A multipart/form-data body with one file in the field `file`, for app.inject. */
export function multipartFile(filename: string, bytes: Uint8Array, type = 'application/octet-stream') {
  const boundary = `----suotdoi${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
