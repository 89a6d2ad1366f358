import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleHistoryEntry } from '../../api/articles';
import { formatDateTime } from '../../lib/format';
import { HISTORY_ACTIONS, historyAction } from './article-workflow';

const COLORS: Record<string, string> = {
  create: 'gray',
  update: 'gray',
  submit: 'blue',
  publish: 'green',
  return: 'orange',
  unpublish: 'red',
};

/** The article's steps from the audit log, oldest first: what, who, when (dd/mm/yyyy HH:mm) and the note. */
export function ArticleHistory({
  history,
  loading,
}: {
  history: readonly ArticleHistoryEntry[];
  loading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className="section article-history"
      title={<h2 className="article-card-heading">{t('articles.history.title')}</h2>}
      loading={loading && history.length === 0}
      data-testid="article-history"
    >
      {history.length === 0 ? (
        <Typography.Text type="secondary">{t('articles.history.empty')}</Typography.Text>
      ) : (
        <Timeline
          items={history.map((h, i) => {
            const action = historyAction(h.action);
            const known = (HISTORY_ACTIONS as readonly string[]).includes(action);
            return {
              key: `${h.at}-${i}`,
              color: COLORS[action] ?? 'gray',
              content: (
                <div className="history-entry">
                  <strong>{known ? t(`articles.history.actions.${action}`) : h.action}</strong>
                  <div className="history-entry__meta">
                    {h.username ?? t('articles.history.system')} ·{' '}
                    <time dateTime={h.at}>{formatDateTime(h.at)}</time>
                  </div>
                  {h.note ? <p className="history-entry__note pre-wrap">{h.note}</p> : null}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
