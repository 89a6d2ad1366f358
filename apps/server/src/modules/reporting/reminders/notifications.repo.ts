import type { Notification, NotificationKind, NotificationParams, Role } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { chunks, column } from '../../../db/sql-arrays';
import type { NotificationDraft, RoleHolding } from './plan-reminders';

/** Notifications and the people they go to. SQL only. */

const ISO_TS = (c: string) => sql.raw(`to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** The roles of active people that sit on these units (not above them). */
export async function findRoleHolders(db: DbOrTx, unitIds: readonly number[]): Promise<RoleHolding[]> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return [];
  const rows = await db.execute<{ userId: string; role: Role; unitId: number }>(sql`
    select ra.user_id as "userId", ra.role, ra.unit_id as "unitId"
    from role_assignments ra join users u on u.id = ra.user_id
    where u.is_active and ra.unit_id = any(${column(ids, (id) => id, 'int')})`);
  return rows.rows;
}

/** Inserts the drafts that are not there yet (same person, same dedupe key); answers how many were new. */
export async function insertNotifications(
  db: DbOrTx,
  drafts: readonly NotificationDraft[],
  at: Date,
): Promise<number> {
  let created = 0;
  for (const part of chunks(drafts)) {
    const rows = await db.execute<{ id: number }>(sql`
      insert into notifications (user_id, kind, params, dedupe_key, created_at)
      select t.user_id, t.kind, t.params::jsonb, t.dedupe_key, ${at.toISOString()}::timestamptz
      from unnest(${column(part, (d) => d.userId, 'uuid')}, ${column(part, (d) => d.kind, 'text')},
        ${column(part, (d) => JSON.stringify(d.params), 'text')}, ${column(part, (d) => d.dedupeKey, 'text')})
        as t(user_id, kind, params, dedupe_key)
      on conflict (user_id, dedupe_key) do nothing
      returning id`);
    created += rows.rows.length;
  }
  return created;
}

type NotificationRow = {
  id: number;
  kind: NotificationKind;
  params: NotificationParams;
  createdAt: string;
  readAt: string | null;
};

/** A person's notifications, newest first, and how many are unread. */
export async function findNotifications(
  db: DbOrTx,
  userId: string,
  options: { limit: number; unreadOnly: boolean },
): Promise<{ items: Notification[]; unread: number }> {
  const rows = await db.execute<NotificationRow>(sql`
    select id, kind, params, ${ISO_TS('created_at')} as "createdAt", ${ISO_TS('read_at')} as "readAt"
    from notifications where user_id = ${userId} ${options.unreadOnly ? sql`and read_at is null` : sql``}
    order by created_at desc, id desc limit ${options.limit}`);
  const count = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from notifications where user_id = ${userId} and read_at is null`,
  );
  return { items: rows.rows, unread: count.rows[0]?.n ?? 0 };
}

/** Marks one of the person's notifications read; false when it is not theirs (or does not exist). */
export async function markRead(db: DbOrTx, userId: string, id: number, at: Date): Promise<boolean> {
  const rows = await db.execute<{ id: number }>(sql`
    update notifications set read_at = coalesce(read_at, ${at.toISOString()}::timestamptz)
    where id = ${id} and user_id = ${userId} returning id`);
  return rows.rows.length > 0;
}

export async function markAllRead(db: DbOrTx, userId: string, at: Date): Promise<number> {
  const rows = await db.execute<{ id: number }>(sql`
    update notifications set read_at = ${at.toISOString()}::timestamptz
    where user_id = ${userId} and read_at is null returning id`);
  return rows.rows.length;
}

export type UnsentEmail = {
  id: number;
  kind: NotificationKind;
  params: NotificationParams;
  email: string;
  displayName: string;
};

/** Notifications created since `since` that went to a person with an e-mail address and were not mailed yet. */
export async function findUnsentEmails(db: DbOrTx, since: Date, limit = 500): Promise<UnsentEmail[]> {
  const rows = await db.execute<UnsentEmail>(sql`
    select n.id, n.kind, n.params, u.email, u.display_name as "displayName"
    from notifications n join users u on u.id = n.user_id
    where n.emailed_at is null and u.is_active and coalesce(u.email, '') <> ''
      and n.created_at >= ${since.toISOString()}::timestamptz
    order by n.id limit ${limit}`);
  return rows.rows;
}

export async function markEmailed(db: DbOrTx, id: number, at: Date) {
  await db.execute(
    sql`update notifications set emailed_at = ${at.toISOString()}::timestamptz where id = ${id}`,
  );
}
