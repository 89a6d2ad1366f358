import type {
  EvidenceOptions,
  NominationInput,
  NominationUpdate,
  Recognition,
  RecognitionListQuery,
  Task,
} from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

/** Khen thưởng: nominations, their workflow and the register (schemas/recognition.ts). */

export type {
  EvidenceLink,
  EvidenceLinkInput,
  EvidenceOptions,
  NominationInput,
  NominationUpdate,
  NomineeKind,
  Recognition,
  RecognitionForm,
  RecognitionListQuery,
  RecognitionStatus,
} from '@suotdoi/shared';

/** The register: nominees in the unit's subtree (everything in the person's scope without a unit). */
export const listRecognitions = (query: RecognitionListQuery, signal?: AbortSignal) =>
  apiGet<Recognition[]>('/api/recognitions', { ...query }, signal);

export const getRecognition = (id: number, signal?: AbortSignal) =>
  apiGet<Recognition>(`/api/recognitions/${id}`, undefined, signal);

/** What a nomination of the unit for the year may point at: the pickers of the nomination form. */
export const getEvidenceOptions = (unitId: number, year: number, signal?: AbortSignal) =>
  apiGet<EvidenceOptions>('/api/recognitions/evidence-options', { unitId, year }, signal);

export const createNomination = (body: NominationInput) =>
  apiRequest<Recognition>('POST', '/api/recognitions', { body });

/** Only while nominated; 409 CONFLICT when `version` is not the stored one. */
export const updateNomination = (id: number, body: NominationUpdate) =>
  apiRequest<Recognition>('PATCH', `/api/recognitions/${id}`, { body });

/** Withdraw: only while nominated. */
export const withdrawNomination = (id: number) => apiRequest<unknown>('DELETE', `/api/recognitions/${id}`);

export const reviewNomination = (id: number, body: { note?: string | null; version: number }) =>
  apiRequest<Recognition>('POST', `/api/recognitions/${id}/review`, { body });

export const grantNomination = (
  id: number,
  body: { decisionNumber: string; decisionDate: string; version: number },
) => apiRequest<Recognition>('POST', `/api/recognitions/${id}/grant`, { body });

export const declineNomination = (id: number, body: { reason: string; version: number }) =>
  apiRequest<Recognition>('POST', `/api/recognitions/${id}/decline`, { body });

/** A task named as evidence, for the link to its plan (the evidence holds only the task's id). */
export const getEvidenceTask = (id: number, signal?: AbortSignal) =>
  apiGet<Task>(`/api/tasks/${id}`, undefined, signal);
