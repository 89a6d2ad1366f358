import type { ReportEvent } from '@suotdoi/shared';
import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

const COLORS: Record<ReportEvent['action'], string> = {
  submit: 'blue',
  return: 'orange',
  approve: 'green',
  lock: 'gray',
  unlock: 'purple',
};

/** Lịch sử xử lý: each workflow step with who, when (dd/mm/yyyy hh:mm) and the reason given. */
export function ReportHistory({ history }: { history: readonly ReportEvent[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('reporting.history.title')} className="section" data-testid="report-history">
      {history.length === 0 ? (
        <Typography.Text type="secondary">{t('reporting.history.empty')}</Typography.Text>
      ) : (
        <Timeline
          items={history.map((event) => ({
            key: event.id,
            color: COLORS[event.action],
            content: (
              <div>
                <strong>{t(`reporting.history.actions.${event.action}`)}</strong>
                <div className="report-history__meta">
                  {event.actor?.name ?? t('reporting.history.system')} · {formatDateTime(event.at)}
                </div>
                {event.reason ? (
                  <div className="report-history__reason">
                    {t('reporting.history.reason', { reason: event.reason })}
                  </div>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
