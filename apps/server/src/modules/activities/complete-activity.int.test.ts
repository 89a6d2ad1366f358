import type { ActivityCompletion } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { type Client, signInAs } from '../../test/test-users';
import { openReport, useReportingWorld } from '../reporting/reporting-test-support';
import { completeEndedActivities } from './complete-activity';
import {
  attendanceOf,
  insertActivity,
  insertHeadcount,
  insertRegistrations,
} from './completion-test-support';

/** Hoàn thành: who may complete an activity and when, and the hourly job that completes what ended a day ago. */

const now = new Date('2026-11-05T03:00:00Z');
const t = useTestApp({ clock: () => now });
const w = useReportingWorld(t);

const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

const complete = (client: Client, activity: { id: number; version: number }) =>
  client.request({
    method: 'POST',
    url: `/api/activities/${activity.id}/complete`,
    payload: { version: activity.version },
  });

async function statusOf(id: number) {
  const rows = await t.database.db.execute<{ status: string; version: number }>(
    sql`select status, version from activities where id = ${id}`,
  );
  return rows.rows[0]!;
}

describe('completeActivity', () => {
  it('lets the institution’s staff complete a published activity once its first session has started', async () => {
    // A weekly class of four sessions: the first was two hours ago, the last is in three weeks.
    const started = await insertActivity(t.database.db, {
      institutionId: w.library,
      type: 'class',
      startsAt: hoursAgo(2),
      endsAt: hoursAgo(1),
      sessions: 4,
    });
    await insertRegistrations(t.database.db, started.id, { confirmed: 3, checkedIn: 2 });
    const res = await complete(w.staff, started);
    expect(res.statusCode, res.body).toBe(200);
    const done: ActivityCompletion = res.json();
    expect(done).toMatchObject({
      id: started.id,
      status: 'completed',
      version: started.version + 1,
      countedFromRegistrations: null,
      report: { period: '2026', synced: true },
    });
    expect(done.sessions).toHaveLength(4);
    expect(done.counts).toMatchObject({ confirmed: 3, checkedIn: 2 });
    expect(await attendanceOf(t.database.db, started.id)).toEqual([
      { source: 'check_in', count: 1 },
      { source: 'check_in', count: 1 },
    ]);
    const audit = await t.database.db.execute<{ after: { participants: number } }>(
      sql`select after from audit_entries where action = 'activity.complete' and entity_id = ${String(started.id)}`,
    );
    expect(audit.rows.map((r) => r.after.participants)).toEqual([2]);
    // The second time there is nothing to complete.
    const again = await complete(w.staff, { id: started.id, version: done.version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ACTIVITY_STATE');
  });

  it('refuses an activity not started, a draft and a stale version, changing nothing', async () => {
    const future = await insertActivity(t.database.db, {
      institutionId: w.library,
      startsAt: '2026-11-20T08:00:00+07:00',
      endsAt: '2026-11-20T10:00:00+07:00',
    });
    const notStarted = await complete(w.staff, future);
    expect(notStarted.statusCode).toBe(409);
    expect(notStarted.json().error).toMatchObject({
      code: 'ACTIVITY_STATE',
      details: { reason: 'not_started' },
    });
    const draft = await insertActivity(t.database.db, {
      institutionId: w.library,
      status: 'draft',
      startsAt: hoursAgo(30),
      endsAt: hoursAgo(28),
    });
    expect((await complete(w.staff, draft)).json().error.code).toBe('ACTIVITY_STATE');
    const stale = await complete(w.staff, { id: future.id, version: future.version + 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    expect(await statusOf(future.id)).toEqual({ status: 'published', version: future.version });
    expect(await statusOf(draft.id)).toMatchObject({ status: 'draft' });
  });

  it('is refused outside the person’s institutions and to those who only read them', async () => {
    const held = await insertActivity(t.database.db, {
      institutionId: w.library,
      startsAt: hoursAgo(5),
      endsAt: hoursAgo(4),
    });
    expect((await complete(w.outsider, held)).statusCode).toBe(404);
    expect((await complete(w.museumStaff, held)).statusCode).toBe(404);
    const viewer = await signInAs(t, [{ role: 'viewer', unitId: w.f.communeA1 }]);
    expect((await complete(viewer, held)).statusCode).toBe(403);
    expect((await statusOf(held.id)).status).toBe('published');
    expect((await complete(w.commune, held)).statusCode).toBe(200);
  });
});

describe('completeEndedActivities (the hourly job)', () => {
  it('completes what ended over a day ago, counting registrations where nothing was recorded, and only once', async () => {
    const ended = await insertActivity(t.database.db, {
      institutionId: w.museum,
      observanceCode: 'international_museum_day',
      startsAt: hoursAgo(30),
      endsAt: hoursAgo(26),
    });
    await insertRegistrations(t.database.db, ended.id, { confirmed: 6, waitlisted: 1 });
    const walkIn = await insertActivity(t.database.db, {
      institutionId: w.museum,
      startsAt: hoursAgo(50),
      endsAt: hoursAgo(48),
    });
    await insertHeadcount(t.database.db, walkIn.id, 0);
    const recent = await insertActivity(t.database.db, {
      institutionId: w.museum,
      startsAt: hoursAgo(5),
      endsAt: hoursAgo(2),
    });
    const draft = await insertActivity(t.database.db, {
      institutionId: w.museum,
      status: 'draft',
      startsAt: hoursAgo(50),
      endsAt: hoursAgo(48),
    });

    const run = await completeEndedActivities(t.database.db, now);
    expect(run).toEqual({ completed: 2, waiting: 0, failed: 0 });
    expect((await statusOf(ended.id)).status).toBe('completed');
    expect((await statusOf(walkIn.id)).status).toBe('completed');
    expect((await statusOf(recent.id)).status).toBe('published');
    expect((await statusOf(draft.id)).status).toBe('draft');
    expect(await attendanceOf(t.database.db, ended.id)).toEqual([{ source: 'registration', count: 6 }]);
    // A headcount of 0 is a record: nothing is counted from registrations.
    expect(await attendanceOf(t.database.db, walkIn.id)).toEqual([{ source: 'headcount', count: 0 }]);
    const report = await openReport(w.museumStaff, w.museum);
    expect(report.values.LLL_ACTIVITIES).toMatchObject({ value: 2, auto: 2 });
    expect(report.values.LLL_PARTICIPANTS).toMatchObject({ value: 6, auto: 6 });
    expect(report.values.EVENTS_MUSEUM_DAY).toMatchObject({ value: 1, auto: 1 });
    const audit = await t.database.db.execute<{ username: string }>(
      sql`select username from audit_entries where action = 'activity.complete' and entity_id = ${String(ended.id)}`,
    );
    expect(audit.rows).toEqual([{ username: 'system' }]);

    expect(await completeEndedActivities(t.database.db, now)).toEqual({
      completed: 0,
      waiting: 0,
      failed: 0,
    });
  });
});
