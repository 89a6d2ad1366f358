import type {
  AttendanceList,
  CheckInResult,
  HeadcountResult,
  RegistrationResult,
  StaffRegistration,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';
import { type AccessUnits, type Client, ensureAccessUnits } from '../../../test/test-users';
import {
  clock,
  hoursFromNow,
  insertActivity,
  insertInstitution,
  register,
  signInAt,
} from './registrations-test-support';

const errorOf = (res: { json(): unknown }) =>
  (res.json() as { error: { code: string; details?: unknown } }).error;

describe('staff registrations and attendance', () => {
  const t = useTestApp({ clock });
  let u: AccessUnits;
  let institutionId: number;
  let staff: Client;
  let neighbour: Client;
  let viewer: Client;

  beforeAll(async () => {
    u = await ensureAccessUnits(t.database);
    institutionId = await insertInstitution(t.database, u.communeId);
    staff = await signInAt(t, [{ role: 'institution_staff', unitId: institutionId }]);
    neighbour = await signInAt(t, [{ role: 'commune_officer', unitId: u.siblingCommuneId }]);
    viewer = await signInAt(t, [{ role: 'viewer', unitId: u.communeId }]);
  });

  /** A published activity with `confirmed` registrations and, past its capacity, waitlisted ones. */
  async function activityWith(registrants: number, options: Parameters<typeof insertActivity>[2] = {}) {
    const activity = await insertActivity(t.database, institutionId, options);
    const results: RegistrationResult[] = [];
    for (let i = 0; i < registrants; i++)
      results.push((await register(t, activity.id, { name: `Học viên ${i}` })).json());
    return { ...activity, results };
  }

  const checkIn = (client: Client, activityId: number, body: { code: string; sessionId?: number }) =>
    client.request({ method: 'POST', url: `/api/activities/${activityId}/check-ins`, payload: body });

  describe('the registration list', () => {
    it('shows staff every registrant with contact, status and waitlist place, and audits the read', async () => {
      const { id } = await activityWith(3, { capacity: 2 });
      const res = await staff.request({ method: 'GET', url: `/api/activities/${id}/registrations` });
      expect(res.statusCode, res.body).toBe(200);
      const list = res.json<StaffRegistration[]>();
      expect(list.map((r) => [r.name, r.status, r.position])).toEqual([
        ['Học viên 0', 'confirmed', null],
        ['Học viên 1', 'confirmed', null],
        ['Học viên 2', 'waitlisted', 1],
      ]);
      expect(list[0]!.contact).toMatch(/@example\.vn$/);
      const { rows } = await t.database.db.execute<{
        username: string;
        unit_id: number;
        entity_id: string;
      }>(sql`
        select username, unit_id, entity_id from audit_entries
        where action = 'read_personal' and entity = 'registration' and entity_id = ${String(id)}`);
      expect(rows).toEqual([{ username: staff.username, unit_id: institutionId, entity_id: String(id) }]);
    });

    it('is refused outside the staff member’s scope, and without activity.manage', async () => {
      const { id } = await activityWith(1);
      const outside = await neighbour.request({ method: 'GET', url: `/api/activities/${id}/registrations` });
      expect([403, 404]).toContain(outside.statusCode);
      const reader = await viewer.request({ method: 'GET', url: `/api/activities/${id}/registrations` });
      expect(reader.statusCode).toBe(403);
      const anonymous = await t.app.inject({ method: 'GET', url: `/api/activities/${id}/registrations` });
      expect(anonymous.statusCode).toBe(401);
      const { rows } = await t.database.db.execute(sql`
        select 1 from audit_entries where action = 'read_personal' and entity_id = ${String(id)}`);
      expect(rows).toHaveLength(0);
    });
  });

  describe('check-in', () => {
    it('counts a code once per session and tells the second scan it was already counted', async () => {
      const { id, sessionIds, results } = await activityWith(2, {
        sessions: [
          [hoursFromNow(-1), hoursFromNow(1)],
          [hoursFromNow(167), hoursFromNow(169)],
        ],
      });
      const first = await checkIn(staff, id, { code: results[0]!.code.toLowerCase() });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json<CheckInResult>()).toMatchObject({
        name: 'Học viên 0',
        status: 'confirmed',
        already: false,
        counts: { confirmed: 2, checkedIn: 1, participants: 1 },
      });
      const again = await checkIn(staff, id, { code: results[0]!.code, sessionId: sessionIds[0] });
      expect(again.json<CheckInResult>()).toMatchObject({
        already: true,
        counts: { checkedIn: 1, participants: 1 },
      });
      // The next week's session is another attendance.
      const nextWeek = await checkIn(staff, id, { code: results[0]!.code, sessionId: sessionIds[1] });
      expect(nextWeek.json<CheckInResult>()).toMatchObject({
        already: false,
        counts: { checkedIn: 1, participants: 2 },
      });
      const { rows } = await t.database.db.execute<{ session_id: number; source: string }>(sql`
        select session_id, source from attendance where activity_id = ${id} order by id`);
      expect(rows).toEqual([
        { session_id: sessionIds[0], source: 'check_in' },
        { session_id: sessionIds[1], source: 'check_in' },
      ]);
    });

    it('goes to the last session started when none is running', async () => {
      const { id, sessionIds, results } = await activityWith(1, {
        sessions: [
          [hoursFromNow(-50), hoursFromNow(-48)],
          [hoursFromNow(-26), hoursFromNow(-24)],
          [hoursFromNow(22), hoursFromNow(24)],
        ],
      });
      expect((await checkIn(staff, id, { code: results[0]!.code })).statusCode).toBe(200);
      const { rows } = await t.database.db.execute<{ session_id: number }>(
        sql`select session_id from attendance where activity_id = ${id}`,
      );
      expect(rows).toEqual([{ session_id: sessionIds[1] }]);
    });

    it('refuses a waitlisted or cancelled code with its status', async () => {
      const { id, results } = await activityWith(2, { capacity: 1 });
      const waitlisted = await checkIn(staff, id, { code: results[1]!.code });
      expect(waitlisted.statusCode).toBe(409);
      expect(errorOf(waitlisted)).toMatchObject({
        code: 'REGISTRATION_NOT_CONFIRMED',
        details: { status: 'waitlisted' },
      });
      await t.app.inject({ method: 'POST', url: `/api/public/registrations/${results[1]!.token}/cancel` });
      const cancelled = await checkIn(staff, id, { code: results[1]!.code });
      expect(errorOf(cancelled)).toMatchObject({ details: { status: 'cancelled' } });
    });

    it('does not know a code of another activity', async () => {
      const { id } = await activityWith(0);
      const other = await activityWith(1);
      const res = await checkIn(staff, id, { code: other.results[0]!.code });
      expect(res.statusCode).toBe(404);
    });

    it('refuses check-ins and headcounts once the activity is completed or cancelled', async () => {
      for (const status of ['completed', 'cancelled']) {
        const { id, results } = await activityWith(1);
        await t.database.db.execute(sql`update activities set status = ${status} where id = ${id}`);
        const res = await checkIn(staff, id, { code: results[0]!.code });
        expect(res.statusCode).toBe(409);
        expect(errorOf(res)).toMatchObject({ code: 'ATTENDANCE_CLOSED', details: { status } });
        const headcount = await staff.request({
          method: 'POST',
          url: `/api/activities/${id}/headcounts`,
          payload: { count: 3 },
        });
        expect(errorOf(headcount).code).toBe('ATTENDANCE_CLOSED');
      }
    });

    it('is refused outside the staff member’s scope', async () => {
      const { id, results } = await activityWith(1);
      const res = await checkIn(neighbour, id, { code: results[0]!.code });
      expect([403, 404]).toContain(res.statusCode);
    });
  });

  describe('headcounts and the attendance list', () => {
    it('adds walk-ins to the participants and lists every figure with its source and who recorded it', async () => {
      const { id, sessionIds, results } = await activityWith(1, {
        sessions: [[hoursFromNow(-1), hoursFromNow(1)]],
        requiresRegistration: true,
      });
      await checkIn(staff, id, { code: results[0]!.code });
      const res = await staff.request({
        method: 'POST',
        url: `/api/activities/${id}/headcounts`,
        payload: { count: 12, note: 'Khách vãng lai' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const result = res.json<HeadcountResult>();
      expect(result.entry).toMatchObject({
        source: 'headcount',
        count: 12,
        note: 'Khách vãng lai',
        sessionId: sessionIds[0],
        recordedBy: { name: staff.username },
        recordedAt: clock().toISOString(),
      });
      expect(result.counts).toMatchObject({ checkedIn: 1, headcount: 12, participants: 13 });
      const list = await staff.request({ method: 'GET', url: `/api/activities/${id}/attendance` });
      expect(list.statusCode).toBe(200);
      const body = list.json<AttendanceList>();
      expect(body.entries.map((e) => [e.source, e.count, e.registrationCode])).toEqual(
        expect.arrayContaining([
          ['headcount', 12, null],
          ['check_in', 1, results[0]!.code],
        ]),
      );
      expect(body.entries.every((e) => e.recordedBy?.name === staff.username)).toBe(true);
      expect(body.counts.participants).toBe(13);
      const { rows } = await t.database.db.execute(sql`
        select 1 from audit_entries where action in ('check_in', 'headcount') and unit_id = ${institutionId}
          and after->>'activityId' = ${String(id)}`);
      expect(rows).toHaveLength(2);
    });

    it('refuses a session of another activity', async () => {
      const { id } = await activityWith(0);
      const other = await activityWith(0);
      const res = await staff.request({
        method: 'POST',
        url: `/api/activities/${id}/headcounts`,
        payload: { count: 1, sessionId: other.sessionIds[0] },
      });
      expect(res.statusCode).toBe(404);
    });
  });
});
