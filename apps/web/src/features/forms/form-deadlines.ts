import {
  calendarFrom,
  cutoffWindow,
  type DeadlineConfig,
  deadlineFor,
  type Form,
  type Holiday,
  type IsoDate,
  periodContaining,
  REPORT_LEVELS,
  type ReportLevel,
} from '@suotdoi/shared';

/** The period open on `today` for a form: the one whose cut-off window holds today. */
export function openPeriod(form: Pick<Form, 'periodType' | 'cutoffStartDay'>, today: IsoDate) {
  const calendar = periodContaining(form.periodType, today);
  // With a cut-off from the 15th, the days from 15/12 already belong to next year's window.
  if (today > cutoffWindow(calendar, form.cutoffStartDay).end) {
    return periodContaining(form.periodType, nextDay(calendar.end));
  }
  return calendar;
}

function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Each level's deadline for the form's open period, skipping weekends and the holidays given. */
export function levelDeadlines(
  form: Pick<Form, 'periodType' | 'cutoffStartDay' | 'deadlines'>,
  holidays: Holiday[],
  today: IsoDate,
): { period: string; deadlines: Record<ReportLevel, IsoDate> } {
  const period = openPeriod(form, today);
  const cal = calendarFrom({
    days: holidays.filter((h) => h.kind !== 'workday'),
    workdays: holidays.filter((h) => h.kind === 'workday'),
  });
  const deadlines = Object.fromEntries(
    REPORT_LEVELS.map((level) => [
      level,
      deadlineFor(period, level, form.deadlines as DeadlineConfig, form.cutoffStartDay, cal),
    ]),
  ) as Record<ReportLevel, IsoDate>;
  return { period: period.id, deadlines };
}
