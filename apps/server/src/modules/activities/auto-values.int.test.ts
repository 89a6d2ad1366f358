import type { ActivityCompletion, FiguresResponse, ReportDetail } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import type { Client } from '../../test/test-users';
import { rollupSnapshot } from '../analytics/analytics-test-support';
import { rebuildAnalytics } from '../analytics/rebuild';
import { openReport, saveValues, step, useReportingWorld } from '../reporting/reporting-test-support';
import { getJson } from '../units/units-test-support';
import {
  attendanceOf,
  insertActivity,
  insertHeadcount,
  insertRegistrations,
} from './completion-test-support';

/**
 * Into the numbers (issue 7): completed activities reach the institution's annual report as automatic values,
 * a person changes one only with a reason, and approved reports and the analytics stay consistent.
 */

// 5/11/2026: inside the 2026 window (15/12/2025–14/12/2026), before the institution deadline 11/11/2026.
const clock = () => new Date('2026-11-05T03:00:00Z');
const t = useTestApp({ clock });
const w = useReportingWorld(t);

const READING_DAY = { startsAt: '2026-04-21T08:00:00+07:00', endsAt: '2026-04-21T11:00:00+07:00' };
const IN_MAY = { startsAt: '2026-05-10T08:00:00+07:00', endsAt: '2026-05-10T11:00:00+07:00' };

async function complete(client: Client, activity: { id: number; version: number }) {
  const res = await client.request({
    method: 'POST',
    url: `/api/activities/${activity.id}/complete`,
    payload: { version: activity.version },
  });
  if (res.statusCode !== 200) throw new Error(`complete ${activity.id}: ${res.statusCode} ${res.body}`);
  return res.json() as ActivityCompletion;
}

const figures = (report: ReportDetail, codes: string[]) =>
  Object.fromEntries(codes.map((c) => [c, report.values[c] ?? null]));

describe('a report opened after its activities completed', () => {
  it('shows their figures, taken on the way, from activities of its cut-off window only', async () => {
    // 20/12/2025 falls in the 2026 window (15/12/2025–14/12/2026); 14/12/2026 too; 15/12/2026 is 2027's.
    for (const [startsAt, endsAt] of [
      ['2025-12-20T08:00:00+07:00', '2025-12-20T10:00:00+07:00'],
      ['2026-12-14T20:00:00+07:00', '2026-12-14T23:30:00+07:00'],
      ['2025-12-14T08:00:00+07:00', '2025-12-14T10:00:00+07:00'],
      ['2026-12-15T08:00:00+07:00', '2026-12-15T10:00:00+07:00'],
    ] as const) {
      const held = await insertActivity(t.database.db, {
        institutionId: w.otherLibrary,
        type: 'mobile_library_trip',
        status: 'completed',
        startsAt,
        endsAt,
      });
      await insertHeadcount(t.database.db, held.id, 10);
    }
    const report = await openReport(w.admin, w.otherLibrary);
    expect(report.values.LLL_ACTIVITIES).toEqual({ value: 2, comment: null, source: 'auto', auto: 2 });
    expect(report.values.LLL_PARTICIPANTS?.value).toBe(20);
    expect(report.values.LIB_MOBILE_TRIPS?.value).toBe(2);
    expect(report.version).toBe(2);
  });
});

