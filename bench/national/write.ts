import type pg from 'pg';
import { viSortKey } from '../../apps/server/src/modules/institutions/sort-key';
import { insertColumns } from './bulk';
import { type PlannedInstitution, parentOn, searchTextOf } from './plan-institutions';
import type { CategoryForm, YearContext } from './reference';
import { drawsOf, isFilled, type ReportStatus, reportStatus, valueFor } from './values';

/** The generator's writes, table by table, in batches through one connection of one transaction. */

export const SOURCE = 'bench-national';
type Log = (line: string) => void;

const UNIT_BATCH = 10_000;
const REPORT_BATCH = 20_000;
const VALUE_BATCH = 50_000;

/** Units, their dated parent links and the institution rows; returns each institution's unit id by index. */
export async function writeInstitutions(
  client: pg.PoolClient,
  planned: readonly PlannedInstitution[],
  log: Log,
) {
  const unitIds = new Int32Array(planned.length + 1);
  let links = 0;
  for (let i = 0; i < planned.length; i += UNIT_BATCH) {
    const part = planned.slice(i, i + UNIT_BATCH);
    const inserted = await insertColumns<{ id: number; code: string }>(
      client,
      'units',
      [
        { name: 'kind', type: 'text' },
        { name: 'code', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'search_name', type: 'text' },
        { name: 'valid_from', type: 'date' },
        { name: 'valid_to', type: 'date' },
        { name: 'source', type: 'text' },
      ],
      [
        part.map(() => 'institution'),
        part.map((p) => p.code),
        part.map((p) => p.name),
        part.map((p) => searchTextOf(p.name)),
        part.map((p) => p.validFrom),
        part.map((p) => p.validTo),
        part.map(() => SOURCE),
      ],
      'id, code',
    );
    for (const row of inserted) unitIds[Number(row.code.slice(2))] = row.id;
    const idOf = (p: PlannedInstitution) => unitIds[p.index]!;
    await insertColumns(
      client,
      'institutions',
      [
        { name: 'unit_id', type: 'int' },
        { name: 'category', type: 'text' },
        { name: 'province_id', type: 'int' },
        { name: 'name_sort_key', type: 'text' },
      ],
      [
        part.map(idOf),
        part.map((p) => p.category),
        part.map((p) => p.provinceId),
        part.map((p) => viSortKey(p.name)),
      ],
    );
    const rows = part.flatMap((p) => p.links.map((l) => ({ unitId: idOf(p), ...l })));
    await insertColumns(
      client,
      'unit_parents',
      [
        { name: 'unit_id', type: 'int' },
        { name: 'parent_id', type: 'int' },
        { name: 'valid_from', type: 'date' },
        { name: 'valid_to', type: 'date' },
      ],
      [
        rows.map((r) => r.unitId),
        rows.map((r) => r.parentId),
        rows.map((r) => r.validFrom),
        rows.map((r) => r.validTo),
      ],
    );
    links += rows.length;
    log(`institutions: ${(i + part.length).toLocaleString('en')} of ${planned.length.toLocaleString('en')}`);
  }
  return { unitIds, links };
}

/** The reports written, in order, column by column (600,000 at national scale: arrays, not objects). */
export interface WrittenReports {
  count: number;
  id: Int32Array;
  institution: Int32Array;
  year: Int16Array;
  status: ReportStatus[];
  provinceId: (number | null)[];
  communeId: (number | null)[];
  byStatus: Record<string, number>;
  /** Reports left out because the parent of the day had no ancestors (should stay 0). */
  orphans: number;
}

