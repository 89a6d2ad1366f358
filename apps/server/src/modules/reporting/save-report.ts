import {
  AppError,
  AUTO_OVERRIDE_RULE_ID,
  evaluateAutoOverrides,
  type FieldConflict,
  type Form,
  NARRATIVE_KEYS,
  type Narrative,
  parseValue,
  type ReportDetail,
  type ReportValue,
  type SaveReport,
  type StoredValue,
  VALUE_REASON_TEXT,
  type ValueType,
} from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { formFor, loadForm } from './report-context';
import { getReportDetail, labelsOf } from './report-detail';
import { findCategory } from './report-units.repo';
import { assertAllowed, canEnter } from './reporting.policy';
import {
  findReportRow,
  findValues,
  type ReportRow,
  updateReport,
  upsertValues,
  type ValueWrite,
} from './reports.repo';

/**
 * Lưu nháp: saves changed fields of a draft or returned report (autosave and the offline queue call this).
 * Two people never overwrite each other silently: a save carries the version it started from and, per field,
 * the value it last saw; when the report moved on, fields nobody else touched still save and any field changed
 * on both sides comes back as a CONFLICT listing yours, theirs and the base, and nothing is written.
 */

export const EDITABLE_STATUSES = new Set(['draft', 'returned']);

export function assertEditable(row: ReportRow) {
  if (!EDITABLE_STATUSES.has(row.status)) {
    throw new AppError('REPORT_LOCKED', `report ${row.id} is ${row.status}`, { status: row.status });
  }
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

interface ParsedChange {
  element: string;
  value: ReportValue;
  comment: string | null | undefined;
  base?: { value: ReportValue; comment: string | null };
}

/** Each change parsed against its element's type; every bad field reported at once (field, reason, both texts). */
export function parseChanges(form: Form, changes: SaveReport['values']): ParsedChange[] {
  const types = new Map(form.elements.map((e) => [e.code, e.valueType as ValueType]));
  const problems: { field: string; reason: string; message?: { vi: string; en: string } }[] = [];
  const parsed: ParsedChange[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    const type = types.get(change.element);
    if (!type) {
      problems.push({ field: change.element, reason: 'unknown_element' });
      continue;
    }
    if (seen.has(change.element)) problems.push({ field: change.element, reason: 'duplicate_row' });
    seen.add(change.element);
    const result = parseValue(change.value, type);
    if (!result.ok) {
      problems.push({
        field: change.element,
        reason: result.reason,
        message: VALUE_REASON_TEXT[result.reason],
      });
      continue;
    }
    parsed.push({ element: change.element, value: result.value, comment: change.comment, base: change.base });
  }
  if (problems.length > 0) throw new AppError('REPORT_INVALID', 'bad values', { fields: problems });
  return parsed;
}

function findConflicts(
  changes: ParsedChange[],
  stored: Record<string, StoredValue>,
  body: SaveReport,
  narrative: Narrative,
): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const c of changes) {
    const theirs = stored[c.element];
    const theirValue = theirs?.value ?? null;
    const theirComment = theirs?.comment ?? null;
    const base = c.base ?? { value: null, comment: null };
    const valueMoved = !same(theirValue, base.value) && !same(theirValue, c.value);
    const commentMoved =
      c.comment !== undefined && !same(theirComment, base.comment) && !same(theirComment, c.comment);
    if (valueMoved || commentMoved) {
      conflicts.push({
        field: c.element,
        yours: { value: c.value, comment: c.comment ?? null },
        theirs: { value: theirValue, comment: theirComment },
        base,
      });
    }
  }
  for (const key of NARRATIVE_KEYS) {
    const yours = body.narrative?.[key];
    if (yours === undefined) continue;
    const base = body.narrativeBase?.[key] ?? '';
    const theirs = narrative[key] ?? '';
    if (theirs !== base && theirs !== yours)
      conflicts.push({ field: `narrative.${key}`, yours, theirs, base });
  }
  return conflicts;
}

/**
 * A changed field that no longer equals the figure its activities give needs a reason (issue 7): refused as
 * REPORT_INVALID naming each field, so nothing is saved. A comment left out of the change keeps the stored one.
 */
export function assertOverridesExplained(
  form: Form,
  changes: readonly ParsedChange[],
  stored: Record<string, StoredValue>,
) {
  const watched = changes.filter((c) => typeof stored[c.element]?.auto === 'number');
  if (watched.length === 0) return;
  const violations = evaluateAutoOverrides({
    values: Object.fromEntries(watched.map((c) => [c.element, c.value])),
    comments: Object.fromEntries(
      watched.map((c) => [
        c.element,
        (c.comment === undefined ? stored[c.element]?.comment : c.comment) ?? '',
      ]),
    ),
    autoValues: Object.fromEntries(watched.map((c) => [c.element, stored[c.element]?.auto])),
    stage: 'save',
    labels: labelsOf(form),
  });
  if (violations.length === 0) return;
  throw new AppError('REPORT_INVALID', 'automatic values changed without a reason', {
    fields: violations.map((v) => ({
      field: v.elements[0],
      reason: AUTO_OVERRIDE_RULE_ID,
      message: v.message,
    })),
  });
}

export async function saveReport(
  actor: Actor,
  input: { reportId: number; body: SaveReport },
  deps: ServiceDeps,
): Promise<ReportDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await findReportRow(tx, input.reportId, true);
    if (!row) throw new AppError('NOT_FOUND', `report ${input.reportId} not found`);
    await assertAllowed(tx, actor, row, canEnter, 'edit');
    assertEditable(row);
    const form = formFor(await loadForm(tx, row.formId), await findCategory(tx, row.unitId));
    const changes = parseChanges(form, input.body.values);
    const stored = await findValues(tx, row.id);
    if (input.body.version !== row.version) {
      const conflicts = findConflicts(changes, stored, input.body, row.narrative);
      if (conflicts.length > 0) {
        throw new AppError('CONFLICT', `report ${row.id} changed since version ${input.body.version}`, {
          version: row.version,
          conflicts,
        });
      }
    }
    assertOverridesExplained(form, changes, stored);
    const writes: ValueWrite[] = changes.map((c) => ({
      reportId: row.id,
      unitId: row.unitId,
      period: row.period,
      provinceId: row.provinceId,
      communeId: row.communeId,
      element: c.element,
      value: typeof c.value === 'number' ? c.value : null,
      textValue: typeof c.value === 'string' ? c.value : null,
      comment: c.comment === undefined ? undefined : c.comment || null,
      source: 'entry',
    }));
    await upsertValues(tx, writes, actor.userId);
    const narrative = input.body.narrative ? { ...row.narrative, ...input.body.narrative } : undefined;
    await updateReport(tx, row.id, { narrative }, actor.userId);
    await recordAudit(tx, actor, {
      action: 'report.save',
      entity: 'report',
      entityId: row.id,
      unitId: row.unitId,
      before: Object.fromEntries(changes.map((c) => [c.element, stored[c.element] ?? null])),
      after: {
        ...Object.fromEntries(
          changes.map((c) => [c.element, { value: c.value, comment: c.comment ?? null }]),
        ),
        ...(input.body.narrative ? { narrative: input.body.narrative } : {}),
      },
    });
  });
  return getReportDetail(deps.db, actor, input.reportId);
}
