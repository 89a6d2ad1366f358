import type { ReportDetail, ReportSummary } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { getJson } from '../units/units-test-support';
import { openReport, saveValues, step, useReportingWorld } from './reporting-test-support';

// 5/11/2026: inside the 2026 window (15/12/2025–14/12/2026), before the institution deadline 11/11/2026
// (25/11/2026 is a Wednesday; ten working days earlier).
const t = useTestApp({ clock: () => new Date('2026-11-05T03:00:00Z') });
const w = useReportingWorld(t);

const EVENTS = { EVENTS_READING_CULTURE_DAY: 3, EVENTS_WORLD_BOOK_DAY: 2 };

describe('openReport', () => {
  it('creates one draft per unit and period on the form of the unit’s category', async () => {
    const first = await openReport(w.staff, w.library);
    const again = await openReport(w.staff, w.library);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: 'draft', version: 1, period: '2026', formCode: 'LIBRARY_ANNUAL' });
    expect(first.deadline).toBe('2026-11-11');
    const codes = first.form.elements.map((e) => e.code);
    expect(codes).toContain('LIB_USER_VISITS');
    expect(codes).not.toContain('MUSEUM_VISITS_TOTAL');
    expect(first.can).toMatchObject({ edit: true, submit: true, approve: false });
  });

  it('answers 404 for a unit outside the person’s subtree and 400 for a malformed period', async () => {
    const outside = await w.outsider.request({
      method: 'POST',
      url: '/api/reports',
      payload: { unitId: w.library, period: '2026' },
    });
    expect(outside.statusCode).toBe(404);
    const bad = await w.staff.request({
      method: 'POST',
      url: '/api/reports',
      payload: { unitId: w.library, period: '2026Q5' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a period that has not started yet', async () => {
    const res = await w.staff.request({
      method: 'POST',
      url: '/api/reports',
      payload: { unitId: w.library, period: '2027' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ field: 'period', reason: 'period_not_open' });
  });
});

describe('saveReport', () => {
  it('refuses text in a number field and a negative count, naming each field, and saves nothing', async () => {
    const report = await openReport(w.staff, w.library);
    const res = await saveValues(w.staff, report, {
      LIB_USER_VISITS: 'nhiều',
      LLL_ACTIVITIES: -2,
      STAFF_TRAINED: 4,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'LIB_USER_VISITS', reason: 'not_a_number' }),
      expect.objectContaining({ field: 'LLL_ACTIVITIES', reason: 'negative' }),
    ]);
    const after = await getJson<ReportDetail>(w.staff, `/api/reports/${report.id}`);
    expect(after.version).toBe(report.version);
    expect(after.values.STAFF_TRAINED).toBeUndefined();
  });

  it('reads Vietnamese numbers and stores booleans as 1/0', async () => {
    const report = await openReport(w.staff, w.library);
    const res = await saveValues(w.staff, report, { LIB_USER_VISITS: '12.500', LIB_LLL_SERVICE: 'có' });
    expect(res.statusCode).toBe(200);
    const saved: ReportDetail = res.json();
    expect(saved.values.LIB_USER_VISITS?.value).toBe(12500);
    expect(saved.values.LIB_LLL_SERVICE?.value).toBe(1);
    expect(saved.version).toBe(report.version + 1);
  });

  it('shows the conflict field by field when two people change the same field, and merges different fields', async () => {
    const seen = await openReport(w.staff, w.library);
    expect((await saveValues(w.staff, seen, { LLL_ACTIVITIES: 5 })).statusCode).toBe(200);
    // The commune officer still holds the old version.
    const clash = await saveValues(w.commune, seen, { LLL_ACTIVITIES: 7 });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.details.conflicts).toEqual([
      {
        field: 'LLL_ACTIVITIES',
        yours: { value: 7, comment: null },
        theirs: { value: 5, comment: null },
        base: { value: null, comment: null },
      },
    ]);
    expect(
      (await getJson<ReportDetail>(w.staff, `/api/reports/${seen.id}`)).values.LLL_ACTIVITIES?.value,
    ).toBe(5);
    const merged = await saveValues(w.commune, seen, { LLL_PARTICIPANTS: 400 });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().values).toMatchObject({
      LLL_ACTIVITIES: { value: 5 },
      LLL_PARTICIPANTS: { value: 400 },
    });
  });
});

