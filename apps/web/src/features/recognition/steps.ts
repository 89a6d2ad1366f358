import type { Recognition } from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';
import { formLabel, statusLabel } from './labels';

/**
 * The workflow's steps (review, grant, decline) as dialogs send them, and what changed when a colleague took a step
 * first (409 CONFLICT). No React.
 */

export type Step = 'review' | 'grant' | 'decline';

/** The fields a step decision rests on: a colleague's change of one of them is shown before the step is retried. */
export const STEP_FIELDS = [
  'status',
  'form',
  'nominatedOn',
  'reason',
  'evidence',
  'reviewNote',
  'decisionNumber',
  'decisionDate',
  'declineReason',
] as const;
export type StepField = (typeof STEP_FIELDS)[number];

const fieldValue = (r: Recognition, field: StepField): unknown =>
  field === 'evidence'
    ? r.evidence.map((e) => `${e.kind}:${e.refId ?? e.indicator}:${e.year}`).sort()
    : r[field];

/** The fields where the stored nomination differs from the one the dialog was opened on. */
export function changedStepFields(mine: Recognition, theirs: Recognition): StepField[] {
  return STEP_FIELDS.filter(
    (f) => JSON.stringify(fieldValue(mine, f) ?? null) !== JSON.stringify(fieldValue(theirs, f) ?? null),
  );
}

/** One of those fields as people read it. */
export function stepFieldText(r: Recognition, field: StepField, t: TFunction): string {
  switch (field) {
    case 'status':
      return statusLabel(r.status, t);
    case 'form':
      return formLabel(r.form, t);
    case 'nominatedOn':
    case 'decisionDate':
      return formatDate(r[field]) || t('common.none');
    case 'evidence':
      return r.evidence.map((e) => e.label).join('; ') || t('common.none');
    default:
      return r[field] || t('common.none');
  }
}

export interface StepValues {
  note?: string;
  decisionNumber?: string;
  decisionDate?: string | null;
  reason?: string;
}

/** A dialog's values → the step's body, against the version read. */
export function stepBody(step: Step, values: StepValues, version: number) {
  switch (step) {
    case 'review': {
      const note = (values.note ?? '').trim();
      return { note: note === '' ? null : note, version };
    }
    case 'grant':
      return {
        decisionNumber: (values.decisionNumber ?? '').trim(),
        decisionDate: values.decisionDate ?? '',
        version,
      };
    case 'decline':
      return { reason: (values.reason ?? '').trim(), version };
  }
}
