import { AppError, type Form, type Lang } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import Papa from 'papaparse';
import { scopedUnitIds, subtreeUnitIds } from '../../auth/access';
import type { Actor } from '../../auth/actor';
import type { ServiceDeps } from '../../auth/service-deps';
import { findExportValues, findUnitIdsByCode } from './exchange.repo';
import type { DataValueSet, DataValueSetExportQuery, ImportSummary } from './exchange.schemas';
import { exchangeReasonText } from './exchange-reasons';
import { type ImportValuesResult, type IncomingValue, importValues, loadActiveForms } from './import-values';

/**
 * DHIS2-compatible dataValueSets: the JSON and CSV a DHIS2 instance sends and reads, with codes as identifiers
 * (dataElement = element code, orgUnit = unit code, or `kind:code` when a code is used at several levels,
 * period = DHIS2 period id). The import takes the same validated, all-or-nothing path as a file import.
 */

/** DHIS2's CSV column order (dataValueSets, CSV). */
export const DHIS2_CSV_COLUMNS = [
  'dataelement',
  'period',
  'orgunit',
  'categoryoptioncombo',
  'attributeoptioncombo',
  'value',
  'storedby',
  'lastupdated',
  'comment',
  'followup',
] as const;

/** The values of a JSON dataValueSet; the set's own period and orgUnit are the defaults, as in DHIS2. */
export function valuesFromJson(set: DataValueSet): IncomingValue[] {
  return set.dataValues.map((v, i) => ({
    row: i + 1,
    column: 'value',
    unitColumn: 'orgUnit',
    element: v.dataElement.trim(),
    period: (v.period ?? set.period ?? '').trim(),
    unit: (v.orgUnit ?? set.orgUnit ?? '').trim(),
    value: v.value ?? null,
    comment: v.comment ?? null,
  }));
}

/**
 * The values of a CSV dataValueSet: a header row naming the columns (DHIS2's ten, or just dataElement, period,
 * orgUnit, value and maybe comment, in any order, any case), or DHIS2's order without a header. Strips a BOM;
 * ';' or ',' as the separator, whichever the first line uses.
 */
export function valuesFromCsv(text: string): IncomingValue[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const delimiter = unquoted.split(';').length > unquoted.split(',').length ? ';' : ',';
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const first = (rows[0] ?? []).map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[^a-z]/g, ''),
  );
  const hasHeader = first.includes('dataelement');
  const index = (name: string) => {
    const at = hasHeader ? first.indexOf(name) : DHIS2_CSV_COLUMNS.indexOf(name as never);
    return at < 0 ? undefined : at;
  };
  const [de, pe, ou, va, co] = ['dataelement', 'period', 'orgunit', 'value', 'comment'].map(index);
  if (hasHeader && (de === undefined || pe === undefined || ou === undefined || va === undefined)) {
    throw new AppError('VALIDATION_FAILED', 'CSV header lacks dataElement, period, orgUnit or value', [
      { field: 'header', reason: 'missing_column' },
    ]);
  }
  const out: IncomingValue[] = [];
  for (let i = hasHeader ? 1 : 0; i < rows.length; i++) {
    const cells = rows[i]!;
    const cell = (at: number | undefined) => (at === undefined ? '' : (cells[at] ?? '').trim());
    out.push({
      row: i + 1,
      column: 'value',
      unitColumn: 'orgUnit',
      element: cell(de),
      period: cell(pe),
      unit: cell(ou),
      value: cell(va),
      comment: cell(co) || null,
    });
  }
  return out;
}

export interface DataValueSetInput {
  /** A parsed JSON dataValueSet, or the CSV text. */
  body: DataValueSet | string;
  dryRun: boolean;
  lang: Lang;
}

/**
 * Nhập dataValueSets: validates every value and, unless a dry run or a conflict, writes them all in one
 * transaction (source 'api'). An empty value deletes the stored one. Answers DHIS2's import summary; any
 * conflict means status ERROR and nothing written.
 */
