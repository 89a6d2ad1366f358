import {
  AppError,
  type EvidenceOptions,
  formatFigure,
  type IsoDate,
  type Lang,
  type Recognition,
  type RecognitionListQuery,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { assertUnitAccess, scopedUnitIds, subtreeUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { Permission } from '../auth/auth.policy';
import type { ServiceDeps } from '../auth/service-deps';
import { presentEvidence } from './evidence';
import { findActivityOptions, findGoodModelOptions, findTaskOptions } from './evidence.repo';
import { nomineeFigures } from './nominee-figures';
import {
  findNomineeUnit,
  findRecognitionRow,
  findRecognitionRows,
  type NomineeUnit,
  type RecognitionRow,
} from './recognition.repo';

/** Khen thưởng as read: the register, one nomination, the evidence the nomination form can point at. */

/** The services answer evidence labels and figures in the reader's language. */
export interface RecognitionDeps extends ServiceDeps {
  lang: Lang;
}

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** A stored row as the API's record. */
export function toRecognition(r: RecognitionRow, lang: Lang): Recognition {
  return {
    id: r.id,
    year: r.year,
    nomineeKind: r.nomineeKind,
    unit: { id: r.unitId, code: r.unitCode, name: r.unitName, kind: r.unitKind },
    province: r.provinceId === null ? null : { id: r.provinceId, name: r.provinceName ?? '' },
    personName: r.personName,
    personPosition: r.personPosition,
    form: r.form,
    reason: r.reason,
    evidence: r.evidence.map((e) => presentEvidence(e, lang)),
    status: r.status,
    nominatedOn: r.nominatedOn,
    nominatedBy: person(r.nominatedById, r.nominatedByName),
    reviewedAt: r.reviewedAt,
    reviewedBy: person(r.reviewedById, r.reviewedByName),
    reviewNote: r.reviewNote,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    decidedAt: r.decidedAt,
    decidedBy: person(r.decidedById, r.decidedByName),
    declineReason: r.declineReason,
    version: r.version,
    updatedAt: r.updatedAt,
  };
}

/**
 * The nomination, if the actor may do `permission` on its nominee unit: NOT_FOUND when they cannot even read it
 * (scope does not tell what exists), FORBIDDEN when they read but may not.
 */
export async function loadRecognitionFor(
  db: DbOrTx,
  actor: Actor,
  id: number,
  permission: Permission,
  lock = false,
): Promise<RecognitionRow> {
  const row = await findRecognitionRow(db, id, lock);
  if (!row) throw new AppError('NOT_FOUND', `recognition ${id} not found`);
  try {
    await assertUnitAccess(db, actor, permission, row.unitId);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw new AppError('NOT_FOUND', `recognition ${id} not found`);
    throw e;
  }
  return row;
}

/** The nominee unit today (NOT_FOUND for an id that names no unit). */
export async function loadNominee(db: DbOrTx, unitId: number, today: IsoDate): Promise<NomineeUnit> {
  const nominee = await findNomineeUnit(db, unitId, today);
  if (!nominee) throw new AppError('NOT_FOUND', `unit ${unitId} not found`);
  return nominee;
}

/** Hồ sơ khen thưởng: one nomination (any role that reads its nominee unit). */
export async function getRecognition(actor: Actor, id: number, deps: RecognitionDeps): Promise<Recognition> {
  return toRecognition(await loadRecognitionFor(deps.db, actor, id, 'unit.read'), deps.lang);
}

/**
 * Sổ khen thưởng: nominations of nominees in the unit's subtree (lineage included: a merged commune's
 * recognitions stay in its successor's register), or in every unit the actor reads; by year (newest first),
 * nomination date (newest first), id.
 */
export async function listRecognitions(
  actor: Actor,
  query: RecognitionListQuery,
  deps: RecognitionDeps,
): Promise<Recognition[]> {
  if (query.unitId) await assertUnitAccess(deps.db, actor, 'unit.read', query.unitId);
  const units = query.unitId ? subtreeUnitIds(query.unitId) : scopedUnitIds(actor, 'unit.read');
  const rows = await findRecognitionRows(deps.db, {
    units,
    year: query.year,
    status: query.status,
    form: query.form,
  });
  return rows.map((r) => toRecognition(r, deps.lang));
}

/**
 * What a nomination of the unit for the year can point at: its subtree's published or completed activities of
 * the year, the indicators with a figure for the unit and year (in words, as the dashboard writes them), the
 * tasks of the plans in force it leads or coordinates, its subtree's published good models.
 */
export async function getEvidenceOptions(
  actor: Actor,
  query: { unitId: number; year: number },
  deps: RecognitionDeps,
): Promise<EvidenceOptions> {
  await assertUnitAccess(deps.db, actor, 'unit.read', query.unitId);
  const nominee = await loadNominee(deps.db, query.unitId, todayInVietnam(deps.clock()));
  const [activities, tasks, goodModels, figures] = await Promise.all([
    findActivityOptions(deps.db, query.unitId, query.year),
    findTaskOptions(deps.db, query.unitId, query.year),
    findGoodModelOptions(deps.db, query.unitId),
    nomineeFigures(actor, nominee, { years: [query.year] }, deps),
  ]);
  const indicators = new Map(figures.indicators.map((i) => [i.code, i]));
  return {
    activities,
    indicators: figures.figures
      .filter((f) => f.actual !== null && indicators.has(f.indicator))
      .map((f) => {
        const indicator = indicators.get(f.indicator)!;
        return {
          indicator: f.indicator,
          year: f.year,
          label: indicator.name[deps.lang],
          value: formatFigure(f.actual, indicator.unit, deps.lang),
        };
      }),
    tasks: tasks.map((t) => ({ id: t.id, code: t.code ?? '', title: t.content, status: t.status })),
    goodModels,
  };
}
