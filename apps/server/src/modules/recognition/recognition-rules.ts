import { AppError, type IsoDate, type RecognitionStatus } from '@suotdoi/shared';
import type { Problem } from '../activities/activity-rules';
import type { RecognitionRow } from './recognition.repo';

/** The rules every step of a nomination shares, as pure functions. */

/** The row as the audit keeps it: what was decided on, the evidence as frozen. */
export function auditView(row: RecognitionRow | undefined) {
  if (!row) return null;
  const { updatedAt: _u, ...rest } = row;
  return rest;
}

/** The version read must still be the stored one (CONFLICT otherwise: someone moved it on meanwhile). */
export function assertVersion(row: RecognitionRow, version: number) {
  if (row.version !== version) {
    throw new AppError('CONFLICT', `recognition ${row.id} is at version ${row.version}`, {
      version: row.version,
    });
  }
}

/** The step applies only from these statuses (RECOGNITION_STATE otherwise). */
export function assertStatus(row: RecognitionRow, allowed: readonly RecognitionStatus[]) {
  if (!allowed.includes(row.status)) {
    throw new AppError('RECOGNITION_STATE', `recognition ${row.id} is ${row.status}`, { status: row.status });
  }
}

/** A date a person states (nominated on, decided on) has happened: never after today in Vietnam. */
export function futureProblems(field: string, day: IsoDate, today: IsoDate): Problem[] {
  return day > today ? [{ field, reason: 'in_future', value: day }] : [];
}

/**
 * Quyết định khen thưởng: its date is on or after the nomination's (the table checks it too) and not ahead of
 * today.
 */
export function decisionDateProblems(decisionDate: IsoDate, nominatedOn: IsoDate, today: IsoDate): Problem[] {
  const problems: Problem[] = [];
  if (decisionDate < nominatedOn)
    problems.push({ field: 'body.decisionDate', reason: 'decision_before_nomination', value: decisionDate });
  problems.push(...futureProblems('body.decisionDate', decisionDate, today));
  return problems;
}
