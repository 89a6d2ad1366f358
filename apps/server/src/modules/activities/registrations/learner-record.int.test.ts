import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LearnerRecord, RegistrationResult } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';
import { type Client, ensureAccessUnits } from '../../../test/test-users';
import { learnerRecordPdf } from './index';
import { purgeExpiredRegistrations } from './purge-registrations';
import {
  clock,
  hoursFromNow,
  insertActivity,
  insertInstitution,
  NOW,
  nextEmail,
  publicGet,
  register,
  signInAt,
} from './registrations-test-support';

function hasPdftotext() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'learner-pdf-'));
  try {
    const file = path.join(dir, 'record.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the learner record', () => {
  const t = useTestApp({ clock });
  let institutionId: number;
  let staff: Client;

  beforeAll(async () => {
    const u = await ensureAccessUnits(t.database);
    institutionId = await insertInstitution(t.database, u.communeId, 'Thư viện tỉnh Ninh Bình');
    staff = await signInAt(t, [{ role: 'institution_staff', unitId: institutionId }]);
  });

  const checkIn = async (activityId: number, code: string, sessionId: number) => {
    const res = await staff.request({
      method: 'POST',
      url: `/api/activities/${activityId}/check-ins`,
      payload: { code, sessionId },
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  /** A learner who attended two sessions (2 h and 1.5 h) of a class and one (3 h) of a talk. */
  async function learnerWithAttendance(contact = nextEmail()) {
    const course = await insertActivity(t.database, institutionId, {
      title: 'Lớp kỹ năng số cho người cao tuổi',
      sessions: [
        [hoursFromNow(-48), hoursFromNow(-46)],
        [hoursFromNow(-1), hoursFromNow(0.5)],
        [hoursFromNow(120), hoursFromNow(122)],
      ],
    });
    const talk = await insertActivity(t.database, institutionId, {
      title: 'Nói chuyện chuyên đề: Đọc sách cùng con',
      sessions: [[hoursFromNow(-2), hoursFromNow(1)]],
    });
    const first = (
      await register(t, course.id, { name: 'Phạm Thị Lan', contact, keepRecord: true })
    ).json<RegistrationResult>();
    const second = (await register(t, talk.id, { contact, keepRecord: true })).json<RegistrationResult>();
    await checkIn(course.id, first.code, course.sessionIds[0]!);
    await checkIn(course.id, first.code, course.sessionIds[1]!);
    await checkIn(talk.id, second.code, talk.sessionIds[0]!);
    return { first, second, course, talk, token: first.learnerToken! };
  }

  it('gives a new learner their secret once; the same contact later gets no new one', async () => {
    const { first, second } = await learnerWithAttendance();
    expect(first.learnerToken).toMatch(/^[\w-]{43}$/);
    expect(second.learnerToken).toBeNull();
  });

  it('lists the activities attended with sessions and hours, and the total', async () => {
    const { token } = await learnerWithAttendance();
    const res = await publicGet(t, `/api/public/learners/${token}`);
    expect(res.statusCode, res.body).toBe(200);
    const record = res.json<LearnerRecord>();
    expect(record.name).toBe('Phạm Thị Lan');
    expect(record.activities.map((a) => [a.title, a.sessionsAttended, a.hours])).toEqual([
      ['Lớp kỹ năng số cho người cao tuổi', 2, 3.5],
      ['Nói chuyện chuyên đề: Đọc sách cùng con', 1, 3],
    ]);
    expect(record.activities[0]).toMatchObject({
      institutionName: 'Thư viện tỉnh Ninh Bình',
      type: 'reading_session',
    });
    expect(record.totalHours).toBe(6.5);
  });

  it('does not count a registration made without keeping a record', async () => {
    const contact = nextEmail();
    const { token } = await learnerWithAttendance(contact);
    const other = await insertActivity(t.database, institutionId, {
      sessions: [[hoursFromNow(-1), hoursFromNow(1)]],
    });
    const plain = (await register(t, other.id, { contact })).json<RegistrationResult>();
    await checkIn(other.id, plain.code, other.sessionIds[0]!);
    const record = (await publicGet(t, `/api/public/learners/${token}`)).json<LearnerRecord>();
    expect(record.activities).toHaveLength(2);
  });

  it('prints the record as a PDF with the Vietnamese title, the table, the hours and the date', async () => {
    const { token } = await learnerWithAttendance();
    const res = await publicGet(t, `/api/public/learners/${token}/record.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPdftotext()) return;
    const text = pdfText(res.rawPayload);
    expect(text).toContain('HỒ SƠ HỌC TẬP SUỐT ĐỜI');
    expect(text).toContain('Phạm Thị Lan');
    expect(text).toContain('Lớp kỹ năng số cho người cao tuổi');
    expect(text).toContain('Tổng số giờ học tập: 6,5 giờ');
    expect(text).toContain('Ngày cấp: 10/04/2027');
  });

  it('runs onto more pages when the record is long', async () => {
    const record: LearnerRecord = {
      name: 'Người học chăm chỉ',
      activities: Array.from({ length: 80 }, (_, i) => ({
        title: `Buổi đọc sách số ${i + 1} với một tên khá dài để xuống dòng trong ô của bảng`,
        institutionName: 'Thư viện tỉnh Ninh Bình',
        type: 'reading_session' as const,
        startsAt: NOW.toISOString(),
        sessionsAttended: 1,
        hours: 2,
      })),
      totalHours: 160,
    };
    const { buildLearnerRecordPdf } = await import('./learner-record-pdf');
    const pdf = await buildLearnerRecordPdf(record, NOW);
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    if (hasPdftotext()) expect(pdfText(pdf)).toContain('Buổi đọc sách số 80');
  });

  it('deletes the learner on request: their registrations lose name and contact, the link answers 404', async () => {
    const { token, first, course } = await learnerWithAttendance();
    const res = await t.app.inject({ method: 'DELETE', url: `/api/public/learners/${token}` });
    expect(res.statusCode, res.body).toBe(204);
    expect((await publicGet(t, `/api/public/learners/${token}`)).statusCode).toBe(404);
    await expect(learnerRecordPdf(token, { db: t.database.db, clock })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const { rows } = await t.database.db.execute<Record<string, unknown>>(sql`
      select name, contact, erased_at is not null as erased, learner_id from registrations
      where code = ${first.code}`);
    expect(rows).toEqual([{ name: null, contact: null, erased: true, learner_id: null }]);
    // The attendance stays, anonymous: the institution's figures do not change.
    const { rows: attended } = await t.database.db.execute(
      sql`select 1 from attendance where activity_id = ${course.id}`,
    );
    expect(attended).toHaveLength(2);
    const { rows: audit } = await t.database.db.execute<{ after: { registrationsErased: number } }>(sql`
      select after from audit_entries where action = 'delete_personal' and entity = 'learner'`);
    expect(audit.at(-1)!.after.registrationsErased).toBe(2);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/public/learners/${token}` })).statusCode).toBe(
      404,
    );
  });
});

describe('purgeExpiredRegistrations', () => {
  const t = useTestApp({ clock });
  let institutionId: number;

  beforeAll(async () => {
    const u = await ensureAccessUnits(t.database);
    institutionId = await insertInstitution(t.database, u.communeId);
  });

  it('erases name and contact only where the activity ended more than the retention period ago', async () => {
    const old = await insertActivity(t.database, institutionId);
    const recent = await insertActivity(t.database, institutionId);
    const contact = nextEmail();
    const kept = (await register(t, old.id, { contact, keepRecord: true })).json<RegistrationResult>();
    await register(t, recent.id);
    // Move the activities into the past: one ended 181 days ago, one 179 days ago.
    const day = 24;
    for (const [id, endedDaysAgo] of [
      [old.id, 181],
      [recent.id, 179],
    ] as const) {
      await t.database.db.execute(sql`
        update activities set starts_at = ${hoursFromNow(-endedDaysAgo * day - 2)},
          ends_at = ${hoursFromNow(-endedDaysAgo * day)} where id = ${id}`);
    }
    const result = await purgeExpiredRegistrations(t.database.db, NOW, 180);
    expect(result.erased).toBe(1);
    const { rows } = await t.database.db.execute<{
      activity_id: number;
      erased: boolean;
      learner: boolean;
    }>(sql`
      select activity_id, name is null and contact is null and erased_at is not null as erased,
        learner_id is not null as learner
      from registrations where activity_id in (${old.id}, ${recent.id}) order by activity_id`);
    expect(rows).toEqual([
      { activity_id: old.id, erased: true, learner: true },
      { activity_id: recent.id, erased: false, learner: false },
    ]);
    // The learner keeps their record (hashes and name only), linked to the erased registration.
    const record = (await publicGet(t, `/api/public/learners/${kept.learnerToken}`)).json<LearnerRecord>();
    expect(record.name).toBe('Nguyễn Thị Hoa');
    expect((await purgeExpiredRegistrations(t.database.db, NOW, 180)).erased).toBe(0);
    const { rows: audit } = await t.database.db.execute<{ after: { erased: number } }>(sql`
      select after from audit_entries where action = 'purge' and entity = 'registration' order by id`);
    expect(audit.map((a) => a.after.erased)).toEqual([1, 0]);
    expect(JSON.stringify(audit)).not.toContain(contact);
  });
});
