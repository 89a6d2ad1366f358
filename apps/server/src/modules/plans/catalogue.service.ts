import {
  type CalendarEntry,
  type IndicatorCatalogue,
  type Observance,
  todayInVietnam,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findDataElements, findIndicators, findObservances } from './catalogue.repo';
import { findTasks } from './tasks.repo';

/** The indicator catalogue with the data elements each indicator is computed from. */
export async function getIndicatorCatalogue(_actor: Actor, deps: ServiceDeps): Promise<IndicatorCatalogue> {
  const [indicators, dataElements] = await Promise.all([findIndicators(deps.db), findDataElements(deps.db)]);
  return { indicators, dataElements };
}

/** Ngày kỷ niệm: the national days and weeks. */
export async function listObservances(_actor: Actor, deps: ServiceDeps): Promise<Observance[]> {
  return findObservances(deps.db);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The days an observance falls on in a year (a week as its first and last day). */
export function observanceDays(o: Observance, year: number): { from: string; to: string } {
  if (o.recurrence.type === 'yearly') {
    const day = `${year}-${pad(o.recurrence.month)}-${pad(o.recurrence.day)}`;
    return { from: day, to: day };
  }
  return { from: `${year}-${o.recurrence.from}`, to: `${year}-${o.recurrence.to}` };
}

/**
 * Lịch năm: the national days of a year and the tasks on it: fixed dates, date spans (clipped to the year),
 * yearly tasks on the national days they name, and year-only timeframes as whole-year entries.
 */
export async function getCalendar(_actor: Actor, year: number, deps: ServiceDeps): Promise<CalendarEntry[]> {
  const observances = await findObservances(deps.db);
  const byCode = new Map(observances.map((o) => [o.code, o]));
  const entries: CalendarEntry[] = observances.map((o) => ({
    kind: 'observance',
    ...observanceDays(o, year),
    title: o.name.vi,
    observanceCode: o.code,
    taskId: null,
    planId: null,
    planKey: null,
    allYear: false,
  }));
  const tasks = await findTasks(
    deps.db,
    sql`k.from_year <= ${year} and (k.to_year is null or k.to_year >= ${year})`,
    todayInVietnam(deps.clock()),
  );
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  for (const t of tasks) {
    const base = {
      kind: 'task' as const,
      title: t.content,
      observanceCode: null,
      taskId: t.id,
      planId: t.planId,
      planKey: t.planKey,
    };
    const days = (t.dates ?? []).filter((d) => d.startsWith(`${year}-`));
    for (const d of days) entries.push({ ...base, from: d, to: d, allYear: false });
    if (days.length > 0) continue;
    const onDays = (t.observances ?? []).map((c) => byCode.get(c)).filter((o) => o !== undefined);
    if (onDays.length > 0 && t.recurrence !== 'once') {
      for (const o of onDays)
        entries.push({ ...base, ...observanceDays(o, year), observanceCode: o.code, allYear: false });
      continue;
    }
    const from = t.from.length === 10 ? t.from : `${t.from}-01-01`;
    const to = t.to === null ? last : t.to.length === 10 ? t.to : `${t.to}-12-31`;
    const exact = t.from.length === 10 || (t.to?.length ?? 0) === 10;
    entries.push({
      ...base,
      from: from < first ? first : from,
      to: to > last ? last : to,
      allYear: !exact,
    });
  }
  return entries.sort((a, b) => a.from.localeCompare(b.from) || a.kind.localeCompare(b.kind));
}
