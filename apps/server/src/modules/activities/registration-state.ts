import type { REGISTRATION_STATES } from '@suotdoi/shared';

export type RegistrationState = (typeof REGISTRATION_STATES)[number];

export interface RegistrationWindow {
  status: string;
  requiresRegistration: boolean;
  capacity: number | null;
  /** The end of the last session. */
  endsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

/**
 * When a person can register, as the portal shows it, by the same rules as registering itself
 * (registrations/registration-window.ts): closed when cancelled, completed or over; walk-in when the activity
 * takes no registrations; not yet open before `registrationOpensAt`; closed once `registrationClosesAt` (by
 * default the end of the last session) has passed; a full activity still takes names, onto the waitlist.
 */
export function registrationState(a: RegistrationWindow, confirmed: number, now: Date): RegistrationState {
  const t = now.getTime();
  if (a.status !== 'published' || a.endsAt.getTime() <= t) return 'closed';
  if (!a.requiresRegistration) return 'walk_in';
  if (a.registrationClosesAt && a.registrationClosesAt.getTime() <= t) return 'closed';
  if (a.registrationOpensAt && t < a.registrationOpensAt.getTime()) return 'not_yet_open';
  if (a.capacity !== null && confirmed >= a.capacity) return 'full_waitlist';
  return 'open';
}

/** Places left, never below zero; null when there is no limit. */
export function placesLeft(capacity: number | null, confirmed: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - confirmed);
}
