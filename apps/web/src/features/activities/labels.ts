import type {
  Activity,
  ActivitySession,
  ActivityStatus,
  AttendanceSource,
  RegistrationStatus,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';

/** Words, colours and what may be done next for activities, registrations and attendance. No React. */

export function statusLabel(status: ActivityStatus, t: TFunction): string {
  return t(`activities.statuses.${status}`);
}

export function registrationStatusLabel(status: RegistrationStatus, t: TFunction): string {
  return t(`activities.registrationStatuses.${status}`);
}

export function sourceLabel(source: AttendanceSource, t: TFunction): string {
  return t(`activities.sources.${source}`);
}

/** The order statuses sort in: what still needs work first. */
export const STATUS_ORDER: Record<ActivityStatus, number> = {
  draft: 0,
  published: 1,
  completed: 2,
  cancelled: 3,
};

/**
 * The session the list shows: the first that has not ended yet, else the last one (a finished activity shows when
 * it ended); null when the server sent no sessions.
 */
export function nextSession(
  activity: Pick<Activity, 'sessions' | 'startsAt' | 'endsAt'>,
  now: Date = new Date(),
): ActivitySession | null {
  const sessions = [...activity.sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const upcoming = sessions.find((s) => Date.parse(s.endsAt) > now.getTime());
  return upcoming ?? sessions[sessions.length - 1] ?? null;
}

/** "12/50" with a limit, "12" without one. */
export function placesText(
  activity: Pick<Activity, 'capacity' | 'counts'>,
  format: (n: number) => string,
): string {
  const confirmed = format(activity.counts.confirmed);
  return activity.capacity === null ? confirmed : `${confirmed}/${format(activity.capacity)}`;
}

export interface ActivityActions {
  edit: boolean;
  copy: boolean;
  publish: boolean;
  cancel: boolean;
  complete: boolean;
  checkIn: boolean;
}

const NONE: ActivityActions = {
  edit: false,
  copy: false,
  publish: false,
  cancel: false,
  complete: false,
  checkIn: false,
};

/**
 * What a person may do with an activity now. A draft is edited and published; a published activity is edited,
 * cancelled, checked in and, once its first session has begun, completed; a cancelled or completed one is only
 * copied. Without activity.manage, nothing (the server decides per institution; this hides the buttons).
 */
export function availableActions(
  activity: Pick<Activity, 'status' | 'startsAt'>,
  canManage: boolean,
  now: Date = new Date(),
): ActivityActions {
  if (!canManage) return NONE;
  const begun = Date.parse(activity.startsAt) <= now.getTime();
  switch (activity.status) {
    case 'draft':
      return { ...NONE, edit: true, copy: true, publish: true, cancel: true };
    case 'published':
      return { ...NONE, edit: true, copy: true, cancel: true, complete: begun, checkIn: true };
    default:
      return { ...NONE, copy: true };
  }
}

/** The public page a colleague's portal serves: what staff hand out and print on posters. */
export function publicActivityPath(id: number): string {
  return `/portal/activities/${id}`;
}