const iso = (d: Date) => d.toISOString();
/** A report's version after the steps that led to its status (each save and transition bumps it). */
const VERSION_OF: Record<ReportStatus, number> = {
  draft: 2,
  submitted: 3,
  returned: 4,
  approved: 4,
  locked: 5,
};
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T02:30:00Z`) + n * 86_400_000);

/** One annual report per institution and year it existed (minus the few never sent), with its workflow dates. */
export async function writeReports(
  client: pg.PoolClient,
  planned: readonly PlannedInstitution[],
  unitIds: Int32Array,
  years: readonly YearContext[],
  forms: Map<string, CategoryForm>,
  options: { seed: number; now: Date },
  log: Log,
): Promise<WrittenReports> {
  const { seed, now } = options;
  const latest = now.getTime() - 3_600_000;
  const capped = (d: Date) => (d.getTime() > latest ? new Date(latest) : d);
  const out: WrittenReports = {
    count: 0,
    id: new Int32Array(planned.length * years.length),
    institution: new Int32Array(planned.length * years.length),
    year: new Int16Array(planned.length * years.length),
    status: [],
    provinceId: [],
    communeId: [],
    byStatus: {},
    orphans: 0,
  };
  for (const ctx of years) {
    const rows: {
      p: PlannedInstitution;
      formId: number;
      status: ReportStatus;
      parentId: number;
      provinceId: number | null;
      communeId: number | null;
      deadline: string;
      submitted: Date | null;
      approved: Date | null;
    }[] = [];
    for (const p of planned) {
      const status = reportStatus(seed, p.index, ctx.year);
      const parentId = status && parentOn(p, ctx.day);
      if (!status || parentId === null) continue;
      const ancestors = ctx.ancestors.get(parentId);
      if (!ancestors) {
        out.orphans++;
        continue;
      }
      const form = forms.get(p.category)!;
      const deadline = ctx.deadlines.get(form.formId)!;
      const sent = status !== 'draft';
      const submitted = sent ? capped(addDays(deadline, -((p.index * 7 + ctx.year) % 15))) : null;
      const closed = status === 'approved' || status === 'locked';
      const approved = closed
        ? capped(new Date(submitted!.getTime() + (1 + (p.index % 9)) * 86_400_000))
        : null;
      rows.push({ p, formId: form.formId, status, parentId, ...ancestors, deadline, submitted, approved });
    }
    for (let i = 0; i < rows.length; i += REPORT_BATCH) {
      const part = rows.slice(i, i + REPORT_BATCH);
      const created = iso(new Date(`${ctx.year}-02-01T02:00:00Z`));
      const inserted = await insertColumns<{ id: number; unit_id: number }>(
        client,
        'reports',
        [
          { name: 'form_id', type: 'int' },
          { name: 'unit_id', type: 'int' },
          { name: 'period', type: 'text' },
          { name: 'status', type: 'text' },
          { name: 'version', type: 'int' },
          { name: 'province_id', type: 'int' },
          { name: 'commune_id', type: 'int' },
          { name: 'parent_id', type: 'int' },
          { name: 'deadline', type: 'date' },
          { name: 'submitted_at', type: 'timestamptz' },
          { name: 'approved_at', type: 'timestamptz' },
          { name: 'created_at', type: 'timestamptz' },
          { name: 'updated_at', type: 'timestamptz' },
        ],
        [
          part.map((r) => r.formId),
          part.map((r) => unitIds[r.p.index]!),
          part.map(() => ctx.period),
          part.map((r) => r.status),
          part.map((r) => VERSION_OF[r.status]),
          part.map((r) => r.provinceId),
          part.map((r) => r.communeId),
          part.map((r) => r.parentId),
          part.map((r) => r.deadline),
          part.map((r) => (r.submitted ? iso(r.submitted) : null)),
          part.map((r) => (r.approved ? iso(r.approved) : null)),
          part.map(() => created),
          part.map((r) => iso(r.approved ?? r.submitted ?? new Date(created))),
        ],
        'id, unit_id',
      );
      // One period per batch, so the unit identifies the report.
      const idByUnit = new Map(inserted.map((r) => [r.unit_id, r.id]));
      for (const r of part) {
        const n = out.count++;
        out.id[n] = idByUnit.get(unitIds[r.p.index]!)!;
        out.institution[n] = r.p.index;
        out.year[n] = ctx.year;
        out.status.push(r.status);
        out.provinceId.push(r.provinceId);
        out.communeId.push(r.communeId);
        out.byStatus[`${ctx.year} ${r.status}`] = (out.byStatus[`${ctx.year} ${r.status}`] ?? 0) + 1;
      }
    }
    log(`reports ${ctx.period}: ${rows.length.toLocaleString('en')} (structure of ${ctx.day})`);
  }
  return out;
}

/**
 * Every value of every report, 50,000 rows a statement, generating the next batch while the database writes the
 * previous one. Returns the number written.
 */
export async function writeValues(
  client: pg.PoolClient,
  planned: readonly PlannedInstitution[],
  unitIds: Int32Array,
  reports: WrittenReports,
  forms: Map<string, CategoryForm>,
  seed: number,
  log: Log,
): Promise<number> {
  const byIndex = new Map(planned.map((p) => [p.index, p]));
  let upperBound = 0;
  for (let n = 0; n < reports.count; n++) {
    upperBound += forms.get(byIndex.get(reports.institution[n]!)!.category)!.elements.length;
  }
  const columns = [
    { name: 'report_id', type: 'int' },
    { name: 'element_code', type: 'text' },
    { name: 'unit_id', type: 'int' },
    { name: 'period', type: 'text' },
    { name: 'province_id', type: 'int' },
    { name: 'commune_id', type: 'int' },
    { name: 'value', type: 'float8' },
  ];
  const fresh = () => columns.map(() => [] as unknown[]);
  let batch = fresh();
  let written = 0;
  let inflight: Promise<unknown> | null = null;
  let nextLog = 1_000_000;
  const started = performance.now();
  const flush = async () => {
    const rows = batch;
    batch = fresh();
    if (inflight) await inflight;
    inflight = insertColumns(client, 'report_values', columns, rows);
    inflight.catch(() => {}); // awaited at the next flush; this only keeps Node from calling it unhandled
    written += rows[0]!.length;
    if (written >= nextLog) {
      const seconds = (performance.now() - started) / 1000;
      log(
        `values: ${written.toLocaleString('en')} of ≤ ${upperBound.toLocaleString('en')} ` +
          `(${((100 * written) / upperBound).toFixed(0)} %), ${(written / seconds).toFixed(0)} values/s`,
      );
      nextLog += 1_000_000;
    }
  };
  for (let n = 0; n < reports.count; n++) {
    const p = byIndex.get(reports.institution[n]!)!;
    const draws = drawsOf(seed, p);
    const year = reports.year[n]!;
    const status = reports.status[n]!;
    const period = String(year);
    for (const element of forms.get(p.category)!.elements) {
      if (!isFilled(seed, p.index, element, year, status)) continue;
      batch[0]!.push(reports.id[n]);
      batch[1]!.push(element.code);
      batch[2]!.push(unitIds[p.index]);
      batch[3]!.push(period);
      batch[4]!.push(reports.provinceId[n]);
      batch[5]!.push(reports.communeId[n]);
      batch[6]!.push(valueFor(seed, draws, element, year));
    }
    if (batch[0]!.length >= VALUE_BATCH) await flush();
  }
  if (batch[0]!.length > 0) await flush();
  if (inflight) await inflight;
  return written;
}
