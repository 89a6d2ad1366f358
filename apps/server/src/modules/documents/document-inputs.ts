import {
  type AnalyticsIndicator,
  AppError,
  type Board,
  type DocumentKind,
  type DocumentTemplate,
  type FiguresResponse,
  type IsoDate,
  type Lang,
  type ScorecardRow,
  type Task,
  todayInVietnam,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import { findIndicators, findLastChange } from '../analytics/figures.repo';
import { getFigures } from '../analytics/figures.service';
import { ensureFreshPopulation } from '../analytics/population-freshness';
import { scorecardOf } from '../analytics/scorecard.service';
import { assertUnitAccess, subtreeUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findObservances } from '../plans/catalogue.repo';
import { findPlanById, findPlanObservanceCodes } from '../plans/plans.repo';
import { findTasks } from '../plans/tasks.repo';
import { findGrantedRecognitions, type GrantedRecognition } from '../recognition/recognition.repo';
import { findCutoffStartDay, findSubtreeTotals } from '../reporting/board/board.repo';
import { boardDay, getBoard } from '../reporting/board/board.service';
import { periodOf } from '../reporting/report-context';
import {
  findNarratives,
  findPlansInForce,
  findRestructurings,
  findTaskProgress,
  findUnitContext,
  type NarrativeRow,
  type PlanInForce,
  type RestructuringRow,
  type TaskProgressRow,
} from './documents.repo';
import { templateOf } from './templates.service';

export type UnitContext = NonNullable<Awaited<ReturnType<typeof findUnitContext>>>;

/** Everything a document says, read once; the model builders are pure functions of this. */
export interface DocumentInputs {
  kind: DocumentKind;
  lang: Lang;
  /** The report year, or the review's milestone (2025, 2030). */
  year: number;
  /** Reviews: the first year of the period reviewed (the plan's year); annual reports: `year`. */
  fromYear: number;
  /** The year the figures are of: `year`, or the current year for a review prepared before its milestone. */
  dataYear: number;
  today: IsoDate;
  generatedAt: string;
  unit: UnitContext;
  template: DocumentTemplate;
  plan: PlanInForce | null;
  /** The unit whose plan is inherited, when it is not the unit's own. */
  planFrom: string | null;
  indicators: AnalyticsIndicator[];
  scorecard: ScorecardRow[];
  tasks: { task: Task; progress: TaskProgressRow | null }[];
  observances: { code: string; name: string; when: string; events: number | null }[];
  narratives: NarrativeRow[];
  board: Board | null;
  /** Indicators of the units below (children of a country or province, institutions of a commune). */
  breakdown: { level: 'children' | 'institutions'; figures: FiguresResponse } | null;
  restructurings: RestructuringRow[];
  dataAsOf: string | null;
  /**
   * Reviews: each judged target's figure for every unit below, with the target's own categories (a target on
   * commune libraries is compared with commune libraries, not with all libraries). targetId → unitId → actual.
   */
  unitTargets: { units: FiguresResponse['units']; actual: Map<number, Map<number, number | null>> } | null;
  /**
   * Khen thưởng: recognitions granted to nominees under the unit with a decision dated in the report year, or
   * from the plan's year to the milestone for a review; by decision date.
   */
  recognitions: GrantedRecognition[];
}

export interface DocumentRequest {
  kind: DocumentKind;
  unitId: number;
  year: number;
  planId?: number;
  lang: Lang;
}

/** The milestone a review looks at. */
export const REVIEW_YEAR = { midterm: 2025, final: 2030 } as const;

/** The events of a national day are the data element that names it (EVENTS_READING_CULTURE_DAY …). */
const OBSERVANCE_ELEMENTS = sql`select code, observance from data_elements where observance is not null`;

/**
 * Reads what the document needs, as the person asking may see it (NOT_FOUND outside their subtree). Figures come
 * from the same services as the dashboards, so the document's numbers are the dashboard's.
 */
export async function gatherInputs(
  actor: Actor,
  req: DocumentRequest,
  deps: ServiceDeps,
): Promise<DocumentInputs> {
  const { db } = deps;
  await assertUnitAccess(db, actor, 'unit.read', req.unitId);
  await ensureFreshPopulation(db, deps.clock);
  const now = deps.clock();
  const today = todayInVietnam(now);
  const unit = await findUnitContext(db, req.unitId, today);
  if (!unit) throw new AppError('NOT_FOUND', `unit ${req.unitId} not found`);
  // A unit that has ended is shown on its last day's structure, where it still exists.
  const structureDay = unit.validTo && unit.validTo <= today ? previousDay(unit.validTo) : today;

  const plan = await choosePlan(db, req.unitId, req.planId);
  const planFrom = plan && plan.depth > 0 ? await unitName(db, plan.unitId) : null;
  const fromYear =
    req.kind === 'annual' ? req.year : Math.min(req.year, Number((plan?.date ?? '2023').slice(0, 4)));
  const planRow = plan ? await findPlanById(db, plan.id) : undefined;
  const dataYear = req.kind === 'annual' ? req.year : Math.min(req.year, Number(today.slice(0, 4)));
  const scorecard = planRow ? await scorecardOf(db, planRow, req.unitId, dataYear, structureDay, today) : [];
  const indicators = await findIndicators(db);

  const period = String(dataYear);
  const board = await getBoard(actor, { unitId: req.unitId, period, depth: 'all' }, deps);
  const years = Array.from({ length: dataYear - fromYear + 1 }, (_, i) => fromYear + i);
  const breakdown = await breakdownOf(actor, unit.kind, req.unitId, dataYear, structureDay, deps);

  return {
    kind: req.kind,
    lang: req.lang,
    year: req.year,
    fromYear,
    dataYear,
    today,
    generatedAt: now.toISOString(),
    unit,
    template: await templateOf(db, req.unitId, today),
    plan,
    planFrom,
    indicators,
    scorecard,
    tasks: plan ? await tasksOf(db, plan, req.unitId, fromYear, dataYear, today) : [],
    observances: await observancesOf(db, plan?.id ?? null, req.unitId, years, req.lang, today, board),
    narratives: await findNarratives(db, req.unitId, period),
    board,
    breakdown,
    restructurings: (await Promise.all(years.map((y) => findRestructurings(db, req.unitId, y)))).flat(),
    dataAsOf: await findLastChange(db, req.unitId),
    unitTargets:
      req.kind === 'annual' || !breakdown
        ? null
        : await unitTargetsOf(
            actor,
            scorecard,
            req.unitId,
            { milestone: req.year, dataYear },
            breakdown.level,
            structureDay,
            deps,
          ),
    recognitions: await findGrantedRecognitions(
      db,
      subtreeUnitIds(req.unitId),
      `${fromYear}-01-01`,
      `${req.year}-12-31`,
    ),
  };
}

/** Targets judged by growth use the compound rate from a baseline; the units below are compared on the rest. */
export const comparableTarget = (r: ScorecardRow, milestone: number) =>
  r.kind !== 'growth' && r.year <= milestone;

async function unitTargetsOf(
  actor: Actor,
  scorecard: ScorecardRow[],
  unitId: number,
  years: { milestone: number; dataYear: number },
  scope: 'children' | 'institutions',
  structureDay: IsoDate,
  deps: ServiceDeps,
): Promise<DocumentInputs['unitTargets']> {
  const rows = scorecard.filter((r) => comparableTarget(r, years.milestone));
  const groups = new Map<string, ScorecardRow[]>();
  for (const r of rows) {
    const categories = r.category ? [r.category] : (r.categories ?? []);
    const key = categories.join(',');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const actual = new Map<number, Map<number, number | null>>();
  let units: FiguresResponse['units'] = [];
  for (const [categories, group] of groups) {
    const figures = await getFigures(
      actor,
      {
        unitId,
        years: [years.dataYear],
        indicators: [...new Set(group.map((r) => r.indicator))],
        ...(categories ? { categories: categories.split(',') } : {}),
        scope,
        asOf: structureDay,
      },
      deps,
    );
    if (figures.units.length > units.length) units = figures.units;
    for (const r of group) {
      const byUnit = new Map<number, number | null>();
      for (const f of figures.figures) if (f.indicator === r.indicator) byUnit.set(f.unitId, f.actual);
      actual.set(r.targetId, byUnit);
    }
  }
  return { units, actual };
}

async function choosePlan(db: ServiceDeps['db'], unitId: number, planId: number | undefined) {
  const plans = await findPlansInForce(db, unitId);
  if (planId === undefined) return plans[0] ?? null;
  const asked = plans.find((p) => p.id === planId);
  if (asked) return asked;
  // A plan that does not apply to the unit (another province's) is refused, not silently replaced.
  const exists = await findPlanById(db, planId);
  if (!exists) throw new AppError('NOT_FOUND', `plan ${planId} not found`);
  throw new AppError('VALIDATION_FAILED', `plan ${planId} does not apply to unit ${unitId}`, [
    { field: 'planId', reason: 'plan_not_for_unit', value: String(planId) },
  ]);
}

async function unitName(db: ServiceDeps['db'], unitId: number): Promise<string | null> {
  const r = await db.execute<{ name: string }>(
    sql`select trim(coalesce(type_name || ' ', '') || name) as name from units where id = ${unitId}`,
  );
  return r.rows[0]?.name ?? null;
}

/**
 * The plan's tasks in the years asked: all of them for the plan's own unit, else those the unit (or a unit
 * under it) leads or coordinates.
 */
async function tasksOf(
  db: ServiceDeps['db'],
  plan: PlanInForce,
  unitId: number,
  fromYear: number,
  toYear: number,
  today: IsoDate,
) {
  const assigned =
    plan.depth === 0
      ? sql``
      : sql`and exists (select 1 from task_parties tp where tp.task_id = k.id and tp.unit_id in (
          with recursive down(id) as (select ${unitId}::int union
            select p.unit_id from unit_parents p join down on p.parent_id = down.id) select id from down))`;
  const tasks = await findTasks(
    db,
    sql`k.plan_id = ${plan.id} and k.from_year <= ${toYear} and (k.to_year is null or k.to_year >= ${fromYear}) ${assigned}`,
    today,
  );
  const progress = await findTaskProgress(
    db,
    tasks.map((t) => t.id),
    String(toYear),
  );
  return tasks.map((task) => ({ task, progress: progress.get(task.id) ?? null }));
}

/**
 * The national days the plan names (all of them without a plan), with the events held for each in the years
 * asked, summed over the reports submitted below the unit (the board's totals).
 */
async function observancesOf(
  db: ServiceDeps['db'],
  planId: number | null,
  unitId: number,
  years: number[],
  lang: Lang,
  today: IsoDate,
  board: Board,
) {
  const all = await findObservances(db);
  const named = planId ? await findPlanObservanceCodes(db, planId) : [];
  const chosen = named.length > 0 ? all.filter((o) => named.includes(o.code)) : all;
  const elements = (await db.execute<{ code: string; observance: string }>(OBSERVANCE_ELEMENTS)).rows;
  const totals = new Map<string, number>();
  const add = (element: string, value: number) => totals.set(element, (totals.get(element) ?? 0) + value);
  for (const t of board.totals) add(t.element, t.value);
  const cutoff = await findCutoffStartDay(db, 'year');
  for (const year of years.slice(0, -1)) {
    const asOf = boardDay(periodOf(String(year)), cutoff, today);
    for (const t of await findSubtreeTotals(db, { rootId: unitId, periodId: String(year), asOf }))
      add(t.element, t.value);
  }
  return chosen.map((o) => {
    const element = elements.find((e) => e.observance === o.code);
    const r = o.recurrence;
    const when = r.type === 'yearly' ? `${r.day}/${r.month}` : `${dayMonth(r.from)}–${dayMonth(r.to)}`;
    return {
      code: o.code,
      name: o.name[lang],
      when,
      events: element && totals.has(element.code) ? totals.get(element.code)! : null,
    };
  });
}

/** The figures one level down, for the annex and the units ahead and behind. */
async function breakdownOf(
  actor: Actor,
  kind: string,
  unitId: number,
  year: number,
  structureDay: IsoDate,
  deps: ServiceDeps,
): Promise<DocumentInputs['breakdown']> {
  const scope =
    kind === 'country' || kind === 'province' ? 'children' : kind === 'institution' ? null : 'institutions';
  if (!scope) return null;
  const figures = await getFigures(actor, { unitId, years: [year], scope, asOf: structureDay }, deps);
  return { level: scope, figures };
}

/** "10-01" (month-day) → "1/10". */
function dayMonth(monthDay: string): string {
  const [m, d] = monthDay.split('-');
  return `${Number(d)}/${Number(m)}`;
}

function previousDay(day: IsoDate): IsoDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
