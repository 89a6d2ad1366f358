import { todayInVietnam } from '@suotdoi/shared';
import { Alert, Card, Space, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { langOf } from '../institutions/categories';
import { formatTarget } from '../plans/target-format';
import type { AnalyticsContext } from './context';
import { yearRange } from './defaults';
import { EChart } from './EChart';
import { completenessText, formatFigure, reasonText } from './format';
import { IndicatorFilter } from './IndicatorFilter';
import { useFigures } from './queries';
import { targetBands, trendOption } from './trend-chart';

interface YearRow {
  year: number;
  actual: number | null;
  text: string;
  reported: number;
  expected: number;
}

/** One indicator of the unit across the years since the plan, with the plan's targets as bands. */
export function TrendTab({ context }: { context: AnalyticsContext }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { plan, unitId, unit, asOf, rows, indicators, indicator, categories } = context;
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const planYear = Number(plan.date.slice(0, 4)) || currentYear;
  const years = useMemo(
    () => yearRange(Math.min(planYear, context.year), Math.max(currentYear, context.year)),
    [planYear, context.year, currentYear],
  );
  const info = indicators.find((i) => i.code === indicator);
  const unitOfMeasure = info?.unit ?? rows.find((r) => r.indicator === indicator)?.unit ?? 'number';

  const figures = useFigures(
    indicator ? { unitId, years, indicators: [indicator], categories, scope: 'self', asOf } : undefined,
  );
  const points: YearRow[] = useMemo(() => {
    const mine = figures.data?.figures ?? [];
    return years.map((year) => {
      const f = mine.find((x) => x.year === year);
      return {
        year,
        actual: f?.actual ?? null,
        text: f?.actual == null ? reasonText(f?.reason ?? null, unitOfMeasure, t, lang) : '',
        reported: f?.reported ?? 0,
        expected: f?.expected ?? 0,
      };
    });
  }, [figures.data, years, unitOfMeasure, t, lang]);

  const bands = useMemo(
    () =>
      indicator
        ? targetBands(rows, indicator, categories, (r) =>
            t('analytics.trend.target', { year: r.year, target: formatTarget(r.target, r.unit, lang) }),
          )
        : [],
    [rows, indicator, categories, t, lang],
  );
  const option = useMemo(
    () =>
      trendOption({
        points,
        bands,
        isPercent: unitOfMeasure === 'percent',
        seriesName: t('analytics.trend.actual'),
        bandName: t('analytics.trend.targetBand'),
        formatValue: (v) => formatFigure(v, unitOfMeasure, lang),
      }),
    [points, bands, unitOfMeasure, t, lang],
  );
  const name = info?.name[langOf(lang)] ?? indicator ?? '';
  const hasData = points.some((p) => p.actual !== null);

  return (
    <>
      <Space wrap align="end" className="section no-print analytics-toolbar">
        <IndicatorFilter context={context} idPrefix="trend" />
      </Space>
      {!indicator ? <Alert type="info" showIcon title={t('analytics.trend.pickIndicator')} /> : null}
      {figures.isError ? <ErrorAlert error={figures.error} className="form-alert" /> : null}
      {indicator ? (
        <Card title={name} className="section" loading={figures.isPending && figures.fetchStatus !== 'idle'}>
          {!hasData && figures.isSuccess ? (
            <Alert type="info" showIcon title={t('analytics.noData')} className="form-alert" />
          ) : null}
          <EChart
            option={option}
            className="trend-chart"
            label={t('analytics.trend.chartLabel', {
              indicator: name,
              unit: unit?.name ?? '',
              from: years[0],
              to: years.at(-1),
            })}
            data-testid="trend-chart"
          />
          <Typography.Title level={2} className="subheading">
            {t('analytics.trend.table')}
          </Typography.Title>
          <Table<YearRow>
            rowKey="year"
            size="small"
            pagination={false}
            dataSource={points}
            data-testid="trend-table"
            columns={[
              { title: t('analytics.trend.year'), key: 'year', dataIndex: 'year' },
              {
                title: t('analytics.columns.actual'),
                key: 'actual',
                align: 'right',
                render: (_: unknown, p) =>
                  p.actual === null ? (
                    <Typography.Text type="secondary">{p.text || t('analytics.noData')}</Typography.Text>
                  ) : (
                    formatFigure(p.actual, unitOfMeasure, lang)
                  ),
              },
              {
                title: t('analytics.columns.completeness'),
                key: 'completeness',
                render: (_: unknown, p) =>
                  t('analytics.reportedOf', { count: completenessText(p.reported, p.expected, lang) }),
              },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}
