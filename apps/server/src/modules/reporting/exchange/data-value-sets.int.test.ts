import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';
import type { Client } from '../../../test/test-users';
import { useReportingWorld } from '../reporting-test-support';
import { countValues, EXCHANGE_CLOCK, storedValues } from './exchange-test-support';

const t = useTestApp({ clock: EXCHANGE_CLOCK });
const w = useReportingWorld(t);

const post = (client: Client, body: unknown, dryRun: boolean, contentType = 'application/json') =>
  client.request({
    method: 'POST',
    url: `/api/dataValueSets?dryRun=${dryRun}`,
    headers: { 'content-type': contentType },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/dataValueSets', () => {
  it('imports DHIS2 JSON with the set’s period and orgUnit as defaults, all or nothing', async () => {
    const good = {
      dataSet: 'LIBRARY_ANNUAL',
      period: '2026',
      orgUnit: 'ZZ-LIB-1',
      completeDate: '2026-11-01',
      dataValues: [
        { dataElement: 'LIB_USER_VISITS', value: '4200', categoryOptionCombo: 'HllvX50cXC0' },
        { dataElement: 'LIB_LLL_SERVICE', value: 'true', comment: 'có lớp tin học' },
        { dataElement: 'LLL_ACTIVITIES', value: 7 },
      ],
    };
    const bad = {
      ...good,
      dataValues: [
        ...good.dataValues,
        { dataElement: 'LIB_BOOK_ROTATIONS', value: 'nhiều' },
        { dataElement: 'NO_SUCH', value: '1' },
        { dataElement: 'LIB_USER_VISITS', value: '1', orgUnit: 'ZZ-LIB-2' },
      ],
    };
    const refused = await post(w.staff, bad, false);
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({
      status: 'ERROR',
      importCount: { imported: 0, updated: 0, ignored: 6, deleted: 0 },
    });
    expect(
      refused.json().conflicts.map((c: { errorCode: string; row: number }) => [c.row, c.errorCode]),
    ).toEqual([
      [4, 'not_a_number'],
      [5, 'unknown_element'],
      [6, 'out_of_scope'],
    ]);
    expect(await storedValues(t.database, w.library)).toEqual({});

    const dry = await post(w.staff, good, true);
    expect(dry.json()).toMatchObject({ status: 'SUCCESS', dryRun: true, importCount: { imported: 3 } });
    expect(await storedValues(t.database, w.library)).toEqual({});
    const res = await post(w.staff, good, false);
    expect(res.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 3, updated: 0 } });
    expect(await storedValues(t.database, w.library)).toEqual({
      LIB_USER_VISITS: 4200,
      LIB_LLL_SERVICE: 1,
      LLL_ACTIVITIES: 7,
    });
    const again = await post(
      w.staff,
      { ...good, dataValues: [{ dataElement: 'LLL_ACTIVITIES', value: '' }] },
      false,
    );
    expect(again.json().importCount).toEqual({ imported: 0, updated: 0, ignored: 0, deleted: 1 });
  });

  it('imports DHIS2 CSV (its ten columns) and a short header, and names an ambiguous code', async () => {
    const header =
      'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup';
    const full = `${header}\nMUSEUM_VISITS_TOTAL,2026,ZZ-MUS-1,,,900,someone,2026-10-01,ghi chú,false\n`;
    const res = await post(w.commune, full, false, 'text/csv');
    expect(res.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 1 } });
    const short =
      '\uFEFFdataElement;period;orgUnit;value\nMUSEUM_VISITS_TOTAL;2026;institution:ZZ-MUS-1;901\n';
    const res2 = await post(w.commune, short, false, 'text/csv');
    expect(res2.json()).toMatchObject({ status: 'SUCCESS', importCount: { updated: 1 } });
    expect(await storedValues(t.database, w.museum)).toEqual({ MUSEUM_VISITS_TOTAL: 901 });

    // A commune whose code is also an institution's: the code alone is ambiguous.
    await t.database.db.execute(sql`update units set code = 'ZZ101' where id = ${w.museum}`);
    try {
      const ambiguous = await post(
        w.commune,
        'dataElement,period,orgUnit,value\nLLL_ACTIVITIES,2026,ZZ101,1',
        true,
        'text/csv',
      );
      expect(ambiguous.json().conflicts[0]).toMatchObject({
        errorCode: 'ambiguous_unit',
        value: expect.stringContaining('commune:ZZ101'),
      });
    } finally {
      await t.database.db.execute(sql`update units set code = 'ZZ-MUS-1' where id = ${w.museum}`);
    }
  });

  it('refuses values of a locked report', async () => {
    await t.database.db.execute(
      sql`update reports set status = 'approved' where unit_id = ${w.museum} and period = '2026'`,
    );
    const res = await post(
      w.commune,
      {
        period: '2026',
        orgUnit: 'ZZ-MUS-1',
        dataValues: [{ dataElement: 'MUSEUM_VISITS_TOTAL', value: '1' }],
      },
      false,
    );
    expect(res.json()).toMatchObject({ status: 'ERROR', conflicts: [{ errorCode: 'report_locked' }] });
    await t.database.db.execute(
      sql`update reports set status = 'draft' where unit_id = ${w.museum} and period = '2026'`,
    );
  });
});