export async function importDataValueSet(
  actor: Actor,
  input: DataValueSetInput,
  deps: ServiceDeps,
): Promise<ImportSummary> {
  const values = typeof input.body === 'string' ? valuesFromCsv(input.body) : valuesFromJson(input.body);
  const dataSet = typeof input.body === 'string' ? undefined : input.body.dataSet;
  let form: Form | undefined;
  if (dataSet) {
    form = (await loadActiveForms(deps.db)).find((f) => f.code === dataSet);
    if (!form) {
      return summary(
        refusedAll(values.length, [
          {
            row: 0,
            field: 'dataSet',
            reason: 'unknown_data_set',
            value: dataSet,
            message: exchangeReasonText('unknown_data_set', input.lang, dataSet),
          },
        ]),
        input.dryRun,
      );
    }
  }
  try {
    const result = await importValues(
      actor,
      values,
      {
        form,
        source: 'api',
        emptyDeletes: true,
        dryRun: input.dryRun,
        lang: input.lang,
        audit: { entity: 'dataValueSet', entityId: dataSet ?? null },
      },
      deps,
    );
    return summary(result, input.dryRun);
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_INVALID') {
      return summary(error.details as ImportValuesResult, input.dryRun);
    }
    throw error;
  }
}

function refusedAll(total: number, problems: ImportValuesResult['problems']): ImportValuesResult {
  return { dryRun: false, total, imported: 0, updated: 0, ignored: total, deleted: 0, reports: 0, problems };
}

function summary(result: ImportValuesResult, dryRun: boolean): ImportSummary {
  const conflicts = result.problems.map((p) => ({
    object: p.value,
    value: p.message,
    errorCode: p.reason,
    property: p.field,
    row: p.row,
  }));
  const status = conflicts.length > 0 ? 'ERROR' : result.ignored > 0 ? 'WARNING' : 'SUCCESS';
  return {
    status,
    description:
      status === 'ERROR'
        ? 'The import was refused: nothing was written.'
        : dryRun
          ? 'Dry run: nothing was written.'
          : 'Import process completed successfully',
    dryRun,
    importCount: {
      imported: result.imported,
      updated: result.updated,
      ignored: result.ignored,
      deleted: result.deleted,
    },
    conflicts,
  };
}

export interface ExportedValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  value: string;
  comment: string | null;
  storedBy: string | null;
  lastUpdated: string;
}

/**
 * Xuất dataValueSets: the values the actor may read (unit.read scope) of the periods, filtered by form
 * (dataSet = form code), elements and units (orgUnit codes, with `children` their subtrees). Booleans read
 * "true"/"false", as DHIS2 writes them.
 */
export async function exportDataValueSet(
  actor: Actor,
  query: DataValueSetExportQuery,
  deps: ServiceDeps,
): Promise<ExportedValue[]> {
  let formId: number | null = null;
  if (query.dataSet) {
    const form = (await loadActiveForms(deps.db)).find((f) => f.code === query.dataSet);
    if (!form) throw new AppError('NOT_FOUND', `no form ${query.dataSet}`);
    formId = form.id;
  }
  let unitIds: SQL | null = null;
  if (query.orgUnit) {
    const parts: SQL[] = [];
    for (const ref of query.orgUnit) {
      const m = /^(institution|commune|province):(.+)$/.exec(ref);
      const found = await findUnitIdsByCode(deps.db, m?.[2] ?? ref, m?.[1] ?? null);
      if (found.length === 0) {
        throw new AppError('VALIDATION_FAILED', `no unit ${ref}`, [
          { field: 'orgUnit', reason: 'unknown_unit' },
        ]);
      }
      for (const u of found) parts.push(query.children ? subtreeUnitIds(u.id) : sql`select ${u.id}::int`);
    }
    unitIds = sql.join(
      parts.map((p) => sql`(${p})`),
      sql` union `,
    );
  }
  const rows = await findExportValues(deps.db, {
    periods: query.period,
    elements: query.dataElement ?? null,
    formId,
    unitIds,
    scope: scopedUnitIds(actor, 'unit.read'),
  });
  return rows.map((r) => ({
    dataElement: r.element,
    period: r.period,
    orgUnit: r.unitCode,
    value:
      r.text ?? (r.value === null ? '' : r.valueType === 'boolean' ? String(r.value !== 0) : String(r.value)),
    comment: r.comment,
    storedBy: r.storedBy,
    lastUpdated: r.lastUpdated,
  }));
}

/** The export as DHIS2's CSV. */
export function toDhis2Csv(values: readonly ExportedValue[]): string {
  return Papa.unparse(
    {
      fields: [...DHIS2_CSV_COLUMNS],
      data: values.map((v) => [
        v.dataElement,
        v.period,
        v.orgUnit,
        '',
        '',
        v.value,
        v.storedBy ?? '',
        v.lastUpdated,
        v.comment ?? '',
        'false',
      ]),
    },
    { newline: '\n' },
  );
}
