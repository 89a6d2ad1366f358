import {
  AppError,
  type DataQualityIssue,
  REASON_MESSAGES,
  REFORM_2025_DATE,
  type ResolveDataQuality,
  type RowProblem,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findEdgesFrom, findEventInto, insertEdges, insertEvent, setEdgeWeight } from '../units/lineage.repo';
import {
  type MappingLookups,
  type MappingProblem,
  validateMappingRow,
} from '../units/reference/mapping-rules';
import { bareName } from '../units/reference/names';
import {
  OLD_COMMUNES_SOURCE,
  readProvinceLaw,
  WARD_MAPPINGS_SOURCE,
  WardMappingRowSchema,
} from '../units/reference/sources';
import { dayBefore } from '../units/unit-checks';
import { findUnitById } from '../units/units.repo';
import { closeIssue, findCommuneOn, findIssue, findProvincesOn } from './data-quality.repo';

const rowProblems = (problems: MappingProblem[]): RowProblem[] =>
  problems.map((p) => ({
    field: p.field,
    reason: p.reason,
    value: p.value,
    message: REASON_MESSAGES[p.reason].en.replace('{value}', p.value ?? ''),
  }));

const refuse = (message: string, problems: MappingProblem[]): never => {
  throw new AppError('IMPORT_INVALID', message, { problems: rowProblems(problems) });
};

/**
 * Closes a data-quality issue. `ignore` records why. `load` applies the corrections to the source row, checks it
 * with the same rules as the loader, and writes it: a ward mapping becomes a lineage link of 1/7/2025 (the old
 * commune's links are re-weighted to 1/n), an old commune without a successor gets one. Problems are answered
 * as IMPORT_INVALID with every failed check; nothing changes then. Needs 'dataQuality.manage'.
 */
export async function resolveIssue(
  actor: Actor,
  input: { id: number; action: ResolveDataQuality },
  deps: ServiceDeps,
): Promise<DataQualityIssue> {
  return deps.db.transaction(async (tx) => {
    const scope = scopedUnitIds(actor, 'dataQuality.manage');
    const issue = await findIssue(tx, input.id, scope);
    if (!issue) throw new AppError('NOT_FOUND', `data-quality issue ${input.id} not found`);
    if (issue.status !== 'open')
      throw new AppError('CONFLICT', `issue ${input.id} is already ${issue.status}`);
    const { action } = input;
    let loaded: unknown = null;
    if (action.action === 'load') {
      if (issue.source === WARD_MAPPINGS_SOURCE) loaded = await loadMapping(tx, actor, issue, action.row);
      else if (issue.source === OLD_COMMUNES_SOURCE)
        loaded = await loadSuccessor(tx, actor, issue, action.row.successor_code);
      else throw new AppError('VALIDATION_FAILED', `rows of ${issue.source} cannot be loaded`);
    }
    const note = action.note ?? null;
    await closeIssue(tx, issue.id, {
      status: action.action === 'load' ? 'resolved' : 'ignored',
      note,
      resolvedBy: actor.userId,
      at: deps.clock(),
    });
    const after = (await findIssue(tx, issue.id, null))!;
    await recordAudit(tx, actor, {
      action: `dataQuality.${action.action}`,
      entity: 'data_quality_issue',
      entityId: issue.id,
      unitId: issue.unitId,
      before: { status: issue.status, row: issue.row },
      after: {
        status: after.status,
        note,
        corrections: action.action === 'load' ? action.row : undefined,
        loaded,
      },
    });
    return after;
  });
}

/** The mapping rules' lookups for one row, from the database (the loader uses the same rules in memory). */
async function databaseLookups(tx: DbOrTx, codes: { old?: string; new?: string }): Promise<MappingLookups> {
  const before = dayBefore(REFORM_2025_DATE);
  const [oldCommune, newWard, oldProvinces, newProvinces] = await Promise.all([
    codes.old ? findCommuneOn(tx, codes.old, before) : undefined,
    codes.new ? findCommuneOn(tx, codes.new, REFORM_2025_DATE) : undefined,
    findProvincesOn(tx, before),
    findProvincesOn(tx, REFORM_2025_DATE),
  ]);
  const law = readProvinceLaw();
  const mergedInto = new Map(
    law.provinces.flatMap((p) => p.from.map((f) => [f.code, p.code] as [string, string])),
  );
  const oldByName = new Map(oldProvinces.map((p) => [bareName(p.name), p.code]));
  for (const [code, names] of Object.entries(law.oldProvinceAliases))
    for (const n of names) oldByName.set(bareName(n), code);
  for (const p of law.provinces) for (const f of p.from) oldByName.set(bareName(f.name), f.code);
  const newByName = new Map(newProvinces.map((p) => [bareName(p.name), p.code]));
  // An old commune valid on 30/6/2025 must end with the reform (not a commune that continued).
  const old = oldCommune && oldCommune.validTo === REFORM_2025_DATE ? oldCommune : undefined;
  return {
    oldCommune: (code) =>
      code === codes.old && old?.provinceCode ? { provinceCode: old.provinceCode } : undefined,
    newWard: (code) =>
      code === codes.new && newWard?.provinceCode ? { provinceCode: newWard.provinceCode } : undefined,
    oldProvinceByName: (name) => oldByName.get(bareName(name)),
    newProvinceByName: (name) => newByName.get(bareName(name)),
    mergedInto: (code) => mergedInto.get(code),
  };
}

