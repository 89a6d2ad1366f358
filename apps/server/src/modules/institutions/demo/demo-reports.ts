import { type FormElement, todayInVietnam } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../../db/client';
import { column } from '../../../db/sql-arrays';
import { refreshReportFacts } from '../../analytics/facts.repo';
import { treeDayOf } from '../../analytics/population.repo';
import { findForms } from '../../reporting/forms.repo';
import { formFor, withElements } from '../../reporting/report-context';
import { findReportingUnits } from '../../reporting/report-units.repo';
import { prng } from './plan-demo';

/** The meta row that says the demo reports were written; present means "never again". */
export const DEMO_REPORTS_KEY = 'demo.reports';

/** The demo years: today's structure began on 1/7/2025, so the demo institutions report from 2025. */
const YEARS = [2025, 2026];

type Planned = {
  unitId: number;
  formId: number;
  period: string;
  status: string;
  provinceId: number | null;
  communeId: number | null;
  parentId: number | null;
  values: [string, number][];
};

/**
 * Plausible values for one demo report: services answered yes more often each year, counts around a size per
 * element growing ~8 % a year, national-day events inside the year's activities (the forms' rules hold).
 */
function valuesFor(elements: FormElement[], year: number, random: () => number): [string, number][] {
  const yes = year === 2025 ? 0.55 : 0.75;
  const grow = 1.08 ** (year - 2025);
  const size = (code: string) =>
    code.endsWith('_VND')
      ? 50_000_000
      : code.includes('VISITS') || code.includes('PARTICIPANTS')
        ? 2_000
        : code.includes('MEMBERS')
          ? 120
          : 6;
  const values: [string, number][] = [];
  let events = 0;
  for (const e of elements) {
    if (e.valueType === 'text' || e.code === 'LLL_ACTIVITIES') continue;
    if (e.valueType === 'boolean') values.push([e.code, random() < yes ? 1 : 0]);
    else {
      const v = Math.round(size(e.code) * grow * (0.5 + random()));
      if (e.code.startsWith('EVENTS_')) {
        const n = Math.floor(random() * 4);
        events += n;
        values.push([e.code, n]);
      } else values.push([e.code, v]);
    }
  }
  if (elements.some((e) => e.code === 'LLL_ACTIVITIES'))
    values.push(['LLL_ACTIVITIES', events + 10 + Math.floor(random() * 30)]);
  return values;
}

/**
 * Demo mode: two years of annual reports for the demo institutions (2025 approved; 2026 a mix of approved,
 * submitted, draft and not started), written once, so that the dashboards have something to show. The
 * institutions of the demo accounts' commune are left without a 2026 report, for the people trying the
 * workflow. Returns how many reports were written.
 */
export async function loadDemoReports(database: Database, clock: () => Date = () => new Date()) {
  const now = clock();
  const today = todayInVietnam(now);
  return database.db.transaction(async (tx) => {
    const done = await tx.execute(sql`select 1 from meta where key = ${DEMO_REPORTS_KEY}`);
    if (done.rows.length > 0) return 0;
    const institutions = await tx.execute<{ id: number; category: string }>(sql`
      select i.unit_id as id, i.category from institutions i where i.is_demo order by i.unit_id`);
    if (institutions.rows.length === 0) return 0;
    const keepFree = await demoCastCommunes(tx);
    const forms = await Promise.all(
      (await findForms(tx))
        .filter((f) => f.level === 'institution' && f.active)
        .map((f) => withElements(tx, f)),
    );
    const planned: Planned[] = [];
    for (const year of YEARS) {
      const day = treeDayOf(year, today);
      if (day === null) continue;
      const units = await findReportingUnits(
        tx,
        institutions.rows.map((i) => i.id),
        day,
      );
      for (const inst of institutions.rows) {
        const unit = units.get(inst.id);
        const form = forms.find((f) => f.categories.includes(inst.category));
        if (!unit || !form) continue;
        const random = prng(inst.id * 31 + year);
        const roll = random();
        const free = year === 2026 && keepFree.includes(unit.communeId ?? -1);
        const status =
          year < 2026
            ? 'locked'
            : roll < 0.6
              ? 'approved'
              : roll < 0.8
                ? 'submitted'
                : roll < 0.9
                  ? 'draft'
                  : null;
        if (status === null || free) continue;
        planned.push({
          unitId: inst.id,
          formId: form.id,
          period: String(year),
          status,
          provinceId: unit.provinceId,
          communeId: unit.communeId,
          parentId: unit.parentId,
          values: valuesFor(formFor(form, inst.category).elements, year, random),
        });
      }
    }
    const ids = await insertReports(tx, planned, now);
    await refreshReportFacts(tx, ids, now);
    await tx.execute(
      sql`insert into meta (key, value) values (${DEMO_REPORTS_KEY}, ${JSON.stringify({ count: ids.length })}::jsonb)`,
    );
    return ids.length;
  });
}

