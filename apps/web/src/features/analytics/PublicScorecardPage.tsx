import { todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getPublicScorecard } from '../../api/analytics';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter, PrintButton } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, formatDateTime } from '../../lib/format';
import { useUrlParams } from '../../lib/use-url-params';
import { planLabel } from '../plans/labels';
import { selectableYears } from './defaults';
import { latestAsOf } from './format';
import { ScorecardTable } from './ScorecardTable';

/** A province's published scorecard, read-only and without sign-in; "not public" when it has been switched off. */
export function PublicScorecardPage() {
  const { t } = useTranslation();
  const { unitId: raw } = useParams();
  const unitId = Number(raw);
  const { update, positiveInt } = useUrlParams();
  const today = todayInVietnam();
  const currentYear = Number(today.slice(0, 4));
  const years = selectableYears(currentYear);
  const yearParam = positiveInt('year');
  const year = yearParam && years.includes(yearParam) ? yearParam : undefined;
  const card = useQuery({
    queryKey: ['public-scorecard', unitId, year ?? null],
    queryFn: ({ signal }) => getPublicScorecard(unitId, year, signal),
    enabled: Number.isInteger(unitId) && unitId > 0,
    retry: (count, error) => count < 2 && (!isApiError(error) || error.status >= 500),
  });
  const back = (
    <Link to="/public/scorecards" className="no-print">
      {t('analytics.public.back')}
    </Link>
  );
  if (card.isPending && card.fetchStatus !== 'idle') return <Skeleton active />;
  if (card.isError || !card.data) {
    const notPublic = !card.isError || (isApiError(card.error) && card.error.status === 404);
    return (
      <Space orientation="vertical" size="middle">
        <PageTitle title={t('analytics.public.listTitle')} />
        {notPublic ? (
          <Alert
            type="info"
            showIcon
            title={t('analytics.public.notPublic')}
            data-testid="public-not-found"
          />
        ) : (
          <ErrorAlert error={card.error} />
        )}
        {back}
      </Space>
    );
  }
  const data = card.data;
  const asOf = latestAsOf(data.rows);
  return (
    <>
      {back}
      <PageTitle
        title={t('analytics.public.title', { unit: data.unit.name })}
        subtitle={
          <Space orientation="vertical" size={0}>
            <span>{t('analytics.public.plan', { plan: planLabel(data.plan) })}</span>
            {asOf ? (
              <Typography.Text type="secondary">
                {t('analytics.dataAsOf', { time: formatDateTime(asOf) })}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary">{t('analytics.public.readOnly')}</Typography.Text>
          </Space>
        }
        extra={<PrintButton testId="public-print" />}
      />
      <div className="section no-print analytics-toolbar">
        <Filter htmlFor="public-year" label={t('analytics.filters.year')}>
          <Select
            id="public-year"
            value={data.year}
            onChange={(v) => update({ year: v })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        </Filter>
      </div>
      <div className="print-only print-header">
        <p>{t('common.printedOn', { date: formatDate(today) })}</p>
      </div>
      <div className="print-table" data-testid="public-scorecard">
        <ScorecardTable rows={data.rows} indicators={data.indicators} year={data.year} />
      </div>
    </>
  );
}
