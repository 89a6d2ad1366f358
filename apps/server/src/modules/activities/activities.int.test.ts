import type { Activity, ActivityTemplate } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../config';
import { useTestApp } from '../../test/test-app';
import { errorCode, getJson } from '../units/units-test-support';
import {
  activityInput,
  clock,
  countActivities,
  createActivity,
  expectOk,
  insertRegistrations,
  patchActivity,
  signInAt,
  useActivitiesWorld,
  vn,
} from './activities-test-support';

/** A real SMTP server in the test process: the app is configured with it, so cancellations are mailed. */
const received: { to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const parts: Buffer[] = [];
    stream.on('data', (c: Buffer) => parts.push(c));
    stream.on('end', () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(parts).toString(),
      });
      callback();
    });
  },
});
const config: Partial<Config> = {};
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const address = smtp.server.address();
  config.smtpUrl = `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const t = useTestApp({ clock, config });
const w = useActivitiesWorld(t);

describe('createActivity', () => {
  it('creates a draft of one session, placed in its institution’s commune and province, audited', async () => {
    const a = await createActivity(
      w.staff,
      activityInput(w.library, { title: 'Thư viện  mở cửa', observanceCode: 'reading_culture_day' }),
    );
    expect(a).toMatchObject({
      status: 'draft',
      title: 'Thư viện mở cửa',
      institution: { id: w.library, name: 'Thư viện xã A1' },
      observanceCode: 'reading_culture_day',
      startsAt: '2027-03-02T01:00:00.000Z',
      endsAt: '2027-03-02T03:00:00.000Z',
      requiresRegistration: true,
      version: 1,
      counts: { confirmed: 0, waitlisted: 0, cancelled: 0, checkedIn: 0, headcount: 0, participants: 0 },
    });
    expect(a.sessions).toHaveLength(1);
    const stored = await t.database.db.execute<{ p: number; c: number; s: string }>(
      sql`select province_id as p, commune_id as c, search_text as s from activities where id = ${a.id}`,
    );
    expect(stored.rows[0]).toEqual({
      p: w.f.provinceA,
      c: w.f.communeA1,
      s: 'thu vien mo cua gioi thieu sach moi hoi truong thu vien xa a1',
    });
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_entries where entity = 'activity' and entity_id = ${String(a.id)}`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['activity.create']);
  });

  it('expands a weekly Tuesday and Thursday class, ten times, to ten sessions at 08:00 in Vietnam', async () => {
    const a = await createActivity(
      w.staff,
      activityInput(w.library, {
        type: 'class',
        title: 'Lớp tin học cho người cao tuổi',
        recurrence: { freq: 'weekly', byWeekday: [2, 4], count: 10 },
      }),
    );
    expect(a.sessions.map((s) => vn(s.startsAt))).toEqual([
      '2027-03-02 08:00',
      '2027-03-04 08:00',
      '2027-03-09 08:00',
      '2027-03-11 08:00',
      '2027-03-16 08:00',
      '2027-03-18 08:00',
      '2027-03-23 08:00',
      '2027-03-25 08:00',
      '2027-03-30 08:00',
      '2027-04-01 08:00',
    ]);
    expect(a.sessions.every((s) => vn(s.endsAt).endsWith('10:00'))).toBe(true);
    expect(a.startsAt).toBe(a.sessions[0]!.startsAt);
    expect(a.endsAt).toBe(a.sessions[9]!.endsAt);
    expect(a.recurrence).toEqual({ freq: 'weekly', interval: 1, byWeekday: [2, 4], count: 10 });
  });

  it('names every bad field at once and writes nothing', async () => {
    const before = await countActivities(t);
    const res = await w.staff.request({
      method: 'POST',
      url: '/api/activities',
      payload: activityInput(w.library, {
        endsAt: '2027-03-02T07:00:00+07:00',
        observanceCode: 'no_such_day',
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    const fields = (res.json().error.details as { field: string; reason: string }[]).map((d) => [
      d.field,
      d.reason,
    ]);
    expect(fields).toEqual([
      ['body.observanceCode', 'unknown_observance'],
      ['body.endsAt', 'ends_before_start'],
    ]);
    expect(await countActivities(t)).toBe(before);
  });

  it('refuses a registration window that closes after the last session or opens after it closes', async () => {
    const res = await w.staff.request({
      method: 'POST',
      url: '/api/activities',
      payload: activityInput(w.library, {
        registrationOpensAt: '2027-03-03T01:00:00+07:00',
        registrationClosesAt: '2027-03-03T00:00:00+07:00',
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'body.registrationClosesAt',
      'body.registrationOpensAt',
    ]);
  });

  it('refuses a rule that makes more than 200 sessions', async () => {
    const res = await w.staff.request({
      method: 'POST',
      url: '/api/activities',
      payload: activityInput(w.library, { recurrence: { freq: 'daily', until: '2028-12-31' } }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({
      field: 'body.recurrence',
      reason: 'too_many_sessions',
    });
  });

  it('answers 400 with the field path for what the contract refuses (an unknown audience)', async () => {
    const res = await w.staff.request({
      method: 'POST',
      url: '/api/activities',
      payload: activityInput(w.library, { audiences: ['robots'] }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('body.audiences.0');
  });

  it('does not let anyone create outside their scope: NOT_FOUND, and nothing written', async () => {
    const before = await countActivities(t);
    const otherStaff = await w.staff.request({
      method: 'POST',
      url: '/api/activities',
      payload: activityInput(w.otherLibrary),
    });
    expect(otherStaff.statusCode).toBe(404);
    // A commune officer of province B on an institution of province A.
    const outsider = await w.outsider.request({
      method: 'POST',
      url: '/api/activities',
      payload: activityInput(w.library),
    });
    expect(outsider.statusCode).toBe(404);
    expect(await countActivities(t)).toBe(before);
  });

  it('lets the commune officer create for the commune’s library, but not a viewer', async () => {
    await createActivity(w.commune, activityInput(w.library, { title: 'Câu lạc bộ đọc sách' }));
    const viewer = await signInAt(t, [{ role: 'viewer', unitId: w.f.communeA1 }]);
    const res = await viewer.request({
      method: 'POST',
      url: '/api/activities',
      payload: activityInput(w.library),
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a unit that is not an institution', async () => {
    const res = await w.province.request({
      method: 'POST',
      url: '/api/activities',
      payload: activityInput(w.f.communeA1),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({
      field: 'body.institutionId',
      reason: 'not_an_institution',
    });
  });
});

describe('listActivities and getActivity', () => {
  let museumTalk: Activity;
  beforeAll(async () => {
    museumTalk = await createActivity(
      w.museumStaff,
      activityInput(w.museum, {
        title: 'Triển lãm cổ vật',
        type: 'exhibition',
        startsAt: '2027-05-18T08:00:00+07:00',
        endsAt: '2027-05-18T17:00:00+07:00',
      }),
    );
    await createActivity(w.admin, activityInput(w.otherLibrary, { title: 'Hoạt động tỉnh B' }));
  });

  it('shows staff their institution’s activities only, and the province all of its own, by start', async () => {
    const staff = await getJson<Activity[]>(w.staff, '/api/activities');
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.every((a) => a.institution.id === w.library)).toBe(true);
    const province = await getJson<Activity[]>(w.province, '/api/activities');
    expect(new Set(province.map((a) => a.institution.id))).toEqual(new Set([w.library, w.museum]));
    const starts = province.map((a) => a.startsAt);
    expect([...starts].sort()).toEqual(starts);
    const outsider = await getJson<Activity[]>(w.outsider, '/api/activities');
    expect(outsider.map((a) => a.title)).toEqual(['Hoạt động tỉnh B']);
  });

  it('filters by unit, type, dates and words without diacritics', async () => {
    const byUnit = await getJson<Activity[]>(w.province, `/api/activities?unitId=${w.museum}`);
    expect(byUnit.map((a) => a.id)).toEqual([museumTalk.id]);
    const byType = await getJson<Activity[]>(w.province, '/api/activities?type=exhibition');
    expect(byType.map((a) => a.id)).toEqual([museumTalk.id]);
    const byWords = await getJson<Activity[]>(w.province, '/api/activities?q=trien%20lam%20co%20vat');
    expect(byWords.map((a) => a.id)).toEqual([museumTalk.id]);
    const inMay = await getJson<Activity[]>(w.province, '/api/activities?from=2027-05-18&to=2027-05-18');
    expect(inMay.map((a) => a.id)).toEqual([museumTalk.id]);
    expect(await getJson<Activity[]>(w.province, '/api/activities?from=2027-05-19')).toEqual([]);
  });

  it('answers NOT_FOUND for a unit or an activity out of scope', async () => {
    expect(
      (await w.staff.request({ method: 'GET', url: `/api/activities?unitId=${w.f.provinceB}` })).statusCode,
    ).toBe(404);
    expect(
      (await w.outsider.request({ method: 'GET', url: `/api/activities/${museumTalk.id}` })).statusCode,
    ).toBe(404);
    const got = await getJson<Activity>(w.province, `/api/activities/${museumTalk.id}`);
    expect(got).toEqual(museumTalk);
  });
});

describe('updateActivity', () => {
  let a: Activity;
  beforeAll(async () => {
    a = await createActivity(
      w.staff,
      activityInput(w.library, {
        title: 'Lớp kỹ năng số',
        type: 'class',
        recurrence: { freq: 'weekly', byWeekday: [2, 4], count: 4 },
      }),
    );
  });

  it('changes what it names, keeps the rest and the sessions, and moves the version on', async () => {
    const res = await patchActivity(w.staff, a.id, { title: 'Lớp kỹ năng số cơ bản', version: a.version });
    expectOk(res);
    const changed: Activity = res.json();
    expect(changed).toMatchObject({
      title: 'Lớp kỹ năng số cơ bản',
      status: 'draft',
      capacity: 50,
      version: 2,
    });
    expect(changed.sessions).toEqual(a.sessions);
    a = changed;
  });

  it('answers CONFLICT to a stale version and changes nothing', async () => {
    const res = await patchActivity(w.staff, a.id, { title: 'Ghi đè', version: 1 });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('CONFLICT');
    expect((await getJson<Activity>(w.staff, `/api/activities/${a.id}`)).title).toBe('Lớp kỹ năng số cơ bản');
  });

  it('expands the sessions again when the schedule changes, keeping the ids in order', async () => {
    const res = await patchActivity(w.staff, a.id, {
      startsAt: '2027-03-02T14:00:00+07:00',
      endsAt: '2027-03-02T16:00:00+07:00',
      recurrence: { freq: 'weekly', byWeekday: [2, 4], count: 6 },
      version: a.version,
    });
    expectOk(res);
    const moved: Activity = res.json();
    expect(moved.sessions).toHaveLength(6);
    expect(moved.sessions.slice(0, 4).map((s) => s.id)).toEqual(a.sessions.map((s) => s.id));
    expect(moved.sessions.map((s) => vn(s.startsAt).slice(11))).toEqual(Array(6).fill('14:00'));
    expect(vn(moved.endsAt)).toBe('2027-03-18 16:00');
    a = moved;
  });

  it('publishes a draft, and will not take a published activity back to draft', async () => {
    const published = await patchActivity(w.staff, a.id, { status: 'published', version: a.version });
    expectOk(published);
    a = published.json();
    expect(a.status).toBe('published');
    const back = await patchActivity(w.staff, a.id, { status: 'draft', version: a.version });
    expect(back.statusCode).toBe(409);
    expect(errorCode(back)).toBe('ACTIVITY_STATE');
  });

  it('is refused out of scope', async () => {
    const res = await patchActivity(w.outsider, a.id, { title: 'X', version: a.version });
    expect(res.statusCode).toBe(404);
  });
});

describe('capacity changes', () => {
  it('never drops below the confirmed places, and more places move the waitlist up in order, mailed', async () => {
    const a = await createActivity(
      w.staff,
      activityInput(w.library, { title: 'Lớp vẽ', capacity: 2, status: 'published' }),
    );
    await insertRegistrations(t, a.id, [
      { contact: 'mot@example.vn', status: 'confirmed' },
      { contact: 'hai@example.vn', status: 'confirmed' },
      { contact: 'ba@example.vn', status: 'waitlisted' },
      { contact: 'bon@example.vn', status: 'waitlisted' },
    ]);
    const fewer = await patchActivity(w.staff, a.id, { capacity: 1, version: a.version });
    expect(fewer.statusCode).toBe(400);
    expect(fewer.json().error.details[0]).toMatchObject({
      field: 'body.capacity',
      reason: 'below_confirmed',
    });
    received.length = 0;
    const more = await patchActivity(w.staff, a.id, { capacity: 3, version: a.version });
    expectOk(more);
    expect(more.json().counts).toMatchObject({ confirmed: 3, waitlisted: 1 });
    expect(received.map((m) => m.to[0])).toEqual(['ba@example.vn']);
    const statuses = await t.database.db.execute<{ contact: string; status: string }>(
      sql`select contact, status from registrations where activity_id = ${a.id} order by seq`,
    );
    expect(statuses.rows.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    const unlimited = await patchActivity(w.staff, a.id, { capacity: null, version: a.version + 1 });
    expectOk(unlimited);
    expect(unlimited.json().counts).toMatchObject({ confirmed: 4, waitlisted: 0 });
  });
});

describe('copyActivity', () => {
  it('copies as a draft at a new start, every session and the window moved by the same time', async () => {
    const source = await createActivity(
      w.staff,
      activityInput(w.library, {
        title: 'Ngày hội đọc sách',
        recurrence: { freq: 'weekly', byWeekday: [2, 4], until: '2027-03-11' },
        registrationOpensAt: '2027-02-20T00:00:00+07:00',
        registrationClosesAt: '2027-03-01T17:00:00+07:00',
        status: 'published',
      }),
    );
    const res = await w.staff.request({
      method: 'POST',
      url: `/api/activities/${source.id}/copy`,
      payload: { startsAt: '2027-03-10T08:00:00+07:00' },
    });
    expectOk(res, 201);
    const copy: Activity = res.json();
    expect(copy.id).not.toBe(source.id);
    expect(copy.status).toBe('draft');
    expect(copy.title).toBe('Ngày hội đọc sách');
    // Eight days later: Tuesday and Thursday sessions become Wednesday and Friday ones.
    const shift = 8 * 86_400_000;
    expect(copy.sessions.map((s) => Date.parse(s.startsAt))).toEqual(
      source.sessions.map((s) => Date.parse(s.startsAt) + shift),
    );
    expect(copy.recurrence).toMatchObject({ byWeekday: [3, 5], until: '2027-03-19' });
    expect(Date.parse(copy.registrationClosesAt!)).toBe(Date.parse(source.registrationClosesAt!) + shift);
    const same = await w.staff.request({
      method: 'POST',
      url: `/api/activities/${source.id}/copy`,
      payload: {},
    });
    expectOk(same, 201);
    expect(same.json().sessions.map((s: { startsAt: string }) => s.startsAt)).toEqual(
      source.sessions.map((s) => s.startsAt),
    );
    const outside = await w.outsider.request({
      method: 'POST',
      url: `/api/activities/${source.id}/copy`,
      payload: {},
    });
    expect(outside.statusCode).toBe(404);
  });
});

describe('cancelActivity', () => {
  it('cancels with the reason and mails the registrants on the list and the waitlist who gave an e-mail', async () => {
    const a = await createActivity(
      w.staff,
      activityInput(w.library, { title: 'Tọa đàm', status: 'published' }),
    );
    await insertRegistrations(t, a.id, [
      { contact: 'an@example.vn', status: 'confirmed' },
      { contact: '0912345678', status: 'confirmed' },
      { contact: 'binh@example.vn', status: 'waitlisted' },
      { contact: 'chi@example.vn', status: 'cancelled' },
    ]);
    const stale = await w.staff.request({
      method: 'POST',
      url: `/api/activities/${a.id}/cancel`,
      payload: { reason: 'Mưa bão', version: a.version + 1 },
    });
    expect(stale.statusCode).toBe(409);
    received.length = 0;
    const res = await w.staff.request({
      method: 'POST',
      url: `/api/activities/${a.id}/cancel`,
      payload: { reason: 'Mưa bão', version: a.version },
    });
    expectOk(res);
    expect(res.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Mưa bão',
      version: a.version + 1,
    });
    expect(received.map((m) => m.to[0]).sort()).toEqual(['an@example.vn', 'binh@example.vn']);
    expect(received[0]!.raw).toContain('Subject:');
    const again = await w.staff.request({
      method: 'POST',
      url: `/api/activities/${a.id}/cancel`,
      payload: { reason: 'Lần nữa', version: a.version + 1 },
    });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('ACTIVITY_STATE');
    const edit = await patchActivity(w.staff, a.id, { title: 'Sửa', version: a.version + 1 });
    expect(errorCode(edit)).toBe('ACTIVITY_STATE');
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_entries where entity = 'activity' and entity_id = ${String(a.id)} order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['activity.create', 'activity.cancel']);
  });
});

describe('listActivityTemplates', () => {
  it('suggests one activity per national day at its next occurrence, 08:00–11:00 in Vietnam', async () => {
    const templates = await getJson<ActivityTemplate[]>(w.staff, '/api/activities/templates');
    expect(templates).toHaveLength(7);
    const reading = templates.find((x) => x.observance.code === 'reading_culture_day')!;
    expect(reading).toMatchObject({
      date: '2027-04-21',
      observance: { name: { vi: 'Ngày Sách và Văn hóa đọc Việt Nam' } },
      input: {
        type: 'reading_session',
        title: 'Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4',
        observanceCode: 'reading_culture_day',
        startsAt: '2027-04-21T01:00:00.000Z',
        endsAt: '2027-04-21T04:00:00.000Z',
        status: 'draft',
      },
    });
    expect(templates.find((x) => x.observance.code === 'lifelong_learning_week')!.input.title).toBe(
      'Tuần lễ hưởng ứng học tập suốt đời 2027',
    );
    // A template is a valid input once the institution is picked.
    await createActivity(w.staff, { ...reading.input, institutionId: w.library });
  });
});
