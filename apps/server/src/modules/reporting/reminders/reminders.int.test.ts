import type { AddressInfo } from 'node:net';
import type { NotificationList } from '@suotdoi/shared';
import { eq, inArray } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, users } from '../../../db/schema';
import { useTestApp } from '../../../test/test-app';
import type { Client } from '../../../test/test-users';
import { getJson } from '../../units/units-test-support';
import { openReport, saveValues, step, useReportingWorld } from '../reporting-test-support';
import { createSmtpMailer } from './mailer';
import { runReminders } from './run-reminders';

// Institutions' 2026 deadline: Wednesday 11/11/2026. Friday 6/11 is three working days before it.
let now = new Date('2026-11-06T03:00:00Z');
const t = useTestApp({ clock: () => now });
const w = useReportingWorld(t);

const mine = async (client: Client) =>
  (await getJson<NotificationList>(client, '/api/notifications')).items.map((n) => [n.kind, n.params.unitId]);

/** A real SMTP server in the test process; it keeps each message's recipients and decoded text. */
const received: { to: string[]; text: string }[] = [];
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
        text: decodeMessage(Buffer.concat(parts).toString('latin1')),
      });
      callback();
    });
  },
});

/** The message's body as text, whether nodemailer chose quoted-printable or base64. */
function decodeMessage(raw: string): string {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  const qp = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(qp, 'latin1').toString('utf8');
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('runReminders', () => {
  it('tells the people of each institution that its report is due soon, three working days before', async () => {
    const run = await runReminders(t.database.db, now);
    expect(run.periods).toEqual(['2026']);
    expect(await mine(w.staff)).toEqual([['due_soon', w.library]]);
    expect(await mine(w.museumStaff)).toEqual([['due_soon', w.museum]]);
    // The commune's own summary is due 18/11: not yet.
    expect(await mine(w.commune)).toEqual([]);
    const list = await getJson<NotificationList>(w.staff, '/api/notifications');
    expect(list.items[0]!.params).toMatchObject({
      deadline: '2026-11-11',
      days: 3,
      unitName: 'Thư viện xã A1',
    });
    expect(list.unread).toBe(1);
  });

  it('adds nothing when it runs again', async () => {
    const again = await runReminders(t.database.db, now);
    expect(again.created).toBe(0);
    expect(await mine(w.staff)).toHaveLength(1);
  });

  it('tells of an overdue report and escalates it to the approvers of the parent unit', async () => {
    now = new Date('2026-11-11T03:00:00Z');
    let library = await openReport(w.staff, w.library);
    library = (
      await saveValues(w.staff, library, {
        EVENTS_READING_CULTURE_DAY: 3,
        EVENTS_WORLD_BOOK_DAY: 2,
        LLL_ACTIVITIES: 8,
        LIB_IT_DIGITAL: 0,
        LIB_LLL_SERVICE: 1,
      })
    ).json();
    expect((await step(w.staff, library, 'submit')).statusCode).toBe(200);

    now = new Date('2026-11-12T03:00:00Z');
    await runReminders(t.database.db, now);
    expect(await mine(w.museumStaff)).toEqual([
      ['overdue', w.museum],
      ['due_soon', w.museum],
    ]);
    expect(await mine(w.commune)).toEqual([
      ['overdue_escalated', w.museum],
      ['submitted', w.library],
    ]);
    // The library submitted on time: no overdue reminder for it.
    expect(await mine(w.staff)).toEqual([['due_soon', w.library]]);
    // Another province's library has nobody entering its reports; its commune's approvers are told.
    expect(await mine(w.outsider)).toEqual([['overdue_escalated', w.otherLibrary]]);
    expect(await mine(w.province)).toEqual([]);
  });

  it('e-mails the new notifications of people with an address through SMTP, once', async () => {
    await t.database.db
      .update(users)
      .set({ email: 'museum@example.vn' })
      .where(eq(users.id, w.museumStaff.userId));
    await t.database.db.update(users).set({ email: 'xa@example.vn' }).where(eq(users.id, w.commune.userId));
    const port = (smtp.server.address() as AddressInfo).port;
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Suốt Đời <no-reply@example.vn>');
    try {
      const run = await runReminders(t.database.db, now, mailer);
      expect(run).toMatchObject({ created: 0, emailed: 3, emailFailed: 0 });
      expect(received.map((m) => m.to).sort()).toEqual([
        ['museum@example.vn'],
        ['xa@example.vn'],
        ['xa@example.vn'],
      ]);
      const museumMail = received.find((m) => m.to[0] === 'museum@example.vn')!;
      expect(museumMail.text).toContain('Bảo tàng A1');
      expect(museumMail.text).toContain('11/11/2026');
      expect((await runReminders(t.database.db, now, mailer)).emailed).toBe(0);
      expect(received).toHaveLength(3);
    } finally {
      mailer.close();
    }
    const rows = await t.database.db
      .select({ kind: notifications.kind, emailedAt: notifications.emailedAt })
      .from(notifications)
      .where(inArray(notifications.userId, [w.museumStaff.userId, w.commune.userId]));
    // The due-soon reminder of 6/11 is older than the e-mail look-back (two days) and stays in the app only.
    expect(
      rows
        .filter((r) => r.emailedAt !== null)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['overdue', 'overdue_escalated', 'submitted']);
  });
});
