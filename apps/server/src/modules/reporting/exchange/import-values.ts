import {
  AppError,
  type Form,
  type IsoDate,
  type Lang,
  parsePeriod,
  parseValue,
  type ReportValue,
  todayInVietnam,
  type ValueType,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { recordAudit } from '../../audit/audit.record';
import { scopedUnitIds } from '../../auth/access';
import type { Actor } from '../../auth/actor';
import type { ServiceDeps } from '../../auth/service-deps';
import { findForms } from '../forms.repo';
import { asOfDay, formFor, withElements } from '../report-context';
import { ensureReports, reportKey } from '../reports.repo';
import { EDITABLE_STATUSES } from '../save-report';
import {
  bumpReportVersions,
  countExistingValues,
  deleteValues,
  type ExchangeUnit,
  filterInScope,
  findReportsByKeys,
  findUnitsByCodes,
  type ReportKey,
  upsertValueBatch,
  type ValueKey,
  type ValueRow,
} from './exchange.repo';
import { type ExchangeReason, exchangeReasonText, valueReasonText } from './exchange-reasons';
import type { Progress } from './jobs';

/**
 * Nhập số liệu: the one validated path every bulk import of values takes (the form template, dataValueSets, the
 * benchmark). Every value is checked (unit known in the period and unambiguous, inside the actor's report.enter
 * scope, on the unit's form, a valid value for the element's type, not repeated, its report still editable)
 * with a fixed number of queries whatever the number of values, and every problem is reported. A dry run
 * writes nothing; otherwise one transaction creates the missing draft reports, writes every value, bumps the
 * reports' versions and leaves one audit entry, or, at the first problem, writes nothing at all.
 */

/** One value as read from a file or a request, before any check. */
export interface IncomingValue {
  /** Where a person finds it: the sheet row, or the position in a dataValues list (1-based). */
  row: number;
  /** The column holding the value (the element's column in a template, `value` in a dataValueSet). */
  column: string;
  /** The column naming the unit, for unit problems. */
  unitColumn: string;
  element: string;
  period: string;
  /** A unit code, or `kind:code` when a code is used at several levels. */
  unit: string;
  value: unknown;
  /** Undefined or null keeps the stored comment. */
  comment?: string | null;
}

export interface ValueProblem {
  row: number;
  /** The column (a template's element code or unitCode; a dataValueSet's field name). */
  field: string;
  reason: ExchangeReason;
  value: string;
  message: string;
}

export interface ImportValuesResult {
  dryRun: boolean;
  /** Values read. */
  total: number;
  /** New values (would be new, in a dry run). */
  imported: number;
  /** Values that replaced a stored one. */
  updated: number;
  /** Empty values with nothing to delete, and, when the import is refused, every value. */
  ignored: number;
  deleted: number;
  /** Reports written to (or that would be). */
  reports: number;
  problems: ValueProblem[];
}

export interface ImportValuesOptions {
  /** A fixed form (the template's, or a dataValueSet's dataSet); otherwise each unit's own form. */
  form?: Form;
  source: 'import' | 'api';
  /** DHIS2: an empty value deletes the stored one. Templates: an empty cell is simply not imported. */
  emptyDeletes: boolean;
  dryRun: boolean;
  lang: Lang;
  /** What the audit entry names. */
  audit: { entity: string; entityId?: string | number | null; file?: string | null };
  /** Problems found before the values (the file's header): they make the import refuse too. */
  problems?: ValueProblem[];
  onProgress?: Progress;
}

/** Above this, a file import runs as a job (202 and progress). */
export const JOB_THRESHOLD = 20_000;
/** A national file is ~120,000 institutions × ~20 elements; the benchmark imports 1,000,000. */
export const MAX_VALUES = 3_000_000;
/** Values per insert statement: bench/reporting.bench.ts measured 5,000 → 20,000 as worth ~15 %. */
export const VALUE_BATCH = 20_000;

const KIND_PREFIX = /^(institution|commune|province):(.+)$/;

/** Commune codes have 5 digits and province codes 2; a spreadsheet that stored them as numbers lost the zeros. */
const codeVariants = (code: string) =>
  /^\d+$/.test(code) ? [...new Set([code, code.padStart(5, '0'), code.padStart(2, '0')])] : [code];

interface Accepted {
  index: number;
  unit: ExchangeUnit;
  formId: number;
  period: string;
  element: string;
  value: ReportValue;
  comment: string | null;
}

/** Validates and (unless a dry run) writes the values; see the file's comment. Throws IMPORT_INVALID. */
export async function importValues(
  actor: Actor,
  values: readonly IncomingValue[],
  options: ImportValuesOptions,
  deps: ServiceDeps,
): Promise<ImportValuesResult> {
  const today = todayInVietnam(deps.clock());
  const problems: ValueProblem[] = [...(options.problems ?? [])];
  const seenProblems = new Set<string>();
  const problem = (row: number, column: string, reason: ExchangeReason, value: string) => {
    const key = `${row}|${column}|${reason}`;
    if (seenProblems.has(key)) return;
    seenProblems.add(key);
    problems.push({
      row,
      field: column,
      reason,
      value,
      message:
        reason in VALUE_REASON_KEYS
          ? valueReasonText(reason as never, options.lang, value)
          : exchangeReasonText(reason, options.lang, value),
    });
  };
  if (values.length > MAX_VALUES) {
    problem(0, 'file', 'too_many_values', String(MAX_VALUES));
    return refuse(values.length, problems, options);
  }

  const types = await findElementTypes(deps.db);
  const forms = options.form ? [options.form] : await loadActiveForms(deps.db);

  // Periods: each must parse, fit the form's period type and have opened; its day picks the units' tree.
  const dayOf = new Map<string, IsoDate | ExchangeReason>();
  for (const id of new Set(values.map((v) => v.period))) {
    const period = parsePeriod(id);
    const form = period && forms.find((f) => f.periodType === period.type);
    if (!period) dayOf.set(id, 'invalid_period');
    else if (!form) dayOf.set(id, 'wrong_period_type');
    else dayOf.set(id, asOfDay(period, form.cutoffStartDay, today) ?? 'period_not_open');
  }

  // Units: one query per distinct day (one, for a file of one period).
  const refs = new Map<IsoDate, Set<string>>();
  for (const v of values) {
    const day = dayOf.get(v.period)!;
    if (day.length !== 10 || !/^\d/.test(day)) continue;
    const code = KIND_PREFIX.exec(v.unit)?.[2] ?? v.unit;
    const set = refs.get(day as IsoDate) ?? new Set<string>();
    for (const c of codeVariants(code.trim())) set.add(c);
    refs.set(day as IsoDate, set);
  }
  const unitsByDay = new Map<IsoDate, Map<string, ExchangeUnit[]>>();
  const allUnitIds = new Set<number>();
  for (const [day, codes] of refs) {
    const byCode = new Map<string, ExchangeUnit[]>();
    for (const u of await findUnitsByCodes(deps.db, [...codes], day)) {
      byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
      allUnitIds.add(u.id);
    }
    unitsByDay.set(day, byCode);
  }
  const writable = await filterInScope(deps.db, scopedUnitIds(actor, 'report.enter'), [...allUnitIds]);

  const unitCache = new Map<string, ExchangeUnit | ExchangeReason>();
  const resolveUnit = (ref: string, day: IsoDate): ExchangeUnit | ExchangeReason => {
    const key = `${day}|${ref}`;
    const cached = unitCache.get(key);
    if (cached) return cached;
    const prefixed = KIND_PREFIX.exec(ref.trim());
    const code = (prefixed?.[2] ?? ref).trim();
    const byCode = unitsByDay.get(day);
    let found: ExchangeUnit[] = [];
    for (const c of codeVariants(code)) {
      found = (byCode?.get(c) ?? []).filter((u) => !prefixed || u.kind === prefixed[1]);
      if (found.length > 0) break;
    }
    const answer: ExchangeUnit | ExchangeReason =
      found.length === 0
        ? 'unknown_unit'
        : found.length > 1
          ? 'ambiguous_unit'
          : writable.has(found[0]!.id)
            ? found[0]!
            : 'out_of_scope';
    unitCache.set(key, answer);
    return answer;
  };

  // The unit's form and the elements it asks of the unit's category.
  const formCache = new Map<string, { form: Form; types: Map<string, ValueType> } | null>();
  const formOf = (unit: ExchangeUnit, periodType: string) => {
    const key = `${unit.kind}|${unit.category ?? ''}|${periodType}`;
    if (formCache.has(key)) return formCache.get(key)!;
    const form = forms.find(
      (f) =>
        f.level === unit.kind &&
        f.periodType === periodType &&
        (unit.kind !== 'institution' || f.categories.includes(unit.category ?? '')),
    );
    const entry = form
      ? {
          form,
          types: new Map(
            formFor(form, unit.category).elements.map((e) => [e.code, e.valueType as ValueType]),
          ),
        }
      : null;
    formCache.set(key, entry);
    return entry;
  };

  const accepted: Accepted[] = [];
  const empties: Accepted[] = [];
  const firstOf = new Map<string, number>();
  values.forEach((v, index) => {
    const day = dayOf.get(v.period)!;
    if (!/^\d{4}-/.test(day)) {
      problem(v.row, 'period', day as ExchangeReason, v.period);
      return;
    }
    const unit = resolveUnit(v.unit, day as IsoDate);
    if (typeof unit === 'string') {
      problem(v.row, v.unitColumn, unit, v.unit);
      return;
    }
    const entry = formOf(unit, parsePeriod(v.period)!.type);
    if (!entry) {
      problem(v.row, v.unitColumn, 'no_form_for_unit', v.unit);
      return;
    }
    const type = entry.types.get(v.element);
    if (!type) {
      problem(v.row, v.column, types.has(v.element) ? 'element_not_in_form' : 'unknown_element', v.element);
      return;
    }
    const key = `${unit.id}|${v.period}|${v.element}`;
    if (firstOf.has(key)) {
      problem(v.row, v.column, 'duplicate_row', `${v.unit} · ${v.element} · ${v.period}`);
      return;
    }
    firstOf.set(key, index);
    const parsed = parseValue(v.value, type);
    if (!parsed.ok) {
      problem(v.row, v.column, parsed.reason, displayed(v.value));
      return;
    }
    const item: Accepted = {
      index,
      unit,
      formId: entry.form.id,
      period: v.period,
      element: v.element,
      value: parsed.value,
      comment: v.comment ? v.comment.normalize('NFC').trim() || null : null,
    };
    (parsed.value === null ? empties : accepted).push(item);
  });

  const reportKeys = new Map<string, ReportKey & { unit: ExchangeUnit }>();
  for (const a of [...accepted, ...(options.emptyDeletes ? empties : [])]) {
    const k = { formId: a.formId, unitId: a.unit.id, period: a.period };
    reportKeys.set(reportKey(k), { ...k, unit: a.unit });
  }

  /** Reports that exist, checked editable; their values' rows get report_locked otherwise. */
  const checkReports = async (db: DbOrTx, lock: boolean) => {
    const existing = await findReportsByKeys(db, [...reportKeys.values()], lock);
    const locked = new Set(existing.filter((r) => !EDITABLE_STATUSES.has(r.status)).map((r) => reportKey(r)));
    if (locked.size > 0) {
      for (const a of [...accepted, ...empties]) {
        if (locked.has(reportKey({ formId: a.formId, unitId: a.unit.id, period: a.period }))) {
          const v = values[a.index]!;
          problem(v.row, v.unitColumn, 'report_locked', v.unit);
        }
      }
    }
    return new Map(existing.map((r) => [reportKey(r), r.id]));
  };

  const keyOf = (a: Accepted): ValueKey => ({ unitId: a.unit.id, period: a.period, element: a.element });
  const deletes = options.emptyDeletes ? empties : [];

  if (options.dryRun || problems.length > 0) {
    await checkReports(deps.db, false);
    if (problems.length > 0) {
      if (options.dryRun) return refuse(values.length, problems, options);
      const refused = refuse(values.length, problems, options);
      throw new AppError('IMPORT_INVALID', `${problems.length} problems`, refused);
    }
    const existing = await countExistingValues(deps.db, accepted.map(keyOf));
    const existingDeletes = await countExistingValues(deps.db, deletes.map(keyOf));
    return {
      dryRun: true,
      total: values.length,
      imported: accepted.length - existing.size,
      updated: existing.size,
      ignored: values.length - accepted.length - existingDeletes.size,
      deleted: existingDeletes.size,
      reports: reportKeys.size,
      problems: [],
    };
  }

  return deps.db.transaction(async (tx) => {
    const ids = await checkReports(tx, true);
    if (problems.length > 0) {
      throw new AppError(
        'IMPORT_INVALID',
        `${problems.length} problems`,
        refuse(values.length, problems, options),
      );
    }
    const missing = [...reportKeys.entries()].filter(([k]) => !ids.has(k)).map(([, r]) => r);
    const created = await ensureReports(
      tx,
      missing.map((r) => ({
        formId: r.formId,
        unitId: r.unitId,
        period: r.period,
        provinceId: r.unit.provinceId,
        communeId: r.unit.communeId,
        parentId: r.unit.parentId,
      })),
      actor.userId,
    );
    for (const [k, id] of created) ids.set(k, id);
    const total = accepted.length + deletes.length;
    let done = 0;
    let inserted = 0;
    for (let i = 0; i < accepted.length; i += VALUE_BATCH) {
      const part = accepted.slice(i, i + VALUE_BATCH).map(
        (a): ValueRow => ({
          reportId: ids.get(reportKey({ formId: a.formId, unitId: a.unit.id, period: a.period }))!,
          unitId: a.unit.id,
          period: a.period,
          provinceId: a.unit.provinceId,
          communeId: a.unit.communeId,
          element: a.element,
          value: typeof a.value === 'number' ? a.value : null,
          textValue: typeof a.value === 'string' ? a.value : null,
          comment: a.comment,
        }),
      );
      inserted += await upsertValueBatch(tx, part, options.source, actor.userId);
      done += part.length;
      options.onProgress?.(done, total);
    }
    const deleted = await deleteValues(tx, deletes.map(keyOf));
    options.onProgress?.(total, total);
    await bumpReportVersions(tx, [...ids.values()], actor.userId);
    const result: ImportValuesResult = {
      dryRun: false,
      total: values.length,
      imported: inserted,
      updated: accepted.length - inserted,
      ignored: values.length - accepted.length - deleted,
      deleted,
      reports: ids.size,
      problems: [],
    };
    await recordAudit(tx, actor, {
      action: 'report.import',
      entity: options.audit.entity,
      entityId: options.audit.entityId ?? null,
      after: {
        file: options.audit.file ?? null,
        source: options.source,
        total: result.total,
        imported: result.imported,
        updated: result.updated,
        ignored: result.ignored,
        deleted: result.deleted,
        reports: result.reports,
      },
    });
    return result;
  });
}

const VALUE_REASON_KEYS: Record<string, true> = {
  not_a_number: true,
  not_an_integer: true,
  negative: true,
  not_a_boolean: true,
  too_large: true,
  too_long: true,
  not_a_text: true,
  over_100: true,
};

function refuse(total: number, problems: ValueProblem[], options: ImportValuesOptions): ImportValuesResult {
  return {
    dryRun: options.dryRun,
    total,
    imported: 0,
    updated: 0,
    ignored: total,
    deleted: 0,
    reports: 0,
    problems: problems.sort((a, b) => a.row - b.row),
  };
}

const displayed = (value: unknown) =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

async function findElementTypes(db: DbOrTx): Promise<Map<string, ValueType>> {
  const rows = await db.execute<{ code: string; type: ValueType }>(
    sql`select code, value_type as type from data_elements`,
  );
  return new Map(rows.rows.map((r) => [r.code, r.type]));
}

/** Every active form with its elements, in id order (the order resolveForm picks by). */
export async function loadActiveForms(db: DbOrTx): Promise<Form[]> {
  const rows = (await findForms(db)).filter((f) => f.active).sort((a, b) => a.id - b.id);
  return Promise.all(rows.map((r) => withElements(db, r)));
}
