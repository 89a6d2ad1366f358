import type {
  Activity,
  ActivityCompletion,
  ActivityInput,
  ActivityListQuery,
  ActivityTemplate,
  ActivityUpdate,
  AttendanceList,
  CheckInResult,
  DigitalResource,
  DigitalResourceInput,
  DigitalResourceUpdate,
  HeadcountResult,
  StaffRegistration,
} from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

/** Hoạt động: the institutions' activities, check-in, attendance and digital resources (schemas/activities.ts). */

export type {
  Activity,
  ActivityCompletion,
  ActivityInput,
  ActivityListQuery,
  ActivitySession,
  ActivityStatus,
  ActivityTemplate,
  ActivityType,
  ActivityUpdate,
  AttendanceCounts,
  AttendanceEntry,
  AttendanceList,
  AttendanceSource,
  Audience,
  CheckInResult,
  DigitalResource,
  DigitalResourceInput,
  DigitalResourceUpdate,
  HeadcountResult,
  Recurrence,
  StaffRegistration,
} from '@suotdoi/shared';

export const listActivities = (query: ActivityListQuery, signal?: AbortSignal) =>
  apiGet<Activity[]>('/api/activities', { ...query }, signal);

export const getActivity = (id: number, signal?: AbortSignal) =>
  apiGet<Activity>(`/api/activities/${id}`, undefined, signal);

export const createActivity = (body: ActivityInput) =>
  apiRequest<Activity>('POST', '/api/activities', { body });

/** 409 CONFLICT when `version` is not the stored one: someone else saved in between. */
export const updateActivity = (id: number, body: ActivityUpdate) =>
  apiRequest<Activity>('PATCH', `/api/activities/${id}`, { body });

/** A draft copy; `startsAt` moves the first session (and the rest with it). */
export const copyActivity = (id: number, startsAt?: string) =>
  apiRequest<Activity>('POST', `/api/activities/${id}/copy`, { body: startsAt ? { startsAt } : {} });

/** Registrants are told. */
export const cancelActivity = (id: number, body: { reason: string; version: number }) =>
  apiRequest<Activity>('POST', `/api/activities/${id}/cancel`, { body });

/** Closes attendance: the figures go into the institution's report for the period (`report` says what happened). */
export const completeActivity = (id: number, body: { version: number }) =>
  apiRequest<ActivityCompletion>('POST', `/api/activities/${id}/complete`, { body });

/** Shows a draft on the public portal. */
export const publishActivity = (activity: Pick<Activity, 'id' | 'version'>) =>
  updateActivity(activity.id, { status: 'published', version: activity.version });

export const listActivityTemplates = (signal?: AbortSignal) =>
  apiGet<ActivityTemplate[]>('/api/activities/templates', undefined, signal);

/** Personal data: every read is audited on the server, so it is fetched only when the tab is opened. */
export const listRegistrations = (id: number, signal?: AbortSignal) =>
  apiGet<StaffRegistration[]>(`/api/activities/${id}/registrations`, undefined, signal);

export const checkIn = (id: number, body: { code: string; sessionId?: number }) =>
  apiRequest<CheckInResult>('POST', `/api/activities/${id}/check-ins`, { body });

/** Walk-ins counted by staff; answers the entry and the activity's counts after it. */
export const recordHeadcount = (
  id: number,
  body: { count: number; sessionId?: number; note?: string | null },
) => apiRequest<HeadcountResult>('POST', `/api/activities/${id}/headcounts`, { body });

/** Every attendance figure with its source, and the counts. */
export const listAttendance = (id: number, signal?: AbortSignal) =>
  apiGet<AttendanceList>(`/api/activities/${id}/attendance`, undefined, signal);

export const listResources = (institutionId: number, signal?: AbortSignal) =>
  apiGet<DigitalResource[]>(`/api/institutions/${institutionId}/resources`, undefined, signal);

export const createResource = (institutionId: number, body: DigitalResourceInput) =>
  apiRequest<DigitalResource>('POST', `/api/institutions/${institutionId}/resources`, { body });

export const updateResource = (institutionId: number, id: number, body: DigitalResourceUpdate) =>
  apiRequest<DigitalResource>('PATCH', `/api/institutions/${institutionId}/resources/${id}`, { body });

export const deleteResource = (institutionId: number, id: number) =>
  apiRequest<unknown>('DELETE', `/api/institutions/${institutionId}/resources/${id}`);
