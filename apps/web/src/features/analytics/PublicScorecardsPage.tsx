import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listPublicScorecards } from '../../api/analytics';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { planLabel } from '../plans/labels';

/** Bảng chỉ tiêu công khai: the provinces that publish their scorecard, open to anyone. */
export function PublicScorecardsPage() {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['public-scorecards'],
    queryFn: ({ signal }) => listPublicScorecards(signal),
  });
  return (
    <>
      <PageTitle title={t('analytics.public.listTitle')} subtitle={t('analytics.public.listIntro')} />
      {list.isPending ? <Skeleton active /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess && list.data.length === 0 ? (
        <Alert type="info" showIcon title={t('analytics.public.empty')} />
      ) : null}
      {list.isSuccess && list.data.length > 0 ? (
        <Card>
          <List
            data-testid="public-scorecards"
            dataSource={list.data}
            renderItem={(entry) => (
              <List.Item key={entry.unit.id}>
                <List.Item.Meta
                  title={
                    <Link
                      to={`/public/scorecards/${entry.unit.id}`}
                      data-testid={`public-link-${entry.unit.id}`}
                    >
                      {entry.unit.name}
                    </Link>
                  }
                  description={<Typography.Text type="secondary">{planLabel(entry.plan)}</Typography.Text>}
                />
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </>
  );
}
