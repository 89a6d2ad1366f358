import { AppError, cutoffWindow, type Form, formatPeriod, type Lang, todayInVietnam } from '@suotdoi/shared';
import { scopedUnitIds } from '../../auth/access';
import type { Actor } from '../../auth/actor';
import type { ServiceDeps } from '../../auth/service-deps';
import { asOfDay, loadForm, periodOf } from '../report-context';
import { findFormUnits, findValuesOfUnits } from './exchange.repo';
import { readFormSheet, readValuesSheet, writeFormTemplate } from './form-sheet';
import {
  type ImportValuesResult,
  type IncomingValue,
  importValues,
  type ValueProblem,
} from './import-values';
import type { Progress } from './jobs';

/** The form's spreadsheet: its template (download) and its import (upload), dry run first. */

/**
 * Mẫu nhập số liệu: a workbook with a row per unit the actor may report for on the form in the period (its
 * level and categories, report.enter scope, valid in the period) and the values already stored.
 */
export async function buildFormTemplate(
  actor: Actor,
  input: { formId: number; period: string },
  deps: ServiceDeps,
): Promise<{ bytes: Buffer; name: string }> {
  const form = await loadForm(deps.db, input.formId);
  const period = periodOf(input.period, form);
  const day =
    asOfDay(period, form.cutoffStartDay, todayInVietnam(deps.clock())) ??
    cutoffWindow(period, form.cutoffStartDay).start;
  const units = await findFormUnits(deps.db, form, scopedUnitIds(actor, 'report.enter'), day);
  const values = await findValuesOfUnits(
    deps.db,
    units.map((u) => u.id),
    input.period,
  );
  const bytes = await writeFormTemplate(
    form,
    input.period,
    formatPeriod(input.period, 'vi'),
    units.map((u) => ({ code: u.code, name: u.name, values: values.get(u.id) })),
  );
  return { bytes, name: `mau-${form.code}-${input.period}.xlsx` };
}

export interface FormImportInput {
  formId: number;
  period: string;
  bytes: Uint8Array;
  filename?: string;
  dryRun: boolean;
  lang: Lang;
}

export interface PreparedFormImport {
  form: Form;
  values: IncomingValue[];
  problems: ValueProblem[];
  rows: number;
}

/** Reads the file (415 UNSUPPORTED_FILE when it is not a spreadsheet) into values and header problems. */
export async function readFormImport(input: FormImportInput, deps: ServiceDeps): Promise<PreparedFormImport> {
  const form = await loadForm(deps.db, input.formId);
  periodOf(input.period, form);
  const raw = await readValuesSheet(input.bytes, input.filename ?? '', input.lang);
  const sheet = readFormSheet(form, input.period, raw, input.lang);
  return { form, ...sheet };
}

export type FormImportResult = ImportValuesResult & { rows: number };

/**
 * Nhập số liệu từ tệp: every value of the file through the validated import path; a dry run lists every bad
 * cell, otherwise all or nothing (IMPORT_INVALID with `details.problems`).
 */
export async function importFormFile(
  actor: Actor,
  prepared: PreparedFormImport,
  input: Pick<FormImportInput, 'dryRun' | 'lang' | 'filename' | 'period'>,
  deps: ServiceDeps,
  onProgress?: Progress,
): Promise<FormImportResult> {
  try {
    const result = await importValues(
      actor,
      prepared.values,
      {
        form: prepared.form,
        source: 'import',
        emptyDeletes: false,
        dryRun: input.dryRun,
        lang: input.lang,
        problems: prepared.problems,
        audit: { entity: 'form', entityId: prepared.form.id, file: input.filename ?? null },
        onProgress,
      },
      deps,
    );
    return { ...result, rows: prepared.rows };
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_INVALID') {
      const details = error.details as ImportValuesResult;
      throw new AppError('IMPORT_INVALID', error.message, { ...details, rows: prepared.rows });
    }
    throw error;
  }
}
