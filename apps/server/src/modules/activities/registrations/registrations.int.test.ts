import type { RegistrationResult, RegistrationView } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';
import { ensureAccessUnits } from '../../../test/test-users';
import type { Mail } from '../../reporting/reminders/mailer';
import { cancelRegistration, getRegistration } from './index';
import {
  clock,
  hoursFromNow,
  insertActivity,
  insertInstitution,
  nextEmail,
  nextIp,
  publicGet,
  register,
} from './registrations-test-support';

const errorOf = (res: { json(): unknown }) =>
  (res.json() as { error: { code: string; details?: unknown } }).error;

describe('registerForActivity', () => {
  const t = useTestApp({ clock, config: { registrationRateLimit: 5 } });
  let institutionId: number;

  beforeAll(async () => {
    const u = await ensureAccessUnits(t.database);
    institutionId = await insertInstitution(t.database, u.communeId);
  });

  const count = async (activityId: number) =>
    (
      await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from registrations where activity_id = ${activityId}`,
      )
    ).rows[0]!.n;

  describe('under 200 concurrent registrations for 50 places', () => {
    let activityId: number;
    let results: RegistrationResult[];

    beforeAll(async () => {
      activityId = (await insertActivity(t.database, institutionId, { capacity: 50 })).id;
      const responses = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          register(t, activityId, { name: `Người ${i}`, contact: `race.${i}@example.vn` }),
        ),
      );
      for (const r of responses) expect(r.statusCode, r.body).toBe(201);
      results = responses.map((r) => r.json());
    }, 120_000);

    it('confirms exactly 50 and waitlists the other 150', async () => {
      expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(50);
      expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(150);
      const { rows } = await t.database.db.execute<{ status: string; n: number }>(sql`
        select status, count(*)::int as n from registrations where activity_id = ${activityId}
        group by status order by status`);
      expect(rows).toEqual([
        { status: 'confirmed', n: 50 },
        { status: 'waitlisted', n: 150 },
      ]);
    });

    it('numbers the waitlist 1..150 in order of arrival, without gaps or repeats', async () => {
      const { rows } = await t.database.db.execute<{ code: string }>(sql`
        select code from registrations where activity_id = ${activityId} and status = 'waitlisted' order by seq`);
      const positionOf = new Map(results.map((r) => [r.code, r.position]));
      expect(rows.map((r) => positionOf.get(r.code))).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
      // Every confirmed registration arrived before every waitlisted one.
      const { rows: order } = await t.database.db.execute<{ ok: boolean }>(sql`
        select max(seq) filter (where status = 'confirmed') < min(seq) filter (where status = 'waitlisted') as ok
        from registrations where activity_id = ${activityId}`);
      expect(order[0]!.ok).toBe(true);
    });

    it('gives a cancelled confirmed place to exactly the first on the waitlist', async () => {
      const confirmed = results.find((r) => r.status === 'confirmed')!;
      const byPosition = (p: number) => results.find((r) => r.position === p)!;
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/public/registrations/${confirmed.token}/cancel`,
        remoteAddress: nextIp(),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<RegistrationView>().status).toBe('cancelled');
      const deps = { db: t.database.db, clock };
      expect(await getRegistration(byPosition(1).token, deps)).toMatchObject({
        status: 'confirmed',
        position: null,
      });
      expect(await getRegistration(byPosition(2).token, deps)).toMatchObject({
        status: 'waitlisted',
        position: 1,
      });
      expect(await getRegistration(byPosition(150).token, deps)).toMatchObject({ position: 149 });
      const { rows } = await t.database.db.execute<{ status: string; n: number }>(sql`
        select status, count(*)::int as n from registrations where activity_id = ${activityId}
        group by status order by status`);
      expect(rows).toEqual([
        { status: 'cancelled', n: 1 },
        { status: 'confirmed', n: 50 },
        { status: 'waitlisted', n: 149 },
      ]);
    });

    it('cancels a waitlisted registration without promoting anyone', async () => {
      const third = results.find((r) => r.position === 3)!;
      await cancelRegistration(third.token, { db: t.database.db, clock });
      const { rows } = await t.database.db.execute<{ n: number }>(sql`
        select count(*)::int as n from registrations where activity_id = ${activityId} and status = 'confirmed'`);
      expect(rows[0]!.n).toBe(50);
    });
  });

  it('answers a filled-in honeypot like a confirmation and stores nothing', async () => {
    const { id } = await insertActivity(t.database, institutionId);
    const res = await register(t, id, { website: 'http://spam.example' });
    expect(res.statusCode).toBe(201);
    const body = res.json<RegistrationResult>();
    expect(body).toMatchObject({ status: 'confirmed', position: null, learnerToken: null });
    expect(body.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(await count(id)).toBe(0);
    expect((await publicGet(t, `/api/public/registrations/${body.token}`)).statusCode).toBe(404);
  });

  it('gives a confirmation with an unambiguous code and a secret whose hash alone is stored', async () => {
    const { id } = await insertActivity(t.database, institutionId);
    const res = await register(t, id, { contact: ' Hoa.Nguyen@Example.VN ' });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<RegistrationResult>();
    expect(body).toMatchObject({ status: 'confirmed', position: null, learnerToken: null });
    expect(body.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(Buffer.from(body.token, 'base64url')).toHaveLength(32);
    const { rows } = await t.database.db.execute<Record<string, unknown>>(sql`
      select contact, token_hash, consent_version, consent_at from registrations where activity_id = ${id}`);
    expect(rows[0]).toMatchObject({ contact: 'hoa.nguyen@example.vn', consent_version: '2026-12-v1' });
    expect(rows[0]!.token_hash).not.toContain(body.token);
    expect(new Date(rows[0]!.consent_at as string)).toEqual(clock());
  });

  it('refuses a contact already holding a place, however the number is written', async () => {
    const { id } = await insertActivity(t.database, institutionId);
    expect((await register(t, id, { contact: '0912 345 678' })).statusCode).toBe(201);
    const again = await register(t, id, { contact: '+84 912.345.678' });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('ALREADY_REGISTERED');
  });

  it('lets a contact register again once its registration is cancelled', async () => {
    const { id } = await insertActivity(t.database, institutionId);
    const contact = nextEmail();
    const first = (await register(t, id, { contact })).json<RegistrationResult>();
    await cancelRegistration(first.token, { db: t.database.db, clock });
    expect((await register(t, id, { contact })).statusCode).toBe(201);
  });

  it.each([
    ['a draft', { status: 'draft' as const }, 404, 'NOT_FOUND'],
    [
      'a cancelled activity',
      { status: 'cancelled' as const, cancelReason: 'Mưa bão' },
      409,
      'ACTIVITY_CANCELLED',
    ],
    ['a completed activity', { status: 'completed' as const }, 409, 'ACTIVITY_ENDED'],
    [
      'an activity that has ended',
      { sessions: [[hoursFromNow(-5), hoursFromNow(-3)]] as [Date, Date][] },
      409,
      'ACTIVITY_ENDED',
    ],
    ['a walk-in activity', { requiresRegistration: false }, 409, 'REGISTRATION_NOT_REQUIRED'],
    ['a window not open yet', { registrationOpensAt: hoursFromNow(24) }, 409, 'REGISTRATION_NOT_OPEN'],
    ['a closed window', { registrationClosesAt: hoursFromNow(-1) }, 409, 'REGISTRATION_CLOSED'],
  ])('refuses %s', async (_what, options, status, code) => {
    const { id } = await insertActivity(t.database, institutionId, options);
    const res = await register(t, id);
    expect(res.statusCode, res.body).toBe(status);
    expect(errorOf(res).code).toBe(code);
    expect(await count(id)).toBe(0);
  });

  it('refuses an activity that does not exist', async () => {
    expect((await register(t, 999_999)).statusCode).toBe(404);
  });

  it.each([['not-an-address'], ['12345'], ['0123 456 789'], ['hoa@'], ['+1 212 555 0100']])(
    'refuses the contact %s naming the field',
    async (contact) => {
      const { id } = await insertActivity(t.database, institutionId);
      const res = await register(t, id, { contact });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field: 'body.contact' })],
      });
    },
  );

  it('refuses a registration without consent, naming the field', async () => {
    const { id } = await insertActivity(t.database, institutionId);
    const res = await register(t, id, { consent: false });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([expect.objectContaining({ field: 'body.consent' })]);
    expect(await count(id)).toBe(0);
  });

  it('answers 429 after the limit from one address, and still serves the next address', async () => {
    const { id } = await insertActivity(t.database, institutionId, { capacity: null });
    const ip = nextIp();
    for (let i = 0; i < 5; i++) expect((await register(t, id, {}, ip)).statusCode).toBe(201);
    const sixth = await register(t, id, {}, ip);
    expect(sixth.statusCode).toBe(429);
    expect(errorOf(sixth).code).toBe('RATE_LIMITED');
    expect((await register(t, id)).statusCode).toBe(201);
    expect(await count(id)).toBe(6);
  });

  it('shows the registrant their page and their code as a QR code, and nobody else', async () => {
    const { id } = await insertActivity(t.database, institutionId, { capacity: 1 });
    await register(t, id);
    const mine = (await register(t, id, { name: 'Trần Văn Bình' })).json<RegistrationResult>();
    const page = await publicGet(t, `/api/public/registrations/${mine.token}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const view = page.json<RegistrationView>();
    expect(view).toMatchObject({
      status: 'waitlisted',
      position: 1,
      code: mine.code,
      name: 'Trần Văn Bình',
      checkedIn: false,
      activity: { id, status: 'published', cancelReason: null, institutionName: 'Thư viện Thử' },
    });
    expect(page.body).not.toContain('Nguyễn Thị Hoa');
    const qr = await publicGet(t, `/api/public/registrations/${mine.token}/qr.svg`);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toMatch(/^<svg[\s>]/);
    expect((await publicGet(t, `/api/public/registrations/${'x'.repeat(43)}`)).statusCode).toBe(404);
  });

  it('shows why an activity was cancelled on the registrant’s page', async () => {
    const { id } = await insertActivity(t.database, institutionId);
    const mine = (await register(t, id)).json<RegistrationResult>();
    await t.database.db.execute(
      sql`update activities set status = 'cancelled', cancel_reason = 'Mưa bão' where id = ${id}`,
    );
    const view = (await publicGet(t, `/api/public/registrations/${mine.token}`)).json<RegistrationView>();
    expect(view.activity).toMatchObject({ status: 'cancelled', cancelReason: 'Mưa bão' });
  });

  it('cancels once: a second cancel changes nothing, and a cancel after the end is refused', async () => {
    const { id } = await insertActivity(t.database, institutionId);
    const mine = (await register(t, id)).json<RegistrationResult>();
    const deps = { db: t.database.db, clock };
    expect((await cancelRegistration(mine.token, deps)).status).toBe('cancelled');
    expect((await cancelRegistration(mine.token, deps)).status).toBe('cancelled');
    const other = (await register(t, id)).json<RegistrationResult>();
    await t.database.db.execute(sql`update activities set status = 'completed' where id = ${id}`);
    await expect(cancelRegistration(other.token, deps)).rejects.toMatchObject({ code: 'ACTIVITY_ENDED' });
  });

  it('e-mails the promoted registrant when their contact is an e-mail address', async () => {
    const { id } = await insertActivity(t.database, institutionId, { capacity: 1, title: 'Câu lạc bộ đọc' });
    const first = (await register(t, id)).json<RegistrationResult>();
    const waiting = (await register(t, id, { contact: 'cho.doi@example.vn' })).json<RegistrationResult>();
    const sent: Mail[] = [];
    await cancelRegistration(first.token, {
      db: t.database.db,
      clock,
      mailer: { send: async (m) => void sent.push(m), close: () => {} },
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'cho.doi@example.vn' });
    expect(sent[0]!.subject).toContain('Câu lạc bộ đọc');
    expect(sent[0]!.text).toContain(waiting.code);
  });

  it('audits a registration without its name or contact', async () => {
    const { id } = await insertActivity(t.database, institutionId);
    const res = (await register(t, id, { name: 'Lê Thị Riêng Tư' })).json<RegistrationResult>();
    const { rows } = await t.database.db.execute<{ username: string; after: unknown }>(sql`
      select username, after from audit_entries
      where action = 'register' and entity = 'registration' and after->>'activityId' = ${String(id)}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.username).toBe('portal');
    expect(JSON.stringify(rows[0]!.after)).not.toContain('Riêng Tư');
    expect(res.status).toBe('confirmed');
  });
});
