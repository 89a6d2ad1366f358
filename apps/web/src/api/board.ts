import type { Board, BoardDepth, NotificationList } from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

export type { Board, BoardDepth, BoardRow, BoardStatus, BoardTotal, Notification } from '@suotdoi/shared';

export interface BoardParams {
  unitId: number;
  period: string;
  depth: BoardDepth;
  formId?: number;
}

/** Tiến độ báo cáo: the expected reports below a unit for a period, with figures and totals. */
export const getBoard = (params: BoardParams, signal?: AbortSignal) =>
  apiGet<Board>('/api/reporting/board', { ...params }, signal);

export const listNotifications = (signal?: AbortSignal) =>
  apiGet<NotificationList>('/api/notifications', { limit: 30 }, signal);

export const markNotificationRead = (id: number) => apiRequest<void>('POST', `/api/notifications/${id}/read`);

export const markAllNotificationsRead = () =>
  apiRequest<{ marked: number }>('POST', '/api/notifications/read-all');
