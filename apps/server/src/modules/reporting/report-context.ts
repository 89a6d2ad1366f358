import {
  AppError,
  calendarFrom,
  cutoffWindow,
  type DeadlineConfig,
  deadlineFor,
  type Form,
  type FormElement,
  type HolidayCalendar,
  type IsoDate,
  type Period,
  parsePeriod,
  type ReportLevel,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { type FormRow, findElements, findFormRow, findHolidays } from './forms.repo';
import type { ReportingUnit } from './report-units.repo';

/** What every reporting use case needs to know about a form, a period and a unit. */

/** A form with the elements its sections name. */
export async function loadForm(db: DbOrTx, formId: number): Promise<Form> {
  const row = await findFormRow(db, formId);
  if (!row) throw new AppError('NOT_FOUND', `form ${formId} not found`);
  return withElements(db, row);
}

export async function withElements(db: DbOrTx, row: FormRow): Promise<Form> {
  const codes = [...new Set(row.sections.flatMap((s) => s.elements))];
  return { ...row, elements: await findElements(db, codes) };
}

/**
 * The form as one unit sees it: an institution gets only the elements of its category (a museum is not asked
 * about library visits); summary forms keep every element.
 */
export function formFor(form: Form, category: string | null): Form {
  if (form.level !== 'institution' || category === null) return form;
  const applies = (e: FormElement) => e.categories.length === 0 || e.categories.includes(category);
  const elements = form.elements.filter(applies);
  const kept = new Set(elements.map((e) => e.code));
  const sections = form.sections
    .map((s) => ({ ...s, elements: s.elements.filter((c) => kept.has(c)) }))
    .filter((s) => s.elements.length > 0);
  return { ...form, elements, sections };
}

/** The period, or VALIDATION_FAILED naming the field; a period of another type than the form's is refused. */
export function periodOf(id: string, form?: Pick<Form, 'periodType' | 'code'>): Period {
  const period = parsePeriod(id);
  if (!period) {
    throw new AppError('VALIDATION_FAILED', `bad period ${id}`, [
      { field: 'period', reason: 'invalid_period' },
    ]);
  }
  if (form && period.type !== form.periodType) {
    throw new AppError('VALIDATION_FAILED', `form ${form.code} is reported by ${form.periodType}`, [
      { field: 'period', reason: 'wrong_period_type' },
    ]);
  }
  return period;
}

/**
 * The day whose tree a report belongs to: the cut-off end, or today while the period runs (a commune merged in
 * the middle of the year reports as the new commune). Null before the period's window opens.
 */
export function asOfDay(period: Period, cutoffStartDay: number, today: IsoDate): IsoDate | null {
  const window = cutoffWindow(period, cutoffStartDay);
  if (today < window.start) return null;
  return today < window.end ? today : window.end;
}

export function levelOf(unit: Pick<ReportingUnit, 'kind'>): ReportLevel | null {
  if (unit.kind === 'institution' || unit.kind === 'commune' || unit.kind === 'province') return unit.kind;
  return null;
}

export async function loadCalendar(db: DbOrTx): Promise<HolidayCalendar> {
  const days = await findHolidays(db);
  return calendarFrom({
    days: days.filter((d) => d.kind !== 'workday'),
    workdays: days.filter((d) => d.kind === 'workday'),
  });
}

/** The deadline of a form's own level (an institution form's for institutions, a summary's for its level). */
export function deadlineOf(form: Form, period: Period, cal: HolidayCalendar): IsoDate {
  return deadlineFor(period, form.level, form.deadlines as DeadlineConfig, form.cutoffStartDay, cal);
}