describe('automatic values of a library', () => {
  it('puts a completed activity’s check-ins and headcount into the 2026 report, marked automatic', async () => {
    const activity = await insertActivity(t.database.db, {
      institutionId: w.library,
      observanceCode: 'reading_culture_day',
      ...READING_DAY,
    });
    await insertRegistrations(t.database.db, activity.id, { confirmed: 5, checkedIn: 3 });
    await insertHeadcount(t.database.db, activity.id, 12);
    const done = await complete(w.staff, activity);
    expect(done).toMatchObject({ id: activity.id, status: 'completed', countedFromRegistrations: null });
    expect(done.report).toMatchObject({ period: '2026', synced: true, reason: null });
    expect(done.report.changed.sort()).toEqual([
      'EVENTS_READING_CULTURE_DAY',
      'LLL_ACTIVITIES',
      'LLL_PARTICIPANTS',
    ]);
    const report = await openReport(w.staff, w.library);
    expect(report.id).toBe(done.report.reportId);
    expect(figures(report, ['LLL_ACTIVITIES', 'LLL_PARTICIPANTS', 'EVENTS_READING_CULTURE_DAY'])).toEqual({
      LLL_ACTIVITIES: { value: 1, comment: null, source: 'auto', auto: 1 },
      LLL_PARTICIPANTS: { value: 15, comment: null, source: 'auto', auto: 15 },
      EVENTS_READING_CULTURE_DAY: { value: 1, comment: null, source: 'auto', auto: 1 },
    });
    // No automatic zeros for the days the library did not celebrate here, nor for exhibitions it did not hold.
    expect(report.values.EVENTS_WORLD_BOOK_DAY).toBeUndefined();
    expect(report.values.EXHIBITIONS_HELD).toBeUndefined();
    expect(report.violations.filter((v) => v.ruleId === 'auto_value_override')).toEqual([]);
    // Opening the report again finds nothing new: no write, no new version.
    expect((await openReport(w.staff, w.library)).version).toBe(report.version);
  });

  it('adds up a second activity, an exhibition, into its own elements', async () => {
    const before = await openReport(w.staff, w.library);
    const exhibition = await insertActivity(t.database.db, {
      institutionId: w.library,
      type: 'exhibition',
      ...IN_MAY,
    });
    await insertHeadcount(t.database.db, exhibition.id, 20);
    await complete(w.staff, exhibition);
    const report = await openReport(w.staff, w.library);
    expect(report.version).toBe(before.version + 1);
    expect(
      Object.fromEntries(
        [
          'LLL_ACTIVITIES',
          'LLL_PARTICIPANTS',
          'EVENTS_READING_CULTURE_DAY',
          'EXHIBITIONS_HELD',
          'LIB_THEMATIC_EXHIBITIONS',
        ].map((c) => [c, report.values[c]?.value]),
      ),
    ).toEqual({
      LLL_ACTIVITIES: 2,
      LLL_PARTICIPANTS: 35,
      EVENTS_READING_CULTURE_DAY: 1,
      EXHIBITIONS_HELD: 1,
      LIB_THEMATIC_EXHIBITIONS: 1,
    });
  });

  it('refuses a person’s change of an automatic value without a reason, saving nothing, and keeps it with one', async () => {
    const report = await openReport(w.staff, w.library);
    const refused = await saveValues(w.staff, report, { LLL_PARTICIPANTS: 40, STAFF_TRAINED: 2 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('REPORT_INVALID');
    expect(refused.json().error.details.fields).toEqual([
      {
        field: 'LLL_PARTICIPANTS',
        reason: 'auto_value_override',
        message: {
          vi: 'Số lượt người tham gia các hoạt động học tập suốt đời: Giá trị tự động từ hoạt động là 35; nhập lý do khi sửa.',
          en: 'Participations in lifelong-learning activities: The activities give 35; give a reason to change it.',
        },
      },
    ]);
    const unchanged = await getJson<ReportDetail>(w.staff, `/api/reports/${report.id}`);
    expect(unchanged.version).toBe(report.version);
    expect(unchanged.values.LLL_PARTICIPANTS?.value).toBe(35);
    expect(unchanged.values.STAFF_TRAINED).toBeUndefined();

    const kept = await saveValues(
      w.staff,
      report,
      { LLL_PARTICIPANTS: 40 },
      { LLL_PARTICIPANTS: 'Thêm 5 lượt của buổi đọc sách ngoài trời chưa ghi trên hệ thống.' },
    );
    expect(kept.statusCode, kept.body).toBe(200);
    expect((kept.json() as ReportDetail).values.LLL_PARTICIPANTS).toMatchObject({
      value: 40,
      auto: 35,
      source: 'entry',
    });
    // Typing back the automatic figure needs no reason.
    const again = await saveValues(w.staff, kept.json(), { LLL_ACTIVITIES: 2 });
    expect(again.statusCode, again.body).toBe(200);
  });

  it('moves only the automatic figure of a value a person changed when a later activity completes', async () => {
    const talk = await insertActivity(t.database.db, { institutionId: w.library, type: 'talk', ...IN_MAY });
    await insertHeadcount(t.database.db, talk.id, 7);
    await complete(w.staff, talk);
    const report = await openReport(w.staff, w.library);
    expect(report.values.LLL_PARTICIPANTS).toMatchObject({ value: 40, auto: 42, source: 'entry' });
    expect(report.values.LLL_PARTICIPANTS?.comment).toContain('ngoài trời');
    expect(report.values.LLL_ACTIVITIES).toMatchObject({ value: 3, auto: 3 });
    expect(report.violations.filter((v) => v.ruleId === 'auto_value_override')).toEqual([]);
  });

  it('counts nothing of a cancelled activity, and refuses to complete it', async () => {
    const before = await openReport(w.staff, w.library);
    const cancelled = await insertActivity(t.database.db, {
      institutionId: w.library,
      observanceCode: 'world_book_day',
      status: 'cancelled',
      ...IN_MAY,
    });
    await insertHeadcount(t.database.db, cancelled.id, 30);
    const res = await w.staff.request({
      method: 'POST',
      url: `/api/activities/${cancelled.id}/complete`,
      payload: { version: cancelled.version },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ACTIVITY_STATE');
    const after = await openReport(w.staff, w.library);
    expect(after.version).toBe(before.version);
    expect(after.values.EVENTS_WORLD_BOOK_DAY).toBeUndefined();
    expect(after.values.LLL_ACTIVITIES?.auto).toBe(3);
  });

  it('counts the confirmed registrations of an activity where nothing was recorded', async () => {
    const club = await insertActivity(t.database.db, { institutionId: w.library, type: 'club', ...IN_MAY });
    await insertRegistrations(t.database.db, club.id, { confirmed: 4, waitlisted: 2, cancelled: 1 });
    const done = await complete(w.staff, club);
    expect(done.countedFromRegistrations).toBe(4);
    expect(done.counts.participants).toBe(4);
    expect(await attendanceOf(t.database.db, club.id)).toEqual([{ source: 'registration', count: 4 }]);
    const report = await openReport(w.staff, w.library);
    expect(report.values.LLL_PARTICIPANTS).toMatchObject({ value: 40, auto: 46 });
    expect(report.values.LLL_ACTIVITIES).toMatchObject({ value: 4, auto: 4 });
  });

  it('keeps a submitted report’s analytics in step, and the figure follows once the report is approved', async () => {
    const participants = async () =>
      (
        await getJson<FiguresResponse>(
          w.province,
          `/api/analytics/figures?unitId=${w.f.provinceA}&years=2026&indicators=LLL_PARTICIPANTS_TOTAL`,
        )
      ).figures[0]!;
    let report = await openReport(w.staff, w.library);
    report = (await saveValues(w.staff, report, { LIB_LLL_SERVICE: 'có', LIB_IT_DIGITAL: 'có' })).json();
    const submitted = await step(w.staff, report, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(await participants()).toMatchObject({ submitted: 1, actual: null });

    // A reading session completes while the report waits for approval: its value follows, still submitted.
    const reading = await insertActivity(t.database.db, {
      institutionId: w.library,
      type: 'reading_session',
      ...IN_MAY,
    });
    await insertHeadcount(t.database.db, reading.id, 9);
    const done = await complete(w.staff, reading);
    expect(done.report).toMatchObject({ synced: true, reportId: report.id });
    report = await getJson<ReportDetail>(w.staff, `/api/reports/${report.id}`);
    expect(report.status).toBe('submitted');
    expect(report.values.LLL_ACTIVITIES).toMatchObject({ value: 5, auto: 5 });

    const approved = await step(w.commune, report, 'approve');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await participants()).toMatchObject({ submitted: 1, actual: 40 });
    // The rollups kept incrementally equal a rebuild from the reports.
    const kept = await rollupSnapshot(t.database.db);
    await rebuildAnalytics(t.database.db, { clock });
    expect(await rollupSnapshot(t.database.db)).toEqual(kept);
  });

  it('leaves an approved report alone and says the figures wait, until it is unlocked', async () => {
    const report = await openReport(w.staff, w.library);
    expect(report.status).toBe('approved');
    const late = await insertActivity(t.database.db, {
      institutionId: w.library,
      observanceCode: 'world_book_day',
      ...IN_MAY,
    });
    await insertHeadcount(t.database.db, late.id, 3);
    const done = await complete(w.staff, late);
    expect(done.report).toEqual({
      reportId: report.id,
      period: '2026',
      synced: false,
      reason: 'report_locked',
      changed: [],
    });
    const same = await openReport(w.staff, w.library);
    expect(same.version).toBe(report.version);
    expect(same.values).toEqual(report.values);

    // Unlocking it (back to returned) brings the figures that waited, before anyone opens it again.
    const unlocked = await step(w.province, report, 'unlock', {
      reason: 'Bổ sung hoạt động Ngày Sách thế giới',
    });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    const reopened: ReportDetail = unlocked.json();
    expect(reopened.status).toBe('returned');
    expect(reopened.values.EVENTS_WORLD_BOOK_DAY).toMatchObject({ value: 1, auto: 1, source: 'auto' });
    expect(reopened.values.LLL_ACTIVITIES).toMatchObject({ value: 6, auto: 6 });
  });

  it('audits every write of automatic values', async () => {
    const rows = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_entries where action = 'report.auto_values'`,
    );
    expect(rows.rows[0]!.n).toBeGreaterThanOrEqual(7);
  });
});

describe('automatic values of a museum', () => {
  it('counts its education activities, learning visits and digital exhibitions apart from exhibitions', async () => {
    const workshop = await insertActivity(t.database.db, {
      institutionId: w.museum,
      type: 'class',
      observanceCode: 'international_museum_day',
      ...IN_MAY,
    });
    await insertHeadcount(t.database.db, workshop.id, 25);
    const online = await insertActivity(t.database.db, {
      institutionId: w.museum,
      type: 'digital_exhibition',
      ...IN_MAY,
    });
    await insertHeadcount(t.database.db, online.id, 100);
    await complete(w.museumStaff, workshop);
    await complete(w.museumStaff, online);
    const report = await openReport(w.museumStaff, w.museum);
    const codes = [
      'LLL_ACTIVITIES',
      'LLL_PARTICIPANTS',
      'MUSEUM_EDU_ACTIVITIES',
      'MUSEUM_LEARNING_VISITS',
      'MUSEUM_DIGITAL_EXHIBITIONS',
      'EXHIBITIONS_HELD',
      'EVENTS_MUSEUM_DAY',
    ];
    expect(Object.fromEntries(codes.map((c) => [c, report.values[c]?.auto]))).toEqual({
      LLL_ACTIVITIES: 2,
      LLL_PARTICIPANTS: 125,
      MUSEUM_EDU_ACTIVITIES: 1,
      MUSEUM_LEARNING_VISITS: 125,
      MUSEUM_DIGITAL_EXHIBITIONS: 1,
      EXHIBITIONS_HELD: 1,
      EVENTS_MUSEUM_DAY: 1,
    });
    expect(report.values.LIB_THEMATIC_EXHIBITIONS).toBeUndefined();
  });
});
