import type { Board, BoardRow, ReportDetail } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';
import type { Client } from '../../../test/test-users';
import { getJson } from '../../units/units-test-support';
import { openReport, saveValues, step, useReportingWorld } from '../reporting-test-support';

// 2026 deadlines (25/11/2026 is a Wednesday): province 25/11, commune 18/11, institution 11/11.
let now = new Date('2026-11-05T03:00:00Z');
const t = useTestApp({ clock: () => now });
const w = useReportingWorld(t);

const LIBRARY_VALUES = {
  EVENTS_READING_CULTURE_DAY: 3,
  EVENTS_WORLD_BOOK_DAY: 2,
  LLL_ACTIVITIES: 8,
  LIB_IT_DIGITAL: 0,
  LIB_LLL_SERVICE: 1,
};
const MUSEUM_VALUES = { MUSEUM_EDU_PROGRAMME: 1, MUSEUM_VISITS_TOTAL: 900, MUSEUM_LEARNING_VISITS: 300 };

const board = (client: Client, unitId: number, depth = 'children') =>
  getJson<Board>(client, `/api/reporting/board?unitId=${unitId}&period=2026&depth=${depth}`);
const rowOf = (b: Board, unitId: number) => b.rows.find((r) => r.unit.id === unitId) as BoardRow;

async function submit(client: Client, unitId: number, values: Record<string, number>) {
  let report = await openReport(client, unitId);
  report = (await saveValues(client, report, values)).json();
  const res = await step(client, report, 'submit');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ReportDetail;
}

describe('GET /api/reporting/board', () => {
  it('lists the communes of a province, not started, with their computed deadlines', async () => {
    const b = await board(w.province, w.f.provinceA);
    expect(b.rows.map((r) => r.unit.id).sort()).toEqual([w.f.communeA1, w.f.communeA2].sort());
    expect(rowOf(b, w.f.communeA1)).toMatchObject({
      level: 'commune',
      formCode: 'COMMUNE_SUMMARY_ANNUAL',
      reportId: null,
      status: 'not_started',
      deadline: '2026-11-18',
      submittedAt: null,
      onTime: null,
      daysLate: 0,
      approvedBy: null,
    });
    expect(b.figures.completeness).toEqual({ expected: 2, submitted: 0, approved: 0, share: 0 });
    expect(b.figures.timeliness.share).toBeNull();
  });

  it('shows on-time, late and approved reports with their figures and the totals of what was submitted', async () => {
    const library = await submit(w.staff, w.library, LIBRARY_VALUES);
    expect((await step(w.commune, library, 'approve')).statusCode).toBe(200);
    now = new Date('2026-11-13T03:00:00Z'); // Friday: two working days after the institutions' deadline.
    await submit(w.museumStaff, w.museum, MUSEUM_VALUES);

    const commune = await board(w.commune, w.f.communeA1);
    expect(commune.rows.map((r) => r.unit.id).sort()).toEqual([w.library, w.museum].sort());

    const all = await board(w.province, w.f.provinceA, 'all');
    expect(all.rows.map((r) => r.level)).toEqual(['commune', 'commune', 'institution', 'institution']);
    expect(rowOf(all, w.library)).toMatchObject({
      status: 'approved',
      reportId: library.id,
      deadline: '2026-11-11',
      onTime: true,
      daysLate: 0,
      approvedBy: { name: w.commune.username },
    });
    expect(rowOf(all, w.library).submittedAt?.slice(0, 10)).toBe('2026-11-05');
    expect(rowOf(all, w.library).approvedAt).not.toBeNull();
    expect(rowOf(all, w.museum)).toMatchObject({ status: 'submitted', onTime: false, daysLate: 2 });
    expect(rowOf(all, w.f.communeA1)).toMatchObject({ status: 'not_started', onTime: null });
    expect(all.figures.completeness).toEqual({ expected: 4, submitted: 2, approved: 1, share: 0.5 });
    expect(all.figures.timeliness).toEqual({ submitted: 2, onTime: 1, late: 1, overdue: 0, share: 0.5 });
    expect(all.figures.byStatus).toMatchObject({ not_started: 2, approved: 1, submitted: 1 });

    const totals = Object.fromEntries(all.totals.map((x) => [x.element, x]));
    expect(totals.LLL_ACTIVITIES).toMatchObject({ value: 8, reports: 1 });
    // The museum's report is only submitted, not approved: its figures count all the same.
    expect(totals.MUSEUM_VISITS_TOTAL).toMatchObject({ value: 900, reports: 1 });
    expect(totals.MUSEUM_VISITS_TOTAL?.name.vi).toBeTruthy();
  });

  it('marks a report not submitted after its deadline as late by the working days so far', async () => {
    now = new Date('2026-11-20T03:00:00Z'); // Friday: two working days after the communes' deadline.
    const b = await board(w.province, w.f.provinceA);
    expect(rowOf(b, w.f.communeA2)).toMatchObject({ status: 'not_started', onTime: false, daysLate: 2 });
    expect(b.figures.timeliness.overdue).toBe(2);
  });

  it('narrows to one form', async () => {
    const forms = await getJson<{ id: number; code: string }[]>(w.province, '/api/forms');
    const museumForm = forms.find((f) => f.code === 'MUSEUM_ANNUAL')!;
    const b = await getJson<Board>(
      w.province,
      `/api/reporting/board?unitId=${w.f.provinceA}&period=2026&depth=all&formId=${museumForm.id}`,
    );
    expect(b.rows.map((r) => r.unit.id)).toEqual([w.museum]);
    expect(b.totals.map((x) => x.element)).not.toContain('LIB_IT_DIGITAL');
  });

  it('answers 404 for a unit outside the person’s subtree and 400 for a bad period', async () => {
    const other = await w.province.request({
      method: 'GET',
      url: `/api/reporting/board?unitId=${w.f.provinceB}&period=2026`,
    });
    expect(other.statusCode).toBe(404);
    const outsider = await w.outsider.request({
      method: 'GET',
      url: `/api/reporting/board?unitId=${w.f.provinceA}&period=2026&depth=all`,
    });
    expect(outsider.statusCode).toBe(404);
    const bad = await w.province.request({
      method: 'GET',
      url: `/api/reporting/board?unitId=${w.f.provinceA}&period=2026Q5`,
    });
    expect(bad.statusCode).toBe(400);
  });
});