async function insertReports(tx: DbOrTx, planned: Planned[], now: Date): Promise<number[]> {
  if (planned.length === 0) return [];
  const at = now.toISOString();
  const rows = await tx.execute<{ id: number; unitId: number; period: string }>(sql`
    insert into reports (form_id, unit_id, period, status, province_id, commune_id, parent_id, submitted_at, approved_at)
    select t.form_id, t.unit_id, t.period, t.status, t.province_id, t.commune_id, t.parent_id,
      case when t.status <> 'draft' then ${at}::timestamptz end,
      case when t.status in ('approved', 'locked') then ${at}::timestamptz end
    from unnest(${column(planned, (p) => p.formId, 'int')}, ${column(planned, (p) => p.unitId, 'int')},
      ${column(planned, (p) => p.period, 'text')}, ${column(planned, (p) => p.status, 'text')},
      ${column(planned, (p) => p.provinceId, 'int')}, ${column(planned, (p) => p.communeId, 'int')},
      ${column(planned, (p) => p.parentId, 'int')}) as t(form_id, unit_id, period, status, province_id, commune_id, parent_id)
    returning id, unit_id as "unitId", period`);
  const idOf = new Map(rows.rows.map((r) => [`${r.unitId}|${r.period}`, r.id]));
  const values = planned.flatMap((p) =>
    p.values.map(([element, value]) => ({ ...p, id: idOf.get(`${p.unitId}|${p.period}`)!, element, value })),
  );
  await tx.execute(sql`
    insert into report_values (report_id, element_code, unit_id, period, province_id, commune_id, value, source)
    select t.report_id, t.element_code, t.unit_id, t.period, t.province_id, t.commune_id, t.value, 'import'
    from unnest(${column(values, (v) => v.id, 'int')}, ${column(values, (v) => v.element, 'text')},
      ${column(values, (v) => v.unitId, 'int')}, ${column(values, (v) => v.period, 'text')},
      ${column(values, (v) => v.provinceId, 'int')}, ${column(values, (v) => v.communeId, 'int')},
      ${column(values, (v) => v.value, 'float8')}) as t(report_id, element_code, unit_id, period, province_id, commune_id, value)`);
  return rows.rows.map((r) => r.id);
}

/** The communes the demo accounts work in (the commune officer's, and the staff's institution's parent). */
async function demoCastCommunes(tx: DbOrTx): Promise<number[]> {
  const rows = await tx.execute<{ id: number }>(sql`
    select ra.unit_id as id from role_assignments ra join users u on u.id = ra.user_id
    where u.username like 'demo.%'
    union
    select p.parent_id from role_assignments ra join users u on u.id = ra.user_id
      join unit_parents p on p.unit_id = ra.unit_id and p.valid_to is null
    where u.username like 'demo.%'`);
  return rows.rows.map((r) => r.id);
}
