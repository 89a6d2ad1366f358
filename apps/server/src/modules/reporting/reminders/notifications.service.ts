import { AppError, type NotificationList } from '@suotdoi/shared';
import type { Actor } from '../../auth/actor';
import type { ServiceDeps } from '../../auth/service-deps';
import { findNotifications, markAllRead, markRead } from './notifications.repo';

/** Thông báo: a person's own notifications; nobody reads or marks another's (theirs answer NOT_FOUND). */

/** My notifications, newest first, with the number unread. */
export function listMyNotifications(
  actor: Actor,
  input: { limit: number; unreadOnly: boolean },
  deps: ServiceDeps,
): Promise<NotificationList> {
  return findNotifications(deps.db, actor.userId, input);
}

/** Marks one of my notifications read (again is fine); NOT_FOUND for another person's. */
export async function readNotification(actor: Actor, input: { id: number }, deps: ServiceDeps) {
  if (!(await markRead(deps.db, actor.userId, input.id, deps.clock()))) {
    throw new AppError('NOT_FOUND', `notification ${input.id} not found`);
  }
}

/** Marks all my notifications read; answers how many were unread. */
export async function readAllNotifications(actor: Actor, deps: ServiceDeps): Promise<number> {
  return markAllRead(deps.db, actor.userId, deps.clock());
}