describe('the workflow', () => {
  it('blocks submission on an error rule, then goes submitted → returned → submitted → approved', async () => {
    let report = await openReport(w.staff, w.library);
    report = (await saveValues(w.staff, report, { ...EVENTS, LLL_ACTIVITIES: 4, LIB_IT_DIGITAL: 0 })).json();
    const blocked = await step(w.staff, report, 'submit');
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.details.violations.map((v: { ruleId: string }) => v.ruleId)).toEqual([
      'national_days_within_activities',
    ]);
    report = (await saveValues(w.staff, report, { LLL_ACTIVITIES: 8 })).json();
    const submitted = await step(w.staff, report, 'submit');
    expect(submitted.statusCode).toBe(200);
    report = submitted.json();
    expect(report).toMatchObject({ status: 'submitted', onTime: true, deadline: '2026-11-11' });
    expect(report.can.edit).toBe(false);
    expect((await saveValues(w.staff, report, { LLL_ACTIVITIES: 9 })).json().error.code).toBe(
      'REPORT_LOCKED',
    );
    expect((await step(w.staff, report, 'approve')).statusCode).toBe(403);

    const queue = await getJson<ReportSummary[]>(w.commune, '/api/reports?scope=to_approve');
    expect(queue.map((r) => r.id)).toContain(report.id);
    expect((await step(w.commune, report, 'return', { reason: 'x' })).statusCode).toBe(400);
    report = (await step(w.commune, report, 'return', { reason: 'Thiếu số lượt luân chuyển sách' })).json();
    expect(report).toMatchObject({ status: 'returned', returnReason: 'Thiếu số lượt luân chuyển sách' });
    report = (await saveValues(w.staff, report, { LIB_BOOK_ROTATIONS: 12 })).json();
    report = (await step(w.staff, report, 'submit')).json();
    const approved = await step(w.commune, report, 'approve');
    expect(approved.statusCode).toBe(200);
    report = approved.json();
    expect(report.status).toBe('approved');
    expect(report.approvedBy?.name).toBe(w.commune.username);
    expect(report.history.map((h) => h.action)).toEqual(['submit', 'return', 'submit', 'approve']);
  });

  it('a stale version cannot move the report', async () => {
    const report = await openReport(w.museumStaff, w.museum);
    const res = await step(w.museumStaff, { id: report.id, version: report.version - 1 }, 'submit');
    expect(res.statusCode).toBe(409);
  });

  it('approves a commune summary only when its children are approved, then locks them', async () => {
    let summary = await openReport(w.commune, w.f.communeA1);
    expect(summary.formCode).toBe('COMMUNE_SUMMARY_ANNUAL');
    summary = (await step(w.commune, summary, 'submit')).json();
    expect(summary.status).toBe('submitted');
    expect((await step(w.commune, summary, 'approve')).statusCode).toBe(403);
    const waiting = await step(w.province, summary, 'approve');
    expect(waiting.statusCode).toBe(409);
    expect(waiting.json().error.details.pending).toEqual([
      expect.objectContaining({ unitId: w.museum, status: 'draft' }),
    ]);
    let museum = await openReport(w.museumStaff, w.museum);
    museum = (
      await saveValues(w.museumStaff, museum, {
        MUSEUM_EDU_PROGRAMME: 1,
        MUSEUM_VISITS_TOTAL: 900,
        MUSEUM_LEARNING_VISITS: 300,
      })
    ).json();
    museum = (await step(w.museumStaff, museum, 'submit')).json();
    museum = (await step(w.commune, museum, 'approve')).json();
    summary = await getJson<ReportDetail>(w.province, `/api/reports/${summary.id}`);
    expect(summary.childrenTotals?.MUSEUM_VISITS_TOTAL).toEqual({ value: 900, reports: 1 });
    const approved = await step(w.province, summary, 'approve');
    expect(approved.statusCode).toBe(200);
    const lockedMuseum = await getJson<ReportDetail>(w.museumStaff, `/api/reports/${museum.id}`);
    expect(lockedMuseum.status).toBe('locked');
    expect(lockedMuseum.history.at(-1)).toMatchObject({ action: 'lock' });
  });

  it('reopens a locked report only with report.unlock above it and a reason', async () => {
    const museum = await openReport(w.museumStaff, w.museum);
    expect(museum.status).toBe('locked');
    expect((await saveValues(w.museumStaff, museum, { MUSEUM_VISITS_TOTAL: 1 })).json().error.code).toBe(
      'REPORT_LOCKED',
    );
    expect((await step(w.commune, museum, 'unlock', { reason: 'Sai số liệu' })).statusCode).toBe(403);
    const reopened = await step(w.province, museum, 'unlock', { reason: 'Sai số liệu khách tham quan' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({
      status: 'returned',
      returnReason: 'Sai số liệu khách tham quan',
    });
  });

  it('keeps reports out of sight of another commune', async () => {
    const report = await openReport(w.staff, w.library);
    expect((await w.outsider.request({ method: 'GET', url: `/api/reports/${report.id}` })).statusCode).toBe(
      404,
    );
    const listed = await getJson<ReportSummary[]>(w.outsider, '/api/reports');
    expect(listed.map((r) => r.id)).not.toContain(report.id);
    expect((await step(w.outsider, report, 'return', { reason: 'không phải của tôi' })).statusCode).toBe(404);
  });

  it('audits every transition', async () => {
    const audit = await getJson<{ items: { action: string }[] }>(
      w.admin,
      '/api/audit?entity=report&pageSize=200',
    );
    const actions = new Set(audit.items.map((i) => i.action));
    for (const a of ['report.save', 'report.submit', 'report.return', 'report.approve', 'report.unlock']) {
      expect(actions).toContain(a);
    }
  });
});
