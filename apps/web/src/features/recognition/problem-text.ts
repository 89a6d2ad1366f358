import type { TFunction } from 'i18next';
import { ApiError, isApiError } from '../../api/client';
import { reasonMessage } from '../../i18n/errors';
import { EVIDENCE_MAX } from './evidence';
import { isNominationReason, problemValueText } from './nomination-form';

/** Field problems of the nomination and its steps in the recognition namespace's words. No React. */

/** A field problem in the recognition namespace's words when it has them, else the shared reason table's. */
export function problemText(
  p: { reason: string; value?: string; message?: string },
  t: TFunction,
  lang: string,
) {
  if (!isNominationReason(p.reason)) return reasonMessage(p, lang);
  const value = problemValueText(p.value);
  return t(`recognition.reasons.${p.reason}`, { value, max: EVIDENCE_MAX });
}

/**
 * The failure with the recognition's own words as the problems' messages: the shared alert shows a problem's
 * message when the shared reason table does not know its reason, so the reason is namespaced out of that table.
 */
export function withOwnWords(
  error: unknown,
  t: TFunction,
  lang: string,
  rename: <P extends { field: string; reason: string; value?: string }>(p: P) => P = (p) => p,
): unknown {
  if (!isApiError(error) || error.problems.length === 0) return error;
  const problems = error.problems
    .map(rename)
    .map((p) =>
      isNominationReason(p.reason)
        ? { ...p, reason: `recognition.${p.reason}`, message: problemText(p, t, lang) }
        : p,
    );
  return new ApiError(error.status, error.code, error.message, problems);
}
