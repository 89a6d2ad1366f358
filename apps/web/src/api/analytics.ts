import type {
  AnalyticsIndicator,
  BoundaryInfo,
  FigureScope,
  FiguresResponse,
  PublicScorecard,
  PublicScorecardSetting,
  ScorecardRow,
} from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

/** Đo lường: scorecards, figures, the public scorecards and the map's boundaries (issue 5; schemas/analytics.ts). */

export type {
  AnalyticsIndicator,
  AnalyticsUnit,
  BoundaryInfo,
  Figure,
  FigureScope,
  FiguresResponse,
  PublicScorecard,
  PublicScorecardSetting,
  Reason,
  ReasonCode,
  ScorecardRow,
  TargetStatus,
} from '@suotdoi/shared';

export interface ScorecardParams {
  planId: number;
  unitId?: number;
  year?: number;
  /** The structure date (YYYY-MM-DD) the figures are put on. */
  asOf?: string;
}

/** One row per target of the plan, for the unit and year. */
export const getScorecard = (params: ScorecardParams, signal?: AbortSignal) =>
  apiGet<ScorecardRow[]>('/api/analytics/scorecard', { ...params }, signal);

export interface FiguresParams {
  unitId: number;
  years: readonly number[];
  indicators?: readonly string[];
  categories?: readonly string[];
  scope?: FigureScope;
  asOf?: string;
}

/** Figures of a unit, its children or its institutions, for some years and indicators. */
export const getFigures = (params: FiguresParams, signal?: AbortSignal) =>
  apiGet<FiguresResponse>(
    '/api/analytics/figures',
    {
      unitId: params.unitId,
      years: params.years.join(','),
      indicators: params.indicators?.length ? params.indicators.join(',') : undefined,
      categories: params.categories?.length ? params.categories.join(',') : undefined,
      scope: params.scope,
      asOf: params.asOf,
    },
    signal,
  );

export const listAnalyticsIndicators = (signal?: AbortSignal) =>
  apiGet<AnalyticsIndicator[]>('/api/analytics/indicators', undefined, signal);

/** null when the unit's scorecard was never published. */
export const getPublicScorecardSetting = (unitId: number, signal?: AbortSignal) =>
  apiGet<PublicScorecardSetting | null>(`/api/analytics/public-scorecards/${unitId}`, undefined, signal);

/** Needs analytics.publish on the unit (province officers, the system admin). */
export const setPublicScorecard = (unitId: number, body: { planId: number; enabled: boolean }) =>
  apiRequest<PublicScorecardSetting>('PUT', `/api/analytics/public-scorecards/${unitId}`, { body });

export interface PublicScorecardEntry {
  unit: { id: number; code: string; name: string; kind: string; category: string | null };
  plan: { id: number; symbol: string | null; title: string };
}

/** No sign-in: the provinces whose scorecard is public. */
export const listPublicScorecards = (signal?: AbortSignal) =>
  apiGet<PublicScorecardEntry[]>('/api/public/scorecards', undefined, signal);

/** No sign-in; 404 when the unit's scorecard is not public. */
export const getPublicScorecard = (unitId: number, year: number | undefined, signal?: AbortSignal) =>
  apiGet<PublicScorecard>(`/api/public/scorecards/${unitId}`, { year }, signal);

/** A GeoJSON FeatureCollection, loosely typed: only `properties` of each feature is read here. */
export interface GeoJsonCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: Record<string, unknown> | null; geometry: unknown }[];
}

/** The uploaded province boundaries with what the server found in them; null when none were uploaded. */
export const getBoundaries = (signal?: AbortSignal) =>
  apiGet<{ info: BoundaryInfo; geojson: GeoJsonCollection } | null>(
    '/api/analytics/boundaries',
    undefined,
    signal,
  );

/** When the unit's figures last changed: cheap, asked every LIVE_POLL_MS by an open dashboard. */
export const getAnalyticsChanges = (unitId: number, signal?: AbortSignal) =>
  apiGet<{ asOf: string | null }>('/api/analytics/changes', { unitId }, signal);

/** Needs map.manage (the system admin). */
export const putBoundaries = (body: GeoJsonCollection) =>
  apiRequest<BoundaryInfo>('PUT', '/api/analytics/boundaries', { body });

export const deleteBoundaries = () => apiRequest<void>('DELETE', '/api/analytics/boundaries');
