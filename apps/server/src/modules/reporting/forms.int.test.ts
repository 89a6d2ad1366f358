import type { Form, Holiday } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { getJson } from '../units/units-test-support';
import { openReport, useReportingWorld } from './reporting-test-support';

const t = useTestApp({ clock: () => new Date('2026-11-05T03:00:00Z') });
const w = useReportingWorld(t);

describe('forms and holidays', () => {
  it('ship the built-in forms with their elements and the holiday table with Tết', async () => {
    const forms = await getJson<Form[]>(w.staff, '/api/forms');
    expect(forms.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'LIBRARY_ANNUAL',
        'MUSEUM_ANNUAL',
        'COMMUNE_SUMMARY_ANNUAL',
        'PROVINCE_SUMMARY_ANNUAL',
      ]),
    );
    const library = forms.find((f) => f.code === 'LIBRARY_ANNUAL')!;
    expect(library.elements.find((e) => e.code === 'LIB_USER_VISITS')?.valueType).toBe('integer');
    const holidays = await getJson<Holiday[]>(w.staff, '/api/holidays?year=2026');
    expect(holidays.map((h) => h.date)).toContain('2026-02-17');
  });

  it('lets a form manager move the deadline, refuses a stale edit and anyone else', async () => {
    const form = (await getJson<Form[]>(w.admin, '/api/forms')).find((f) => f.code === 'MUSEUM_ANNUAL')!;
    const body = {
      version: form.version,
      deadlines: {
        anchor: { kind: 'fixed', month: 12, day: 10 },
        levelOffsets: { institution: 2, commune: 1, province: 0 },
      },
    };
    expect(
      (await w.province.request({ method: 'PATCH', url: `/api/forms/${form.id}`, payload: body })).statusCode,
    ).toBe(403);
    const saved = await w.admin.request({ method: 'PATCH', url: `/api/forms/${form.id}`, payload: body });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(form.version + 1);
    expect(
      (await w.admin.request({ method: 'PATCH', url: `/api/forms/${form.id}`, payload: body })).statusCode,
    ).toBe(409);
    // 10/12/2026 is a Thursday: two working days earlier is Tuesday 8/12.
    expect((await openReport(w.museumStaff, w.museum)).deadline).toBe('2026-12-08');
  });
});
