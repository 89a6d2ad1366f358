import type {
  CreateEvent,
  CreateUnit,
  LineageKind,
  RestructuringEvent,
  RestructuringEventDetail,
  Successor,
  Unit,
  UnitDetail,
  UnitKind,
  UpdateUnit,
} from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

export interface UnitListParams {
  level?: UnitKind;
  asOf?: string;
  parentId?: number;
  q?: string;
  limit?: number;
}

export const listUnits = (params: UnitListParams, signal?: AbortSignal) =>
  apiGet<Unit[]>('/api/units', { ...params }, signal);

export const getUnit = (id: number, signal?: AbortSignal) =>
  apiGet<UnitDetail>(`/api/units/${id}`, undefined, signal);

export const listChildren = (id: number, asOf: string | undefined, signal?: AbortSignal) =>
  apiGet<Unit[]>(`/api/units/${id}/children`, { asOf }, signal);

export const listAncestors = (id: number, asOf: string | undefined, signal?: AbortSignal) =>
  apiGet<Unit[]>(`/api/units/${id}/ancestors`, { asOf }, signal);

export const listSuccessors = (id: number, date: string | undefined, signal?: AbortSignal) =>
  apiGet<Successor[]>(`/api/units/${id}/successors`, { date }, signal);

export const createUnit = (body: CreateUnit) => apiRequest<Unit>('POST', '/api/units', { body });

/** Corrects a mistake without history; a real rename or move is a restructuring event. */
export const updateUnit = (id: number, body: UpdateUnit) =>
  apiRequest<Unit>('PATCH', `/api/units/${id}`, { body });

export interface EventListParams {
  from?: string;
  to?: string;
  unitId?: number;
  kind?: LineageKind;
  limit?: number;
}
export const listEvents = (params: EventListParams, signal?: AbortSignal) =>
  apiGet<RestructuringEvent[]>('/api/restructuring-events', { ...params }, signal);

export const getEvent = (id: number, signal?: AbortSignal) =>
  apiGet<RestructuringEventDetail>(`/api/restructuring-events/${id}`, undefined, signal);

export const createEvent = (body: CreateEvent) =>
  apiRequest<RestructuringEvent>('POST', '/api/restructuring-events', { body });
