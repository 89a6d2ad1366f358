import {
  AppError,
  type DocumentFigure,
  DocumentModelSchema,
  type FigureChange,
  type PublishedListQuery,
  type PublishedReport,
  type PublishedReportDetail,
  type PublishInput,
} from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess, scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findUnitContext } from './documents.repo';
import { contentHashOf, fileNameOf, generateModel, renderDocx, renderXlsx } from './generate-document';
import { findPublished, findPublishedById, findPublishedFile, insertPublished } from './published.repo';

/**
 * Ban hành: freezes a report as generated now: its tree (every figure and sentence), its DOCX and XLSX bytes and
 * the SHA-256 of its content. The same bytes come back however the data moves afterwards.
 */
export async function publishReport(
  actor: Actor,
  input: PublishInput,
  deps: ServiceDeps,
): Promise<PublishedReport> {
  await assertUnitAccess(deps.db, actor, 'document.publish', input.unitId);
  const model = await generateModel(actor, input, deps);
  const [docx, xlsx] = await Promise.all([renderDocx(model), renderXlsx(model)]);
  const unit = await findUnitContext(deps.db, input.unitId, model.generatedAt.slice(0, 10));
  const id = await deps.db.transaction(async (tx) => {
    const newId = await insertPublished(tx, {
      kind: model.kind,
      unitId: input.unitId,
      year: model.year,
      planId: model.plan?.id ?? null,
      lang: model.lang,
      title: model.header.subtitle,
      model,
      contentHash: contentHashOf(model),
      docx,
      xlsx,
      provinceId: unit?.provinceId ?? null,
      publishedAt: new Date(model.generatedAt),
      publishedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'publish',
      entity: 'published_report',
      entityId: newId,
      unitId: input.unitId,
      after: {
        kind: model.kind,
        year: model.year,
        planId: model.plan?.id ?? null,
        contentHash: contentHashOf(model),
      },
    });
    return newId;
  });
  const saved = await findPublishedById(deps.db, id);
  const { model: _m, ...summary } = saved!;
  return summary;
}

/** The published reports the person may read, newest first. */
export async function listPublished(
  actor: Actor,
  query: PublishedListQuery,
  deps: ServiceDeps,
): Promise<PublishedReport[]> {
  if (query.unitId !== undefined) await assertUnitAccess(deps.db, actor, 'unit.read', query.unitId);
  return findPublished(deps.db, query, scopedUnitIds(actor, 'unit.read'));
}

/** A published report with its frozen tree and what has changed in the data since. */
export async function getPublished(
  actor: Actor,
  id: number,
  deps: ServiceDeps,
): Promise<PublishedReportDetail> {
  const row = await findPublishedById(deps.db, id);
  if (!row) throw new AppError('NOT_FOUND', `published report ${id} not found`);
  await assertUnitAccess(deps.db, actor, 'unit.read', row.unitId);
  const frozen = DocumentModelSchema.parse(row.model);
  const current = await generateModel(
    actor,
    { kind: row.kind, unitId: row.unitId, year: row.year, planId: row.planId ?? undefined, lang: row.lang },
    deps,
  );
  const changes = figureChanges(frozen.figures, current.figures);
  const { model: _m, ...summary } = row;
  return { ...summary, model: frozen, changes, upToDate: contentHashOf(current) === row.contentHash };
}

/** The frozen bytes of a published report, with the file name it is downloaded as. */
export async function getPublishedFile(
  actor: Actor,
  id: number,
  format: 'docx' | 'xlsx',
  deps: ServiceDeps,
): Promise<{ bytes: Buffer; name: string }> {
  const file = await findPublishedFile(deps.db, id, format);
  if (!file) throw new AppError('NOT_FOUND', `published report ${id} not found`);
  await assertUnitAccess(deps.db, actor, 'unit.read', file.unitId);
  return {
    bytes: file.bytes,
    name: fileNameOf({ kind: file.kind, year: file.year, unit: { name: file.unitName } }, format),
  };
}

/** Figures whose value or wording moved, appeared or disappeared, in the published report's order. */
export function figureChanges(
  published: readonly DocumentFigure[],
  current: readonly DocumentFigure[],
): FigureChange[] {
  const now = new Map(current.map((f) => [f.key, f]));
  const before = new Set(published.map((f) => f.key));
  const changes: FigureChange[] = [];
  for (const f of published) {
    const c = now.get(f.key);
    if (!c) changes.push({ key: f.key, label: f.label, published: f.text, current: null });
    else if (c.text !== f.text || !sameValue(c.value, f.value))
      changes.push({ key: f.key, label: f.label, published: f.text, current: c.text });
  }
  for (const c of current)
    if (!before.has(c.key)) changes.push({ key: c.key, label: c.label, published: null, current: c.text });
  return changes;
}

const sameValue = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
