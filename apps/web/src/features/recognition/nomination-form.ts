import type {
  NominationInput,
  NominationUpdate,
  NomineeKind,
  Recognition,
  RecognitionForm,
} from '@suotdoi/shared';
import { formatDate } from '../../lib/format';
import {
  EVIDENCE_KINDS,
  type EvidenceFormValues,
  type EvidenceKind,
  emptyEvidence,
  evidenceKeyOf,
  evidenceKindOf,
  toEvidenceForm,
  toEvidenceInputs,
} from './evidence';

/**
 * The nomination drawer's values and the API's NominationInput / NominationUpdate, both ways; where a server field
 * error belongs; the date checks the form makes before the server does. No React.
 */

export interface NominationFormValues {
  nomineeKind: NomineeKind;
  /** The collective itself, or the unit the individual works in. */
  unitId: number | null;
  personName: string;
  personPosition: string;
  form: RecognitionForm | null;
  year: number;
  /** YYYY-MM-DD */
  nominatedOn: string | null;
  reason: string;
  evidence: EvidenceFormValues;
}

export const PERSON_NAME_MAX = 120;
export const PERSON_POSITION_MAX = 200;
export const REASON_MAX = 3000;
export const DECISION_NUMBER_MAX = 60;
export const NOTE_MAX = 1000;

export function emptyNominationForm(defaults: {
  unitId?: number | null;
  year: number;
  today: string;
}): NominationFormValues {
  return {
    nomineeKind: 'collective',
    unitId: defaults.unitId ?? null,
    personName: '',
    personPosition: '',
    form: null,
    year: defaults.year,
    nominatedOn: defaults.today,
    reason: '',
    evidence: emptyEvidence(),
  };
}

const blankToNull = (v: string | null | undefined) => {
  const trimmed = (v ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * The form's values → NominationInput. A collective sends no person (fields typed before switching the kind are
 * dropped). The form's own rules have run, so the unit and the form are there; a missing one goes as an impossible
 * value and the server names the field.
 */
export function toNominationInput(values: NominationFormValues): NominationInput {
  const individual = values.nomineeKind === 'individual';
  return {
    year: values.year,
    nomineeKind: values.nomineeKind,
    unitId: values.unitId ?? 0,
    personName: individual ? blankToNull(values.personName) : null,
    personPosition: individual ? blankToNull(values.personPosition) : null,
    form: values.form ?? 'department_certificate',
    reason: values.reason.trim(),
    evidence: toEvidenceInputs(values.evidence),
    ...(values.nominatedOn ? { nominatedOn: values.nominatedOn } : {}),
  };
}

/** A nomination as the form edits it. */
export function toNominationForm(r: Recognition): NominationFormValues {
  return {
    nomineeKind: r.nomineeKind,
    unitId: r.unit.id,
    personName: r.personName ?? '',
    personPosition: r.personPosition ?? '',
    form: r.form,
    year: r.year,
    nominatedOn: r.nominatedOn.slice(0, 10),
    reason: r.reason,
    evidence: toEvidenceForm(r.evidence),
  };
}

/** The fields an edit may send: the year, the kind and the unit stay (withdraw and nominate again to change them). */
export const UPDATABLE_FIELDS = [
  'personName',
  'personPosition',
  'form',
  'nominatedOn',
  'reason',
  'evidence',
] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Evidence compares as a set: the same links picked in another order are no change. */
const evidenceSet = (input: NominationInput) => input.evidence.map(evidenceKeyOf).sort();

/** The fields where two versions of the form differ, in the form's order. */
export function changedNominationFields(a: NominationFormValues, b: NominationFormValues): UpdatableField[] {
  const left = toNominationInput(a);
  const right = toNominationInput(b);
  return UPDATABLE_FIELDS.filter((f) =>
    f === 'evidence'
      ? !sameValue(evidenceSet(left), evidenceSet(right))
      : !sameValue(left[f] ?? null, right[f] ?? null),
  );
}

/** The PATCH body: only what changed since `base` was read (another person's edit of another field survives). */
export function toNominationUpdate(values: NominationFormValues, base: Recognition): NominationUpdate {
  const input = toNominationInput(values);
  const body: Record<string, unknown> = { version: base.version };
  for (const f of changedNominationFields(values, toNominationForm(base))) body[f] = input[f];
  return body as NominationUpdate;
}

/** A form field's name path, as antd's Form takes it. */
export type FormPath = keyof NominationFormValues | ['evidence', EvidenceKind];

const FIELD_OF: Record<string, FormPath> = {
  year: 'year',
  nomineeKind: 'nomineeKind',
  unitId: 'unitId',
  personName: 'personName',
  personPosition: 'personPosition',
  form: 'form',
  reason: 'reason',
  nominatedOn: 'nominatedOn',
};

/**
 * Where a server field error shows in the form: "body.evidence.3" is the picker of the fourth link sent (the links
 * go in the pickers' order), "body.evidence" the first picker; undefined for a path the form has no field for (the
 * alert above the form still lists it).
 */
export function formPathOf(
  serverField: string,
  sent?: Pick<NominationInput, 'evidence'>,
): FormPath | undefined {
  const [head, index] = serverField.replace(/^body\./, '').split('.');
  if (!head) return undefined;
  if (head === 'evidence') {
    const link = index !== undefined && sent ? sent.evidence[Number(index)] : undefined;
    const kind = link ? evidenceKindOf(evidenceKeyOf(link)) : null;
    return ['evidence', kind ?? EVIDENCE_KINDS[0]];
  }
  return FIELD_OF[head];
}

/** The server field a path belongs to, for the alert's labels: "body.evidence.3" → "evidence". */
export function serverFieldOf(serverField: string): string {
  return serverField.replace(/^body\./, '').split('.')[0] ?? serverField;
}

/** Reasons the recognition namespace words (the form's own checks and the server's field errors). */
export const NOMINATION_REASONS = [
  'decision_before_nomination',
  'in_future',
  'individual_needs_name',
  'unknown_evidence',
  'too_much_evidence',
] as const;
export type NominationReason = (typeof NOMINATION_REASONS)[number];

export function isNominationReason(reason: string): reason is NominationReason {
  return (NOMINATION_REASONS as readonly string[]).includes(reason);
}

/** A problem's value as a person reads it: a date dd/mm/yyyy, anything else as sent. */
export function problemValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? formatDate(text) : text;
}

/** The nomination date: not after today (a nomination is recorded when it is made, not ahead of it). */
export function nominationDateProblem(nominatedOn: string | null, today: string): NominationReason | null {
  return nominatedOn && nominatedOn > today ? 'in_future' : null;
}

/**
 * The decision date of a grant: not before the nomination (the database refuses it too) and not after today (a
 * decision is recorded once signed). The server checks both again.
 */
export function decisionDateProblem(
  decisionDate: string | null,
  nominatedOn: string,
  today: string,
): NominationReason | null {
  if (!decisionDate) return null;
  if (decisionDate < nominatedOn.slice(0, 10)) return 'decision_before_nomination';
  if (decisionDate > today) return 'in_future';
  return null;
}
