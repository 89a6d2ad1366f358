import { AppError } from '@suotdoi/shared';
import type { ActivityForRegistration } from './registrations.repo';

type Window = Pick<
  ActivityForRegistration,
  | 'id'
  | 'status'
  | 'cancelReason'
  | 'requiresRegistration'
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'endsAt'
>;

/**
 * Throws why nobody can register for the activity now, if so. A draft answers NOT_FOUND: the public does not
 * learn that it exists. Without a closing time registration stays open until the activity ends (people join a
 * running class or exhibition).
 */
export function assertRegistrationOpen(activity: Window | undefined, now: Date): asserts activity is Window {
  if (!activity || activity.status === 'draft') throw new AppError('NOT_FOUND', 'no such activity');
  if (activity.status === 'cancelled')
    throw new AppError('ACTIVITY_CANCELLED', `activity ${activity.id} was cancelled`, {
      reason: activity.cancelReason,
    });
  if (activity.status === 'completed' || activity.endsAt <= now)
    throw new AppError('ACTIVITY_ENDED', `activity ${activity.id} has ended`);
  if (!activity.requiresRegistration)
    throw new AppError('REGISTRATION_NOT_REQUIRED', `activity ${activity.id} is walk-in only`);
  if (activity.registrationOpensAt && now < activity.registrationOpensAt)
    throw new AppError('REGISTRATION_NOT_OPEN', `registration opens later`, {
      opensAt: activity.registrationOpensAt.toISOString(),
    });
  if (activity.registrationClosesAt && now >= activity.registrationClosesAt)
    throw new AppError('REGISTRATION_CLOSED', `registration closed`, {
      closedAt: activity.registrationClosesAt.toISOString(),
    });
}
