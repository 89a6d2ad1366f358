import {
  type ActivityType,
  AppError,
  type AutoValuesSync,
  cutoffWindow,
  type IsoDate,
  parsePeriod,
  type StoredValue,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { refreshReportFacts } from '../analytics/facts.repo';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import { createDraftReport, findDraftUnit, resolveForm } from '../reporting/draft-report';
import type { FormRow } from '../reporting/forms.repo';
import { openPeriod } from '../reporting/reminders/plan-reminders';
import { formFor, withElements } from '../reporting/report-context';
import { findCategory } from '../reporting/report-units.repo';
import {
  type AutoValueWrite,
  findReportRow,
  findReportRowByKey,
  findValues,
  updateReport,
  upsertAutoValues,
} from '../reporting/reports.repo';
import { findElementObservances, findHeldActivities, type HeldActivity } from './completion.repo';

/**
 * Giá trị tự động (issue 7): what an institution's completed activities add to its annual report. The figures
 * are recomputed from all the activities of the period each time (never incremented), so completing, opening
 * the report and the hourly job can run in any order and agree.
 */

const EXHIBITIONS: ReadonlySet<ActivityType> = new Set(['exhibition', 'digital_exhibition']);

/**
 * The figure of each data element the activities feed, per activity. Elements not listed here (visits, budget,
 * staff…) are never automatic. Exhibitions have elements of their own, so a museum's "experiential education
 * activities" leave them out; every activity counts in LLL_ACTIVITIES, so that the events of the national days
 * (a mobile-library trip on Reading Day included) never exceed it, as the forms' rule requires.
 */
const PER_ACTIVITY: Record<string, (a: Pick<HeldActivity, 'type' | 'participants' | 'sessions'>) => number> =
  {
    LLL_ACTIVITIES: () => 1,
    LLL_PARTICIPANTS: (a) => a.participants,
    EXHIBITIONS_HELD: (a) => (EXHIBITIONS.has(a.type) ? 1 : 0),
    LIB_THEMATIC_EXHIBITIONS: (a) => (EXHIBITIONS.has(a.type) ? 1 : 0),
    MUSEUM_DIGITAL_EXHIBITIONS: (a) => (a.type === 'digital_exhibition' ? 1 : 0),
    MUSEUM_EDU_ACTIVITIES: (a) => (EXHIBITIONS.has(a.type) ? 0 : 1),
    MUSEUM_LEARNING_VISITS: (a) => a.participants,
    // A trip is one outing: a weekly trip of ten sessions made ten trips.
    LIB_MOBILE_TRIPS: (a) => (a.type === 'mobile_library_trip' ? Math.max(1, a.sessions) : 0),
    LIB_BOOK_ROTATIONS: (a) => (a.type === 'book_rotation' ? 1 : 0),
  };

/** The elements whose figure the activities give, whatever the form. */
export const AUTO_ELEMENTS: readonly string[] = Object.keys(PER_ACTIVITY);

/**
 * The figure of every automatic element the form has (`elements`: the codes with, for the EVENTS_* elements,
 * the national day each counts), from the period's completed activities. Pure. Elements the form lacks are left
 * out; an element it has gets a figure even when it is 0.
 */
export function autoFiguresOf(
  activities: readonly Pick<HeldActivity, 'type' | 'observanceCode' | 'participants' | 'sessions'>[],
  elements: readonly { code: string; observance: string | null }[],
): Map<string, number> {
  const figures = new Map<string, number>();
  for (const { code, observance } of elements) {
    const perActivity = PER_ACTIVITY[code];
    if (perActivity) figures.set(code, sum(activities, perActivity));
    else if (observance) figures.set(code, activities.filter((a) => a.observanceCode === observance).length);
  }
  return figures;
}

const sum = <T>(items: readonly T[], f: (item: T) => number) => items.reduce((n, item) => n + f(item), 0);

const isBlank = (text: string | null | undefined) => !text || text.trim() === '';

/** A row to write: the value to keep, the new figure and the source. */
export type AutoChange = Pick<AutoValueWrite, 'element' | 'value' | 'autoValue' | 'source'>;

/**
 * What the new figures change in the stored values. Pure. A value follows its figure while it still equals
 * the previous figure, or is empty without a reason; a value a person changed (with a reason, or typed before
 * any figure existed) is kept and only the figure beside it moves. A zero is not written where there was no
 * figure: it would only fill the form with automatic zeros for days the institution did not celebrate here.
 */
export function planAutoChanges(
  figures: ReadonlyMap<string, number>,
  stored: Readonly<Record<string, StoredValue>>,
): AutoChange[] {
  const changes: AutoChange[] = [];
  for (const [element, figure] of figures) {
    const row = stored[element];
    const previous = row?.auto ?? null;
    if (previous === null && figure === 0) continue;
    if (!row) {
      changes.push({ element, value: figure, autoValue: figure, source: 'auto' });
      continue;
    }
    const follows =
      row.value === null
        ? previous === null || isBlank(row.comment)
        : previous !== null && row.value === previous;
    const next: AutoChange = follows
      ? { element, value: figure, autoValue: figure, source: 'auto' }
      : {
          element,
          value: typeof row.value === 'number' ? row.value : null,
          autoValue: figure,
          source: row.source,
        };
    if (next.value === row.value && figure === previous && next.source === row.source) continue;
    changes.push(next);
  }
  return changes;
}

export interface SyncOptions {
  /** Who caused it (the person completing an activity); null for the system (a report opened, the job). */
  actor: Actor | null;
  at: Date;
}

const waiting = (
  period: string,
  reason: NonNullable<AutoValuesSync['reason']>,
  reportId: number | null = null,
): AutoValuesSync => ({ reportId, period, synced: false, reason, changed: [] });

/** The institution's annual form, or null when it reports on none (its category has no annual form). */
async function annualFormOf(tx: DbOrTx, institutionId: number): Promise<FormRow | null> {
  try {
    return await resolveForm(tx, institutionId, 'year');
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/** The annual period a day belongs to under the institution's form (cut-off 15/12–14/12: 20/12/2026 is 2027). */
export async function periodOfDay(tx: DbOrTx, institutionId: number, day: IsoDate): Promise<string | null> {
  const form = await annualFormOf(tx, institutionId);
  return form ? openPeriod('year', day, form.cutoffStartDay).id : null;
}

/**
 * Writes the figures of the institution's completed activities of `period` (an annual period id) into its report
 * for that period, creating the draft when there is none. Call inside the transaction of the change that moved
 * the figures. A report approved or locked is not touched: the figures wait (`reason: 'report_locked'`) until it
 * is returned or unlocked, which syncs it again. A change bumps the report's version like a save, is audited, and a
 * submitted report's analytics facts follow in the same transaction.
 */
export async function syncAutoValues(
  tx: DbOrTx,
  institutionId: number,
  period: string,
  options: SyncOptions,
): Promise<AutoValuesSync> {
  const form = await annualFormOf(tx, institutionId);
  const parsed = parsePeriod(period);
  // Only institutions' annual reports take automatic values (a commune's summary sums its institutions').
  if (form?.level !== 'institution' || parsed?.type !== form.periodType) return waiting(period, 'no_form');
  let reportId = (await findReportRowByKey(tx, form.id, institutionId, period))?.id;
  if (reportId === undefined) {
    const unit = await findDraftUnit(tx, form, institutionId, parsed, todayInVietnam(options.at));
    if (typeof unit === 'string') return waiting(period, unit);
    reportId = await createDraftReport(tx, form.id, unit, period, options.actor?.userId ?? null);
  }
  const row = await findReportRow(tx, reportId, true);
  if (!row) throw new Error(`report ${reportId} vanished`);
  if (row.status === 'approved' || row.status === 'locked') return waiting(period, 'report_locked', row.id);
  const elements = formFor(await withElements(tx, form), await findCategory(tx, institutionId)).elements;
  const observances = await findElementObservances(
    tx,
    elements.map((e) => e.code),
  );
  const window = cutoffWindow(parsed, form.cutoffStartDay);
  const activities = await findHeldActivities(tx, institutionId, window.start, window.end);
  const figures = autoFiguresOf(
    activities,
    elements.map((e) => ({ code: e.code, observance: observances.get(e.code) ?? null })),
  );
  const stored = await findValues(tx, row.id);
  const changes = planAutoChanges(figures, stored);
  const synced: AutoValuesSync = {
    reportId: row.id,
    period,
    synced: true,
    reason: null,
    changed: changes.map((c) => c.element),
  };
  if (changes.length === 0) return synced;
  const actorId = options.actor?.userId ?? null;
  await upsertAutoValues(
    tx,
    changes.map((c) => ({
      ...c,
      reportId: row.id,
      unitId: row.unitId,
      period: row.period,
      provinceId: row.provinceId,
      communeId: row.communeId,
    })),
    actorId,
  );
  await updateReport(tx, row.id, {}, actorId);
  await recordAudit(tx, options.actor, {
    action: 'report.auto_values',
    entity: 'report',
    entityId: row.id,
    unitId: row.unitId,
    before: Object.fromEntries(
      changes.map((c) => [
        c.element,
        { value: stored[c.element]?.value ?? null, auto: stored[c.element]?.auto ?? null },
      ]),
    ),
    after: Object.fromEntries(changes.map((c) => [c.element, { value: c.value, auto: c.autoValue }])),
  });
  if (row.status === 'submitted') await refreshReportFacts(tx, [row.id], options.at);
  return synced;
}
