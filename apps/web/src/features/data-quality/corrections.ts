import type { DataQualityIssue, RowProblem } from '@suotdoi/shared';

/** The codes an operator may correct before loading a held-back row (ResolveDataQualitySchema). */
export const CORRECTION_FIELDS = ['old_ward_code', 'new_ward_code', 'successor_code'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
export type Corrections = Partial<Record<CorrectionField, string>>;

/**
 * Which codes fit the issue: a ward-mapping row (old → new commune) takes the old and new codes; an old commune
 * that was merged without a known successor takes the successor's code.
 */
export function correctionFieldsFor(issue: Pick<DataQualityIssue, 'row'>): CorrectionField[] {
  const row = issue.row;
  return 'old_ward_code' in row || 'new_ward_code' in row
    ? ['old_ward_code', 'new_ward_code']
    : ['successor_code'];
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The form's first values: the loader's suggestion when it found one, else what the row says. */
export function initialCorrections(issue: Pick<DataQualityIssue, 'row' | 'details'>): Corrections {
  const suggestion = (issue.details?.suggestion ?? {}) as Record<string, unknown>;
  const out: Corrections = {};
  for (const field of correctionFieldsFor(issue)) {
    out[field] = text(suggestion[field]) || text(issue.row[field]);
  }
  return out;
}

/** True when the value came from the loader's suggestion rather than the source row. */
export function isSuggested(
  issue: Pick<DataQualityIssue, 'row' | 'details'>,
  field: CorrectionField,
): boolean {
  const suggestion = (issue.details?.suggestion ?? {}) as Record<string, unknown>;
  return !!text(suggestion[field]) && text(suggestion[field]) !== text(issue.row[field]);
}

/** The corrections to send: only the fields that apply, trimmed, empty ones left out. */
export function toCorrections(issue: Pick<DataQualityIssue, 'row'>, values: Corrections): Corrections {
  const out: Corrections = {};
  for (const field of correctionFieldsFor(issue)) {
    const value = values[field]?.normalize('NFC').trim();
    if (value) out[field] = value;
  }
  return out;
}

/** The checks that failed for the row, as the loader recorded them. */
export function problemsOfIssue(
  issue: Pick<DataQualityIssue, 'details'>,
): Pick<RowProblem, 'field' | 'reason' | 'value'>[] {
  const list = issue.details?.problems;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (p): p is RowProblem => !!p && typeof p === 'object' && typeof (p as RowProblem).reason === 'string',
  );
}
