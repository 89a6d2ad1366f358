import { BellOutlined } from '@ant-design/icons';
import { formatPeriod } from '@suotdoi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Empty, Popover, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type Notification,
} from '../api/board';
import { formatDate, formatDateTime } from '../lib/format';
import { useErrorText } from './ErrorAlert';

const QUERY_KEY = ['notifications'];
/** The unread count refreshes every minute (reminders run hourly; workflow steps land at once). */
const REFRESH_MS = 60_000;

/** A notification as a sentence in the UI language, with the unit's name and the period. */
export function notificationText(n: Notification, t: TFunction, lang: 'vi' | 'en'): string {
  const p = n.params;
  return t(`board.notifications.kinds.${n.kind}`, {
    unit: p.unitName,
    period: formatPeriod(p.period, lang),
    deadline: p.deadline ? formatDate(p.deadline) : '',
    days: p.days ?? 0,
    reason: p.reason ?? '',
  });
}

/** Where a notification leads: its report, or the board of its unit when no report was opened yet. */
export function notificationLink(n: Notification): string {
  return n.params.reportId !== null
    ? `/reports/${n.params.reportId}`
    : `/reports/board?unitId=${n.params.unitId}&period=${n.params.period}`;
}

/** The header's bell: the unread count, and the latest notifications in a dropdown. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'vi';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: QUERY_KEY,
    queryFn: ({ signal }) => listNotifications(signal),
    refetchInterval: REFRESH_MS,
  });
  const onError = (error: unknown) => message.error(errorText(error));
  const refresh = () => queryClient.invalidateQueries({ queryKey: QUERY_KEY });
  const readOne = useMutation({ mutationFn: markNotificationRead, onSettled: refresh, onError });
  const readAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh, onError });
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const follow = (n: Notification) => {
    if (!n.readAt) readOne.mutate(n.id);
    setOpen(false);
    navigate(notificationLink(n));
  };

  const content = (
    <div
      className="notification-list"
      data-testid="notification-list"
      style={{ width: 360, maxWidth: '90vw' }}
    >
      <div
        style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}
      >
        <Typography.Text strong>{t('board.notifications.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={readAll.isPending}
          onClick={() => readAll.mutate()}
          data-testid="notification-mark-all"
        >
          {t('board.notifications.markAllRead')}
        </Button>
      </div>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.notifications.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 420, overflowY: 'auto' }}>
          {items.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                onClick={() => follow(n)}
                data-testid={`notification-item-${n.id}`}
                data-read={n.readAt ? 'true' : 'false'}
                style={{
                  display: 'block',
                  width: '100%',
                  textAlign: 'left',
                  border: 0,
                  borderBottom: '1px solid rgba(0,0,0,0.06)',
                  background: n.readAt ? 'transparent' : 'rgba(22,119,255,0.06)',
                  padding: '8px 4px',
                  cursor: 'pointer',
                  font: 'inherit',
                }}
              >
                <Typography.Text strong={!n.readAt}>{notificationText(n, t, lang)}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void refresh();
      }}
      content={content}
    >
      <Button
        type="text"
        aria-label={t('board.notifications.open', { count: unread })}
        data-testid="notification-bell"
        icon={
          <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count">
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
