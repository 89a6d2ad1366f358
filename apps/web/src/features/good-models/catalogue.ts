import {
  CONTENT_TOPICS,
  type ContentTopic,
  compareVi,
  GOOD_MODEL_STATUSES,
  type GoodModel,
  type GoodModelListQuery,
  type GoodModelStatus,
  INSTITUTION_CATEGORIES,
  type InstitutionCategory,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import type { ParamPatch } from '../../lib/use-url-params';
import type { Cell } from '../../lib/xlsx';
import { categoriesText, dayOf, topicLabel } from './labels';

/**
 * The catalogue's filters as the URL keeps them (shareable, kept on reload), the list queries they make, the
 * order of the cards and the rows of the Excel export. No React.
 */

/** all: every published model; mine: the models of my units, drafts included. */
export const SCOPES = ['all', 'mine'] as const;
export type Scope = (typeof SCOPES)[number];

/** newest: the latest published first; adopted: the most adopted first. */
export const SORTS = ['newest', 'adopted'] as const;
export type CatalogueSort = (typeof SORTS)[number];

export interface CatalogueFilters {
  topic?: ContentTopic;
  category?: InstitutionCategory;
  q?: string;
  scope: Scope;
  status?: GoodModelStatus;
  sort: CatalogueSort;
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** The filters a URL holds; a stale or hand-edited value falls back to none (or the default). */
export function filtersFromParams(params: URLSearchParams): CatalogueFilters {
  const q = (params.get('q') ?? '').trim().slice(0, 100);
  return {
    topic: oneOf(params.get('topic'), CONTENT_TOPICS),
    category: oneOf(params.get('category'), INSTITUTION_CATEGORIES),
    ...(q ? { q } : {}),
    scope: oneOf(params.get('scope'), SCOPES) ?? 'all',
    status: oneOf(params.get('status'), GOOD_MODEL_STATUSES),
    sort: oneOf(params.get('sort'), SORTS) ?? 'newest',
  };
}

/** The URL patch of the filters: defaults and blanks leave their key out, so a plain link stays plain. */
export function filtersToParams(filters: CatalogueFilters): ParamPatch {
  return {
    topic: filters.topic,
    category: filters.category,
    q: filters.q?.trim() || undefined,
    scope: filters.scope === 'all' ? undefined : filters.scope,
    status: filters.status,
    sort: filters.sort === 'newest' ? undefined : filters.sort,
  };
}

/** How many filters narrow the list (the phone's "more filters" button counts them). */
export function activeFilterCount(filters: CatalogueFilters): number {
  return [
    filters.topic,
    filters.category,
    filters.status,
    filters.scope === 'mine' ? 'mine' : undefined,
  ].filter(Boolean).length;
}

/**
 * The GET /api/good-models queries of the filters. All: published models of every unit (a chosen status
 * overrides: a writer asking for drafts gets those of their scope). Mine: one query per unit of mine (the header's
 * unit, or each unit my roles are on), drafts included unless a status is chosen; none without units.
 */
export function listQueries(filters: CatalogueFilters, myUnitIds: readonly number[]): GoodModelListQuery[] {
  const common: GoodModelListQuery = {
    ...(filters.topic ? { topic: filters.topic } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
  if (filters.scope === 'all') return [{ ...common, status: filters.status ?? 'published' }];
  return [...new Set(myUnitIds)].map((unitId) => ({
    ...common,
    unitId,
    ...(filters.status ? { status: filters.status } : {}),
  }));
}

/** The lists of several queries as one, each model once. */
export function mergeModels(lists: readonly (readonly GoodModel[] | undefined)[]): GoodModel[] {
  const byId = new Map<number, GoodModel>();
  for (const list of lists) for (const m of list ?? []) byId.set(m.id, m);
  return [...byId.values()];
}

/** When the model came out: published, else last saved (a draft). */
const shownAt = (m: GoodModel) => Date.parse(m.publishedAt ?? m.updatedAt);

/** The cards' order; ties by the newest, then the title. */
export function sortModels(rows: readonly GoodModel[], sort: CatalogueSort): GoodModel[] {
  return [...rows].sort(
    (a, b) =>
      (sort === 'adopted' ? b.adoptionCount - a.adoptionCount : 0) ||
      shownAt(b) - shownAt(a) ||
      compareVi(a.title, b.title),
  );
}

/** The page a model is read at, for the export's link column. */
export const modelPath = (id: number) => `/good-models/${id}`;

/** The Excel sheet of the list, in the order shown: a header row, then one row per model. */
export function catalogueExportRows(
  rows: readonly GoodModel[],
  ctx: { t: TFunction; language: string; origin: string },
): Cell[][] {
  const { t, language, origin } = ctx;
  const c = (key: string) => t(`goodModels.columns.${key}`);
  return [
    [
      c('title'),
      c('unit'),
      c('province'),
      c('topic'),
      c('categories'),
      c('summary'),
      c('status'),
      c('publishedAt'),
      c('adoptions'),
      c('contactName'),
      c('contactPhone'),
      c('contactEmail'),
      c('link'),
    ],
    ...rows.map((m) => [
      m.title,
      m.unit.name,
      m.province?.name ?? '',
      topicLabel(m.topic, t),
      categoriesText(m.categories, t, language),
      m.summary,
      t(`goodModels.statuses.${m.status}`),
      dayOf(m.publishedAt),
      m.adoptionCount,
      m.contactName,
      m.contactPhone ?? '',
      m.contactEmail ?? '',
      `${origin}${modelPath(m.id)}`,
    ]),
  ];
}
