import {
  AppError,
  formatDateVi,
  type ImportProblem,
  type ImportResult,
  INSTITUTION_SHEET_COLUMNS,
  type Institution,
  type IsoDate,
  type Lang,
  normalizeText,
  type ReasonCode,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { reasonFor } from '../../lib/i18n';
import { scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import { unitsWithPermission } from '../auth/auth.policy';
import type { ServiceDeps } from '../auth/service-deps';
import {
  type InstitutionState,
  isSameState,
  overlaps,
  parentProblem,
  stateOf,
  storedRow,
} from './institution-rules';
import { type ParsedRow, parseRow, readTable, type SheetProblem } from './institution-sheet';
import {
  findInstitutionCodes,
  findInstitutionsByIds,
  findParentLinks,
  insertAuditEntries,
  insertInstitutions,
  lockInstitutionCodes,
  updateInstitutions,
  writeParentLinks,
} from './institutions.repo';
import { type LinkPlan, type ParentLink, planParentLinks } from './parent-links';
import { parseSheet, unsupportedFile } from './parse-sheet';
import {
  AREA_KINDS,
  filterInScope,
  findCurrentProvinces,
  findUnitsByCodes,
  findUnitsByIds,
  type UnitRef,
} from './unit-lookups.repo';

/** A national file of institutions is ~120,000 rows; one province's a few thousand. */
export const MAX_IMPORT_ROWS = 150_000;

export interface ImportInstitutionsInput {
  bytes: Uint8Array;
  filename?: string;
  dryRun: boolean;
  /** The language of the problem messages. */
  lang: Lang;
}

interface Create {
  row: ParsedRow;
  state: InstitutionState;
}
interface Update extends Create {
  current: Institution;
  links: LinkPlan;
}

/**
 * Nhập thiết chế từ tệp: reads an .xlsx or .csv, validates every row and reports every problem at once (row,
 * column, reason, translated message). A row whose code exists updates that institution (if the actor may
 * write it); others create one. Dry run: the would-be counts and the problems, nothing written. Otherwise
 * all-or-nothing: any problem throws IMPORT_INVALID with `details.problems` and nothing changes; else one
 * transaction writes everything with one audit entry per institution and one for the import.
 */
export async function importInstitutions(
  actor: Actor,
  input: ImportInstitutionsInput,
  deps: ServiceDeps,
): Promise<ImportResult> {
  const day = todayInVietnam(deps.clock());
  const table = await readFile(input);
  const problems: SheetProblem[] = [...table.problems];
  if (table.rows.length > MAX_IMPORT_ROWS) {
    problems.push({ field: 'file', reason: 'too_many_rows', params: { max: MAX_IMPORT_ROWS } });
  }
  const rows: ParsedRow[] = [];
  if (table.isReadable && table.rows.length <= MAX_IMPORT_ROWS) {
    const firstRowOf = new Map<string, number>();
    for (const { row, cells } of table.rows) {
      const parsed = parseRow(row, cells);
      problems.push(...parsed.problems);
      // Repeated codes are found even among rows with other problems, so one pass reports them all.
      const code = normalizeText(cells.code ?? '');
      const other = firstRowOf.get(code);
      if (code !== '' && other !== undefined) {
        problems.push({ row, field: 'code', reason: 'duplicate_in_file', value: code, params: { other } });
        continue;
      }
      if (code !== '') firstRowOf.set(code, row);
      if (parsed.value) rows.push(parsed.value);
    }
  }

  const run = async (tx: DbOrTx): Promise<ImportResult> => {
    // Taken before the duplicate checks, so a concurrent create cannot slip a code in between.
    if (!input.dryRun) await lockInstitutionCodes(tx);
    const plan = await resolveRows(tx, actor, rows, day);
    const all = sortProblems([...problems, ...plan.problems]).map((p) => translate(p, input.lang));
    const result: ImportResult = {
      dryRun: input.dryRun,
      total: table.rows.length,
      created: plan.creates.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged,
      problems: all,
    };
    if (input.dryRun) return result;
    if (all.length > 0) throw new AppError('IMPORT_INVALID', `${all.length} problems`, { problems: all });
    await writePlan(tx, actor, plan, { day, now: deps.clock(), filename: input.filename, result });
    return result;
  };
  return input.dryRun ? run(deps.db) : deps.db.transaction(run);
}

/** The file as a table; an unreadable or empty file is refused with the reason in the reader's language. */
async function readFile(input: ImportInstitutionsInput) {
  try {
    const table = readTable(await parseSheet(input.bytes, input.filename));
    if (table.isReadable && table.rows.length === 0) throw unsupportedFile('empty_file');
    return table;
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNSUPPORTED_FILE') {
      const { reason } = error.details as { reason: ReasonCode };
      throw new AppError('UNSUPPORTED_FILE', error.message, {
        reason,
        message: reasonFor(reason, input.lang),
      });
    }
    throw error;
  }
}

/** Commune codes have 5 digits, province codes 2; a spreadsheet that stored them as numbers lost the zeros. */
const codeVariants = (code: string) =>
  /^\d+$/.test(code) ? [code, code.padStart(5, '0'), code.padStart(2, '0')] : [code];

/** Resolves every row against the database with a fixed number of queries, whatever the number of rows. */
async function resolveRows(tx: DbOrTx, actor: Actor, rows: readonly ParsedRow[], day: IsoDate) {
  const problems: SheetProblem[] = [];
  const creates: Create[] = [];
  const updates: Update[] = [];
  let unchanged = 0;
  if (rows.length === 0) return { problems, creates, updates, unchanged };

  const writeScope = scopedUnitIds(actor, 'institution.write');
  const unitCodes = [...new Set(rows.flatMap((r) => codeVariants(r.unitCode)))];
  const areas = await findUnitsByCodes(tx, AREA_KINDS, unitCodes, day);
  const areaByCode = new Map(areas.map((u) => [u.code, u]));
  const writableAreas = await filterInScope(
    tx,
    writeScope,
    areas.map((u) => u.id),
  );
  const agencyCodes = [...new Set(rows.flatMap((r) => (r.managingAgencyCode ? [r.managingAgencyCode] : [])))];
  const agencyByCode = new Map(
    (await findUnitsByCodes(tx, ['agency'], agencyCodes, day)).map((u) => [u.code, u]),
  );
  const holders = await findInstitutionCodes(
    tx,
    rows.map((r) => r.code),
  );
  const existingIds = [...new Set(holders.filter((h) => h.validTo === null).map((h) => h.id))];
  const existing = new Map((await findInstitutionsByIds(tx, existingIds, day)).map((r) => [r.id, r]));
  // As for a single update: write on the institution's current parent, or a role on the institution itself.
  const writeRoots = unitsWithPermission(actor, 'institution.write');
  const writableParents = await filterInScope(
    tx,
    writeScope,
    [...existing.values()].flatMap((r) => (r.parentId === null ? [] : [r.parentId])),
  );
  const canWrite = (r: Institution) =>
    writeRoots === 'all' ||
    writeRoots.includes(r.id) ||
    (r.parentId !== null && writableParents.has(r.parentId));
  const linksOf = new Map<number, ParentLink[]>();
  for (const link of await findParentLinks(tx, existingIds)) {
    linksOf.set(link.unitId, [...(linksOf.get(link.unitId) ?? []), link]);
  }

  for (const row of rows) {
    const rowProblems: SheetProblem[] = [];
    const problem = (field: string, reason: SheetProblem['reason'], value?: string) =>
      rowProblems.push({ row: row.row, field, reason, value });
    const unit = codeVariants(row.unitCode)
      .map((c) => areaByCode.get(c))
      .find(Boolean);
    if (!unit) problem('unitCode', 'unknown_unit', row.unitCode);
    else if (!writableAreas.has(unit.id)) problem('unitCode', 'out_of_scope', row.unitCode);
    const agency = row.managingAgencyCode ? agencyByCode.get(row.managingAgencyCode) : undefined;
    if (row.managingAgencyCode && !agency)
      problem('managingAgencyCode', 'unknown_agency', row.managingAgencyCode);

    const sameCode = holders.filter((h) => h.code === row.code);
    const from = row.validFrom ?? sameCode.find((h) => h.validTo === null)?.validFrom ?? day;
    const clashing = sameCode.filter((h) => overlaps(h, { validFrom: from, validTo: null }));
    const target =
      clashing.length === 1 && clashing[0]!.validTo === null ? existing.get(clashing[0]!.id) : undefined;
    if (clashing.length > 0 && !(target && canWrite(target))) {
      problem('code', 'duplicate_code', row.code);
    }
    if (rowProblems.length > 0 || !unit) {
      problems.push(...rowProblems);
      continue;
    }
    const state: InstitutionState = {
      code: row.code,
      name: row.name,
      category: row.category,
      parentId: unit.id,
      managingAgencyId: agency?.id ?? null,
      address: row.address,
      phone: row.phone,
      email: row.email,
      website: row.website,
      openingHours: row.openingHours,
      services: row.services,
      validFrom: from,
      validTo: target?.validTo ?? null,
    };
    if (!target) {
      const reason = parentProblem(unit, from, null);
      if (reason) problems.push({ row: row.row, field: 'validFrom', reason, value: formatDateVi(from) });
      else creates.push({ row, state });
      continue;
    }
    if (isSameState(stateOf(target), state)) {
      unchanged++;
      continue;
    }
    const links = planParentLinks(linksOf.get(target.id) ?? [], state, day);
    if ('error' in links) problems.push({ row: row.row, field: links.field, reason: links.error });
    else updates.push({ row, state, current: target, links });
  }

  // Parents named by the link plans (a new commune, or the first parent when the start date moves) must be
  // valid over their links: one more query for all of them.
  const checks = updates.flatMap((u) => u.links.checks.map((c) => ({ ...c, update: u })));
  const checked = new Map<number, UnitRef>(
    (await findUnitsByIds(tx, [...new Set(checks.map((c) => c.parentId))])).map((u) => [u.id, u]),
  );
  const failed = new Set<Update>();
  for (const c of checks) {
    const reason = parentProblem(checked.get(c.parentId), c.validFrom, c.validTo);
    if (reason && !failed.has(c.update)) {
      failed.add(c.update);
      problems.push({ row: c.update.row.row, field: 'validFrom', reason, value: formatDateVi(c.validFrom) });
    }
  }
  return { problems, creates, updates: updates.filter((u) => !failed.has(u)), unchanged };
}

async function writePlan(
  tx: DbOrTx,
  actor: Actor,
  plan: Awaited<ReturnType<typeof resolveRows>>,
  meta: { day: IsoDate; now: Date; filename?: string; result: ImportResult },
) {
  const moved = plan.updates.filter((u) => u.state.parentId !== u.current.parentId);
  const provinces = await findCurrentProvinces(
    tx,
    [
      ...plan.creates.map((c) => ({ unitId: c.state.parentId, date: c.state.validFrom })),
      ...moved.map((u) => ({ unitId: u.state.parentId, date: meta.day })),
    ],
    meta.day,
  );
  const createdIds = await insertInstitutions(
    tx,
    plan.creates.map((c) => ({
      ...storedRow(c.state, provinces.get(c.state.parentId) ?? null),
      parentId: c.state.parentId,
    })),
    { source: 'import', now: meta.now },
  );
  await updateInstitutions(
    tx,
    plan.updates.map((u) => ({
      ...storedRow(
        u.state,
        u.state.parentId === u.current.parentId
          ? u.current.provinceId
          : (provinces.get(u.state.parentId) ?? null),
      ),
      id: u.current.id,
    })),
    meta.now,
  );
  await writeParentLinks(
    tx,
    plan.updates.flatMap((u) => u.links.update),
    plan.updates.flatMap((u) => u.links.insert.map((l) => ({ ...l, unitId: u.current.id }))),
  );
  const updatedIds = plan.updates.map((u) => u.current.id);
  const after = new Map(
    (await findInstitutionsByIds(tx, [...createdIds, ...updatedIds], meta.day)).map((r) => [r.id, r]),
  );
  await insertAuditEntries(tx, actor, [
    ...createdIds.map((id, i) => ({
      action: 'create',
      entity: 'institution',
      entityId: id,
      unitId: plan.creates[i]!.state.parentId,
      after: after.get(id),
    })),
    ...plan.updates.map((u) => ({
      action: 'update',
      entity: 'institution',
      entityId: u.current.id,
      unitId: u.state.parentId,
      before: u.current,
      after: after.get(u.current.id),
    })),
    {
      action: 'import',
      entity: 'institution',
      after: {
        file: meta.filename ?? null,
        total: meta.result.total,
        created: meta.result.created,
        updated: meta.result.updated,
        unchanged: meta.result.unchanged,
      },
    },
  ]);
}

const COLUMN_ORDER = new Map<string, number>(INSTITUTION_SHEET_COLUMNS.map((c, i) => [c.key, i]));

/** File-level problems first, then by row and by column as the sheet shows them. */
function sortProblems(problems: SheetProblem[]): SheetProblem[] {
  return problems.sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) || (COLUMN_ORDER.get(a.field) ?? 99) - (COLUMN_ORDER.get(b.field) ?? 99),
  );
}

function translate(p: SheetProblem, lang: Lang): ImportProblem {
  return {
    row: p.row,
    field: p.field,
    reason: p.reason,
    value: p.value,
    message: reasonFor(p.reason, lang, { value: p.value ?? '', ...p.params }),
  };
}
