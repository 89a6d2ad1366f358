import { randomBytes } from 'node:crypto';
import { foldDiacritics } from '@suotdoi/shared';
import type { LightMyRequestResponse } from 'fastify';
import type { Database } from '../../../db/client';
import { activities, activitySessions, unitParents, units } from '../../../db/schema';
import type { TestApp } from '../../../test/test-app';
import { type Client, clientFor, insertUser } from '../../../test/test-users';
import type { RoleAssignment } from '../../auth/actor';
import { createSession } from '../../auth/session-store';

/** Helpers of the registration tests (not a test file itself). */

/** The tests' now: 10/4/2027, 10:00 in Vietnam; the Reading Day activity is on 21/4. */
export const NOW = new Date('2027-04-10T03:00:00Z');
export const clock = () => NOW;

const HOUR = 3_600_000;
export const hoursFromNow = (h: number) => new Date(NOW.getTime() + h * HOUR);

/** An institution (a unit of kind institution) under `parentId`, made for the test. */
export async function insertInstitution(database: Database, parentId: number, name = 'Thư viện Thử') {
  const [row] = await database.db
    .insert(units)
    .values({
      kind: 'institution',
      code: `TI${randomBytes(4).toString('hex')}`,
      name,
      searchName: foldDiacritics(name),
      validFrom: '2025-07-01',
      source: 'test',
    })
    .returning({ id: units.id });
  await database.db.insert(unitParents).values({ unitId: row!.id, parentId, validFrom: '2025-07-01' });
  return row!.id;
}

export interface ActivityOptions {
  title?: string;
  status?: 'draft' | 'published' | 'cancelled' | 'completed';
  capacity?: number | null;
  requiresRegistration?: boolean;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  cancelReason?: string | null;
  /** Sessions as [start, end]; the activity spans them. Default one session of two hours, 11 days from now. */
  sessions?: [Date, Date][];
}

/** An activity written straight into the tables (the activities API is another module's). */
export async function insertActivity(
  database: Database,
  institutionId: number,
  options: ActivityOptions = {},
): Promise<{ id: number; sessionIds: number[] }> {
  const sessions = options.sessions ?? [[hoursFromNow(11 * 24), hoursFromNow(11 * 24 + 2)]];
  const [row] = await database.db
    .insert(activities)
    .values({
      institutionId,
      type: 'reading_session',
      title: options.title ?? 'Ngày Sách và Văn hóa đọc',
      audiences: ['everyone'],
      observanceCode: 'reading_culture_day',
      startsAt: sessions[0]![0],
      endsAt: sessions.at(-1)![1],
      place: 'Sảnh tầng 1',
      capacity: options.capacity === undefined ? 30 : options.capacity,
      requiresRegistration: options.requiresRegistration ?? true,
      registrationOpensAt: options.registrationOpensAt ?? null,
      registrationClosesAt: options.registrationClosesAt ?? null,
      status: options.status ?? 'published',
      cancelReason: options.cancelReason ?? null,
    })
    .returning({ id: activities.id });
  const inserted = await database.db
    .insert(activitySessions)
    .values(sessions.map(([startsAt, endsAt]) => ({ activityId: row!.id, startsAt, endsAt })))
    .returning({ id: activitySessions.id });
  return { id: row!.id, sessionIds: inserted.map((s) => s.id) };
}

/** signInAs with a session opened at the tests' now (a session of the real now has expired by then). */
export async function signInAt(t: TestApp, roles: RoleAssignment[]): Promise<Client> {
  const user = await insertUser(t.database, roles);
  const { token, csrfToken } = await createSession(t.database.db, user.id, {}, NOW);
  return clientFor(t, user.username, user.id, token, csrfToken);
}

let ipCounter = 0;
/** A client address of its own per call, so that the per-address limit only bites the test about it. */
export const nextIp = () => {
  ipCounter++;
  return `10.7.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
};

let contactCounter = 0;
export const nextEmail = () => `nguoi.hoc.${++contactCounter}.${randomBytes(3).toString('hex')}@example.vn`;

export interface RegisterBody {
  name?: string;
  contact?: string;
  consent?: unknown;
  keepRecord?: boolean;
  website?: string;
}

/** POST /api/public/activities/:id/registrations from an address of its own (unless given). */
export function register(
  t: TestApp,
  activityId: number,
  body: RegisterBody = {},
  remoteAddress = nextIp(),
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: `/api/public/activities/${activityId}/registrations`,
    payload: { name: 'Nguyễn Thị Hoa', contact: nextEmail(), consent: true, ...body },
    remoteAddress,
  });
}

export function publicGet(t: TestApp, url: string) {
  return t.app.inject({ method: 'GET', url, remoteAddress: nextIp() });
}