describe('GET /api/dataValueSets', () => {
  it('exports what the person may read, and the export imports back to the same values (JSON and CSV)', async () => {
    const summary = await post(
      w.admin,
      {
        period: '2026',
        dataValues: [
          { orgUnit: 'ZZ-LIB-2', dataElement: 'LIB_USER_VISITS', value: '12.5' },
          { orgUnit: 'ZZ-LIB-2', dataElement: 'LIB_FREE_INTERNET', value: 'false' },
          { orgUnit: 'ZZ-LIB-2', dataElement: 'EVENTS_LLL_WEEK', value: '3', comment: 'tuần lễ' },
        ],
      },
      false,
    );
    // 12.5 is no whole number of visits: refused, nothing written.
    expect(summary.json().conflicts).toMatchObject([{ errorCode: 'not_an_integer', row: 1 }]);
    const ok = await post(
      w.admin,
      {
        period: '2026',
        dataValues: [
          { orgUnit: 'ZZ-LIB-2', dataElement: 'LIB_USER_VISITS', value: '12' },
          { orgUnit: 'ZZ-LIB-2', dataElement: 'LIB_FREE_INTERNET', value: 'false' },
          { orgUnit: 'ZZ-LIB-2', dataElement: 'EVENTS_LLL_WEEK', value: '3', comment: 'tuần lễ' },
        ],
      },
      false,
    );
    expect(ok.json().status).toBe('SUCCESS');

    const mine = await w.commune.request({ method: 'GET', url: '/api/dataValueSets?period=2026' });
    expect(mine.json().dataValues.map((v: { orgUnit: string }) => v.orgUnit)).not.toContain('ZZ-LIB-2');
    const all = await w.admin.request({
      method: 'GET',
      url: '/api/dataValueSets?period=2026&orgUnit=ZZ201&children=true',
    });
    const exported = all.json().dataValues;
    expect(exported).toEqual([
      expect.objectContaining({
        dataElement: 'EVENTS_LLL_WEEK',
        orgUnit: 'ZZ-LIB-2',
        value: '3',
        comment: 'tuần lễ',
      }),
      expect.objectContaining({ dataElement: 'LIB_FREE_INTERNET', value: 'false' }),
      expect.objectContaining({ dataElement: 'LIB_USER_VISITS', value: '12' }),
    ]);
    const before = await storedValues(t.database, w.otherLibrary);

    await t.database.db.execute(sql`delete from report_values where unit_id = ${w.otherLibrary}`);
    const back = await post(w.admin, { dataValues: exported }, false);
    expect(back.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 3 } });
    expect(await storedValues(t.database, w.otherLibrary)).toEqual(before);

    const csv = await w.admin.request({
      method: 'GET',
      url: '/api/dataValueSets?dataSet=LIBRARY_ANNUAL&period=2026&orgUnit=ZZ-LIB-2&format=csv',
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe(
      'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup',
    );
    await t.database.db.execute(sql`delete from report_values where unit_id = ${w.otherLibrary}`);
    const fromCsv = await post(w.admin, csv.body, false, 'text/csv');
    expect(fromCsv.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 3 } });
    expect(await storedValues(t.database, w.otherLibrary)).toEqual(before);
    expect(await countValues(t.database, sql`unit_id = ${w.otherLibrary} and source = 'api'`)).toBe(3);
  });
});
