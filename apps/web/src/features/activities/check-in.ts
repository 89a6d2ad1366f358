import type { ActivitySession, CheckInResult } from '@suotdoi/shared';
import { isApiError } from '../../api/client';
import { instantParts } from './activity-time';

/** The check-in page's logic: codes typed or scanned, what a check-in's answer means, the session to start on. */

/** CheckInInputSchema: 4–40 characters once trimmed. */
export const CODE_MIN = 4;
export const CODE_MAX = 40;

/** A code as typed: upper case, no spaces (people read codes aloud in groups: "AB12 CD34"). */
export function normalizeCode(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase().slice(0, CODE_MAX);
}

/**
 * The code inside a scanned QR: the text itself, or from a link the `code` query parameter, else the link's last
 * path segment ("https://…/portal/check-in/AB12CD34" → "AB12CD34").
 */
export function codeFromScan(text: string): string {
  const raw = text.trim();
  if (/^https?:\/\//i.test(raw)) {
    try {
      const url = new URL(raw);
      const param = url.searchParams.get('code');
      if (param) return normalizeCode(param);
      const last = url.pathname.split('/').filter(Boolean).pop();
      if (last) return normalizeCode(decodeURIComponent(last));
    } catch {
      // Not a link after all: read it as a code.
    }
  }
  return normalizeCode(raw);
}

export type CheckInKind =
  | 'checked_in'
  | 'already'
  | 'waitlisted'
  | 'cancelled'
  | 'not_found'
  | 'invalid'
  | 'not_open'
  | 'error';

export interface CheckInOutcome {
  kind: CheckInKind;
  name: string | null;
  /** The server's coded failure (translated by the page) for `error`. */
  error?: unknown;
}

/**
 * What the person at the door is told. The server refuses a waitlisted or cancelled code with
 * REGISTRATION_NOT_CONFIRMED and its status, a completed or cancelled activity with ATTENDANCE_CLOSED, and an
 * unknown code (or a code of another activity) with NOT_FOUND; each is said in words of its own.
 */
export function checkInOutcome(result: CheckInResult | null, error?: unknown): CheckInOutcome {
  if (result) {
    if (result.status === 'waitlisted') return { kind: 'waitlisted', name: result.name };
    if (result.status === 'cancelled') return { kind: 'cancelled', name: result.name };
    return { kind: result.already ? 'already' : 'checked_in', name: result.name };
  }
  if (isApiError(error)) {
    if (error.code === 'REGISTRATION_NOT_CONFIRMED') {
      const status = (error.details as { status?: string } | undefined)?.status;
      return { kind: status === 'cancelled' ? 'cancelled' : 'waitlisted', name: null };
    }
    if (error.code === 'NOT_FOUND') return { kind: 'not_found', name: null };
    if (error.code === 'VALIDATION_FAILED') return { kind: 'invalid', name: null };
    if (error.code === 'ATTENDANCE_CLOSED' || error.code === 'ACTIVITY_STATE')
      return { kind: 'not_open', name: null };
  }
  return { kind: 'error', name: null, error };
}

/** How the result box looks: success and warning are told apart by words and icon, not only colour. */
export const OUTCOME_TONE: Record<CheckInKind, 'success' | 'warning' | 'error'> = {
  checked_in: 'success',
  already: 'warning',
  waitlisted: 'warning',
  cancelled: 'error',
  not_found: 'error',
  invalid: 'error',
  not_open: 'error',
  error: 'error',
};

/**
 * The session a check-in starts on: the one under way, else the next one today, else the last one that has begun
 * today, else the next one to come, else the last one.
 */
export function defaultSessionId(
  sessions: readonly ActivitySession[],
  now: Date = new Date(),
): number | undefined {
  if (sessions.length === 0) return undefined;
  const t = now.getTime();
  const sorted = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const today = (instant: string) => instantParts(instant)?.date;
  const day = today(now.toISOString());
  const running = sorted.find((s) => Date.parse(s.startsAt) <= t && t < Date.parse(s.endsAt));
  if (running) return running.id;
  const todays = sorted.filter((s) => today(s.startsAt) === day);
  const laterToday = todays.find((s) => Date.parse(s.startsAt) > t);
  if (laterToday) return laterToday.id;
  const earlierToday = todays.filter((s) => Date.parse(s.startsAt) <= t).pop();
  if (earlierToday) return earlierToday.id;
  const upcoming = sorted.find((s) => Date.parse(s.startsAt) > t);
  return (upcoming ?? sorted[sorted.length - 1])!.id;
}

export type CameraProblem = 'denied' | 'no_camera' | 'in_use' | 'insecure' | 'unsupported' | 'other';

/**
 * Why the camera did not start, from the DOMException getUserMedia throws: refused by the person or the browser,
 * no camera, another app holding it, or a page not served over HTTPS (where browsers offer no camera at all).
 */
export function cameraProblem(
  error: unknown,
  env: { isSecureContext: boolean; hasMediaDevices: boolean },
): CameraProblem {
  if (!env.isSecureContext) return 'insecure';
  if (!env.hasMediaDevices) return 'unsupported';
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError' || name === 'SecurityError')
    return 'denied';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError')
    return 'no_camera';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'in_use';
  return 'other';
}