async function loadMapping(
  tx: DbOrTx,
  actor: Actor,
  issue: DataQualityIssue,
  corrections: { old_ward_code?: string; new_ward_code?: string },
) {
  const row = WardMappingRowSchema.parse({ ...issue.row, ...corrections });
  const codes = { old: row.old_ward_code?.trim() || undefined, new: row.new_ward_code?.trim() || undefined };
  const verdict = validateMappingRow(row, await databaseLookups(tx, codes));
  if (!verdict.ok) refuse(`the corrected row still fails: ${verdict.reason}`, verdict.problems);
  const from = (await findCommuneOn(tx, codes.old!, dayBefore(REFORM_2025_DATE)))!;
  const to = (await findCommuneOn(tx, codes.new!, REFORM_2025_DATE))!;
  const existing = await findEdgesFrom(tx, from.id, REFORM_2025_DATE);
  if (existing.some((e) => e.toUnitId === to.id)) {
    refuse('this lineage link already exists', [
      { field: 'new_ward_code', reason: 'lineage_exists', value: codes.new },
    ]);
  }
  const eventId =
    existing[0]?.eventId ??
    (await findEventInto(tx, to.id, REFORM_2025_DATE)) ??
    (await insertEvent(tx, {
      kind: 'merge',
      date: REFORM_2025_DATE,
      legalRef: null,
      note: `Sắp xếp đơn vị hành chính cấp xã (dòng dữ liệu #${issue.id} đã sửa)`,
      createdBy: actor.userId,
    }));
  // The old commune's history is now shared by one more successor: each gets 1/n, as the loader does.
  const weight = 1 / (existing.length + 1);
  for (const e of existing) await setEdgeWeight(tx, e.id, weight);
  await insertEdges(tx, eventId, 'merge', REFORM_2025_DATE, [
    { fromUnitId: from.id, toUnitId: to.id, weight },
  ]);
  return { eventId, fromUnitId: from.id, toUnitId: to.id, weight, reweighted: existing.map((e) => e.id) };
}

async function loadSuccessor(
  tx: DbOrTx,
  actor: Actor,
  issue: DataQualityIssue,
  successorCode: string | undefined,
) {
  if (!successorCode) refuse('name the successor', [{ field: 'successor_code', reason: 'required' }]);
  const commune = issue.unitId ? await findCommuneById(tx, issue.unitId) : undefined;
  if (!commune?.validTo) throw new AppError('CONFLICT', `issue ${issue.id} is not about an ended commune`);
  const successor = await findCommuneOn(tx, successorCode!, commune.validTo);
  if (!successor || successor.id === commune.id) {
    refuse(`no commune ${successorCode} on ${commune.validTo}`, [
      { field: 'successor_code', reason: 'unknown_successor', value: successorCode },
    ]);
  }
  if ((await findEdgesFrom(tx, commune.id, commune.validTo)).length > 0) {
    refuse('this commune already has a successor', [
      { field: 'successor_code', reason: 'lineage_exists', value: successorCode },
    ]);
  }
  const eventId = await insertEvent(tx, {
    kind: 'merge',
    date: commune.validTo,
    legalRef: null,
    note: `Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023–2025 (ngày gần đúng; kế thừa do người dùng xác định, dòng #${issue.id})`,
    approximate: true,
    createdBy: actor.userId,
  });
  await insertEdges(tx, eventId, 'merge', commune.validTo, [
    { fromUnitId: commune.id, toUnitId: successor!.id, weight: 1 },
  ]);
  return { eventId, fromUnitId: commune.id, toUnitId: successor!.id, weight: 1 };
}

async function findCommuneById(tx: DbOrTx, id: number) {
  const unit = await findUnitById(tx, id);
  return unit?.kind === 'commune' ? unit : undefined;
}
