import {
  AppError,
  type Board,
  type BoardQuery,
  cutoffWindow,
  type IsoDate,
  type Period,
  todayInVietnam,
} from '@suotdoi/shared';
import { assertUnitAccess } from '../../auth/access';
import type { Actor } from '../../auth/actor';
import type { ServiceDeps } from '../../auth/service-deps';
import { asOfDay, loadCalendar, periodOf } from '../report-context';
import { findBoardUnit, findCutoffStartDay, findExpectedReports, findSubtreeTotals } from './board.repo';
import { boardRowOf, compareRows, figuresOf } from './board-figures';

/**
 * The day whose unit tree a period's board shows: today while the period's window runs, its cut-off end once it
 * is over, and its first day before it opens (the units expected then).
 */
export function boardDay(period: Period, cutoffStartDay: number, today: IsoDate): IsoDate {
  return asOfDay(period, cutoffStartDay, today) ?? cutoffWindow(period, cutoffStartDay).start;
}

/**
 * Tiến độ báo cáo: every report expected below a unit for a period, with its status, deadline and timeliness,
 * the completeness and timeliness figures, and the element totals of what was submitted. NOT_FOUND when the
 * person cannot read the unit.
 */
export async function getBoard(actor: Actor, query: BoardQuery, deps: ServiceDeps): Promise<Board> {
  const { db } = deps;
  await assertUnitAccess(db, actor, 'unit.read', query.unitId);
  const unit = await findBoardUnit(db, query.unitId);
  if (!unit) throw new AppError('NOT_FOUND', `unit ${query.unitId} not found`);
  const period = periodOf(query.period);
  const today = todayInVietnam(deps.clock());
  const asOf = boardDay(period, await findCutoffStartDay(db, period.type), today);
  const cal = await loadCalendar(db);
  const expected = await findExpectedReports(db, {
    rootId: unit.id,
    depth: query.depth,
    period,
    asOf,
    formId: query.formId,
  });
  const rows = expected.map((r) => boardRowOf(r, period, today, cal)).sort(compareRows);
  const totals = await findSubtreeTotals(db, {
    rootId: unit.id,
    periodId: period.id,
    asOf,
    formId: query.formId,
  });
  return {
    unit,
    period: period.id,
    depth: query.depth,
    asOf,
    today,
    rows,
    figures: figuresOf(rows),
    totals: totals.map((t) => ({
      element: t.element,
      name: { vi: t.nameVi, en: t.nameEn },
      valueType: t.valueType,
      value: t.value,
      reports: t.reports,
    })),
  };
}
