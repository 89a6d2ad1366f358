import type {
  AdoptionInput,
  GoodModel,
  GoodModelInput,
  GoodModelListQuery,
  GoodModelUpdate,
} from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

/** Mô hình hay: good models, their frozen figures and photos, and the units that adopted them (schemas/good-models.ts). */

export type {
  Adoption,
  AdoptionInput,
  GoodModel,
  GoodModelFigure,
  GoodModelInput,
  GoodModelListQuery,
  GoodModelStatus,
  GoodModelUpdate,
} from '@suotdoi/shared';

/** Published models of every unit, plus drafts inside the reader's scope; `adoptions` is empty in lists. */
export const listGoodModels = (query: GoodModelListQuery, signal?: AbortSignal) =>
  apiGet<GoodModel[]>('/api/good-models', { ...query }, signal);

/** One model with its adoptions; 404 for a draft outside the reader's scope. */
export const getGoodModel = (id: number, signal?: AbortSignal) =>
  apiGet<GoodModel>(`/api/good-models/${id}`, undefined, signal);

/** The server reads each {indicator, year} from the unit's figures and freezes it with the model. */
export const createGoodModel = (body: GoodModelInput) =>
  apiRequest<GoodModel>('POST', '/api/good-models', { body });

/** 409 CONFLICT when `version` is not the stored one: someone else saved in between. */
export const updateGoodModel = (id: number, body: GoodModelUpdate) =>
  apiRequest<GoodModel>('PATCH', `/api/good-models/${id}`, { body });

/** 409 CONFLICT once a unit has adopted it. */
export const deleteGoodModel = (id: number) => apiRequest<void>('DELETE', `/api/good-models/${id}`);

/** "Chúng tôi đã áp dụng": answers the model with its adoptions. */
export const adoptGoodModel = (id: number, body: AdoptionInput) =>
  apiRequest<GoodModel>('POST', `/api/good-models/${id}/adoptions`, { body });

export const removeAdoption = (id: number, adoptionId: number) =>
  apiRequest<void>('DELETE', `/api/good-models/${id}/adoptions/${adoptionId}`);
