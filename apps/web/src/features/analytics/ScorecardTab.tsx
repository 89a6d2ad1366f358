import { FileExcelOutlined } from '@ant-design/icons';
import { type ScorecardRow, TARGET_STATUSES, type TargetStatus, todayInVietnam } from '@suotdoi/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter } from '../../components/Filters';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { categoryLabel } from '../institutions/categories';
import type { AnalyticsContext } from './context';
import { categoriesOf } from './format';
import { PublishSwitch } from './PublishSwitch';
import { ScorecardTable } from './ScorecardTable';
import { StatusTag } from './StatusTag';
import {
  ALL_CATEGORIES,
  filterScorecard,
  scorecardCategories,
  scorecardSheet,
  statusCounts,
} from './scorecard-view';

/** The plan's targets for the unit and year: filters, the count by status, export and the table. */
export function ScorecardTab({
  context,
  query,
}: {
  context: AnalyticsContext;
  query: UseQueryResult<ScorecardRow[], unknown>;
}) {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlParams();
  const { rows, indicators, year, unit } = context;
  const status = TARGET_STATUSES.find((s) => s === params.get('status'));
  const categoryParam = params.get('category') ?? undefined;
  const categories = useMemo(() => scorecardCategories(rows), [rows]);
  const category = categoryParam && categories.includes(categoryParam) ? categoryParam : undefined;
  const shown = useMemo(() => filterScorecard(rows, { status, category }), [rows, status, category]);
  const counts = statusCounts(rows);

  const drill = (r: ScorecardRow) =>
    context.update({
      tab: 'league',
      indicator: r.indicator,
      cats: categoriesOf(r).join(',') || '*',
      year: r.dataYear,
    });
  const trend = (r: ScorecardRow) =>
    context.update({ tab: 'trend', indicator: r.indicator, cats: categoriesOf(r).join(',') || '*' });

  const exportSheet = () =>
    downloadSheet(
      `chi-tieu-${unit?.code ?? context.unitId}-${year}-${todayInVietnam()}.xlsx`,
      t('analytics.sheets.scorecard'),
      scorecardSheet(shown, indicators, t, i18n.language),
    );

  return (
    <>
      <Space wrap align="end" className="section no-print analytics-toolbar">
        <Filter htmlFor="scorecard-status" label={t('analytics.filters.status')}>
          <Select<TargetStatus>
            id="scorecard-status"
            data-testid="scorecard-status-filter"
            allowClear
            placeholder={t('common.all')}
            value={status}
            onChange={(v) => update({ status: v })}
            options={TARGET_STATUSES.map((s) => ({
              value: s,
              label: `${t(`analytics.status.${s}`)} (${counts[s]})`,
            }))}
            style={{ width: 190 }}
          />
        </Filter>
        <Filter htmlFor="scorecard-category" label={t('analytics.filters.category')}>
          <Select<string>
            id="scorecard-category"
            data-testid="scorecard-category-filter"
            allowClear
            placeholder={t('common.all')}
            value={category}
            onChange={(v) => update({ category: v })}
            options={categories.map((c) => ({
              value: c,
              label: c === ALL_CATEGORIES ? t('analytics.allCategories') : categoryLabel(c, i18n.language),
            }))}
            popupMatchSelectWidth={false}
            style={{ width: 260 }}
          />
        </Filter>
        <DownloadButton
          icon={<FileExcelOutlined />}
          download={exportSheet}
          disabled={shown.length === 0}
          data-testid="scorecard-export"
        >
          {t('common.exportExcel')}
        </DownloadButton>
        {unit?.level === 'province' ? (
          <PublishSwitch unitId={context.unitId} unitName={unit.name} plan={context.plan} />
        ) : null}
      </Space>
      {query.isError ? <ErrorAlert error={query.error} className="form-alert" /> : null}
      {query.isSuccess && rows.length === 0 ? (
        <Alert type="info" showIcon title={t('analytics.noTargets')} className="form-alert" />
      ) : null}
      {rows.length > 0 ? (
        <ul className="status-summary" aria-label={t('analytics.summary', { n: rows.length })}>
          {TARGET_STATUSES.filter((s) => counts[s] > 0).map((s) => (
            <li key={s}>
              <StatusTag status={s} /> <strong>{counts[s]}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="print-table" data-testid="scorecard-table">
        <ScorecardTable
          rows={shown}
          indicators={indicators}
          year={year}
          loading={query.isPending && query.fetchStatus !== 'idle'}
          onDrill={drill}
          onTrend={trend}
        />
        <Typography.Paragraph type="secondary">
          {t('common.totalRows', { n: shown.length })}
        </Typography.Paragraph>
      </div>
    </>
  );
}
