import { createHash } from 'node:crypto';
import type { DocumentKind, DocumentModel, Lang } from '@suotdoi/shared';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { buildAnnualModel } from './annual-model';
import { renderModelCharts } from './charts/render-chart';
import { gatherInputs, REVIEW_YEAR } from './document-inputs';
import { writeDocx } from './docx/write-docx';
import { buildReviewModel } from './review-model';
import { writeAnnexesXlsx } from './xlsx/write-annexes';

/** What to generate: an annual report for a year, or a review (its year is its milestone). */
export interface GenerateRequest {
  kind: DocumentKind;
  unitId: number;
  year?: number;
  planId?: number;
  lang: Lang;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The year a request is about: the annual report's year, or the review's milestone. */
export function yearOf(req: GenerateRequest, today: Date): number {
  if (req.kind !== 'annual') return REVIEW_YEAR[req.kind];
  return req.year ?? Number(today.toISOString().slice(0, 4));
}

/**
 * The document tree of a report, from the data as the person may see it. Every writer (DOCX, XLSX, the print
 * view) lays out this one tree, so they agree with each other and with the dashboards.
 */
export async function generateModel(
  actor: Actor,
  req: GenerateRequest,
  deps: ServiceDeps,
): Promise<DocumentModel> {
  const year = yearOf(req, deps.clock());
  const inputs = await gatherInputs(
    actor,
    { kind: req.kind, unitId: req.unitId, year, planId: req.planId, lang: req.lang },
    deps,
  );
  return req.kind === 'annual' ? buildAnnualModel(inputs) : buildReviewModel(inputs);
}

export const renderDocx = (model: DocumentModel): Promise<Buffer> =>
  writeDocx(model, renderModelCharts(model));

export const renderXlsx = (model: DocumentModel): Promise<Buffer> => writeAnnexesXlsx(model);

/**
 * SHA-256 of what the document says: its tree without the moments it was generated and its data last moved
 * (neither is printed). Two generations from the same figures hash alike; any changed figure or sentence
 * changes it.
 */
export function contentHashOf(model: DocumentModel): string {
  const { generatedAt: _at, dataAsOf: _asOf, ...content } = model;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** "bao-cao-nam-2026-tinh-ninh-binh.docx": ASCII, so every mail client and file system keeps it. */
export function fileNameOf(
  model: { kind: DocumentKind; year: number; unit: { name: string } },
  ext: 'docx' | 'xlsx',
): string {
  const kind = { annual: 'bao-cao-nam', midterm: 'so-ket', final: 'tong-ket' }[model.kind];
  const unit = model.unit.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${kind}-${model.year}-${unit}${ext === 'xlsx' ? '-phu-luc' : ''}.${ext}`;
}
