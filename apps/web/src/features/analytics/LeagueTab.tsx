import { FileExcelOutlined, WarningOutlined } from '@ant-design/icons';
import { compareVi, type FigureScope, todayInVietnam } from '@suotdoi/shared';
import { Alert, Card, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { type HTMLAttributes, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { clientPagination } from '../../lib/table';
import { downloadSheet } from '../../lib/xlsx';
import { langOf } from '../institutions/categories';
import type { AnalyticsContext } from './context';
import { completenessText, formatFigure, reasonText } from './format';
import { IndicatorFilter } from './IndicatorFilter';
import { type LeagueRow, leagueRows, reportedShare } from './league';
import { useFigures } from './queries';
import { round, unitKey } from './scorecard-view';

/** Which units lie below: a province's or the country's children, a commune's institutions. */
export function scopeBelow(level: string | undefined): FigureScope | null {
  if (level === 'country' || level === 'province') return 'children';
  if (level === 'commune' || level === 'district') return 'institutions';
  return null;
}

/**
 * Xếp hạng: the units below the chosen one ranked by an indicator for the year, with how complete their reports
 * are. A unit's name drills down (province → communes → institutions), keeping indicator, categories and year;
 * the breadcrumb above goes back up.
 */
export function LeagueTab({ context }: { context: AnalyticsContext }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { unitId, unit, year, asOf, indicators, indicator, categories } = context;
  const info = indicators.find((i) => i.code === indicator);
  const unitOfMeasure = info?.unit ?? 'number';
  const scope = scopeBelow(unit?.level);
  const base = indicator ? { unitId, years: [year], indicators: [indicator], categories, asOf } : undefined;
  const below = useFigures(base && scope ? { ...base, scope } : undefined);
  const own = useFigures(base ? { ...base, scope: 'self' } : undefined);
  const ownFigure = own.data?.figures.find((f) => f.indicator === indicator && f.year === year) ?? null;

  const rows = useMemo(
    () => (below.data && indicator ? leagueRows(below.data, indicator, year, info?.direction) : []),
    [below.data, indicator, year, info?.direction],
  );
  const name = info?.name[langOf(lang)] ?? indicator ?? '';

  const unitCell = (r: LeagueRow) =>
    r.unit.kind === 'institution' ? (
      <Link
        to={`/institutions/${r.unit.id}`}
        aria-label={t('analytics.league.openInstitution', { name: r.unit.name })}
      >
        {r.unit.name}
      </Link>
    ) : (
      <Link
        to={{ search: context.searchWith({ unitId: r.unit.id, tab: 'league' }) }}
        data-testid={`league-drill-${r.unit.id}`}
      >
        {r.unit.name}
      </Link>
    );

  const columns: ColumnsType<LeagueRow> = [
    {
      title: t('analytics.columns.rank'),
      key: 'rank',
      align: 'right',
      width: 72,
      sorter: (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
      render: (_: unknown, r) => r.rank ?? '—',
    },
    {
      title: t('analytics.columns.unit'),
      key: 'unit',
      sorter: (a, b) => compareVi(a.unit.name, b.unit.name),
      render: (_: unknown, r) => (
        <span className="cell-wrap">
          {unitCell(r)}
          <Typography.Text type="secondary"> · {r.unit.code}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('analytics.columns.value'),
      key: 'value',
      align: 'right',
      sorter: (a, b) => (a.figure?.actual ?? -Infinity) - (b.figure?.actual ?? -Infinity),
      render: (_: unknown, r) =>
        r.figure?.actual != null ? (
          <strong data-testid={`league-value-${r.unit.id}`}>
            {formatFigure(r.figure.actual, unitOfMeasure, lang)}
          </strong>
        ) : (
          <Typography.Text type="secondary">
            {reasonText(r.figure?.reason ?? null, unitOfMeasure, t, lang) || t('analytics.noData')}
          </Typography.Text>
        ),
    },
    {
      title: t('analytics.columns.completeness'),
      key: 'completeness',
      sorter: (a, b) => (reportedShare(a.figure) ?? -1) - (reportedShare(b.figure) ?? -1),
      render: (_: unknown, r) => {
        const f = r.figure;
        if (!f) return '—';
        const incomplete = f.expected > 0 && f.reported < f.expected;
        return (
          <span className={incomplete ? 'completeness completeness--partial' : 'completeness'}>
            {incomplete ? <WarningOutlined aria-hidden /> : null}{' '}
            {t('analytics.reportedOf', { count: completenessText(f.reported, f.expected, lang) })}
          </span>
        );
      },
    },
  ];

  const exportSheet = () =>
    downloadSheet(
      `xep-hang-${unit?.code ?? unitId}-${indicator}-${year}-${todayInVietnam()}.xlsx`,
      t('analytics.sheets.league'),
      [
        [
          t('analytics.columns.rank'),
          t('analytics.columns.unit'),
          t('analytics.columns.code'),
          `${name} (${t(`analytics.units.${unitKey(unitOfMeasure)}`)})`,
          t('analytics.columns.reason'),
          t('analytics.columns.reported'),
          t('analytics.columns.expected'),
          t('analytics.columns.submitted'),
        ],
        ...rows.map((r) => [
          r.rank,
          r.unit.name,
          r.unit.code,
          r.figure?.actual == null ? null : round(r.figure.actual),
          reasonText(r.figure?.reason ?? null, unitOfMeasure, t, lang),
          r.figure ? round(r.figure.reported) : null,
          r.figure ? round(r.figure.expected) : null,
          r.figure ? round(r.figure.submitted) : null,
        ]),
      ],
    );

  return (
    <>
      <Space wrap align="end" className="section no-print analytics-toolbar">
        <IndicatorFilter context={context} idPrefix="league" />
        <DownloadButton
          icon={<FileExcelOutlined />}
          download={exportSheet}
          disabled={rows.length === 0}
          data-testid="league-export"
        >
          {t('common.exportExcel')}
        </DownloadButton>
      </Space>
      {below.isError ? <ErrorAlert error={below.error} className="form-alert" /> : null}
      {own.isError && !below.isError ? <ErrorAlert error={own.error} className="form-alert" /> : null}
      {unit && scope === null ? <Alert type="info" showIcon title={t('analytics.noData')} /> : null}
      {unit && indicator ? (
        <Card className="section" size="small">
          <Statistic
            title={t('analytics.league.self', { unit: unit.name })}
            value={
              ownFigure?.actual != null
                ? formatFigure(ownFigure.actual, unitOfMeasure, lang)
                : t('analytics.noData')
            }
            loading={own.isPending && own.fetchStatus !== 'idle'}
          />
          {ownFigure ? (
            <Typography.Text type="secondary">
              {t('analytics.reportedOf', {
                count: completenessText(ownFigure.reported, ownFigure.expected, lang),
              })}
            </Typography.Text>
          ) : null}
        </Card>
      ) : null}
      {scope ? (
        <div className="print-table" data-testid="league-table">
          <Typography.Title level={2} className="subheading">
            {scope === 'institutions'
              ? t('analytics.league.institutions', { unit: unit?.name ?? '', year })
              : t('analytics.league.children', { unit: unit?.name ?? '' })}
          </Typography.Title>
          {scope === 'children' ? (
            <Typography.Paragraph type="secondary" className="no-print">
              {t('analytics.league.drillHint')}
            </Typography.Paragraph>
          ) : null}
          <Table<LeagueRow>
            rowKey={(r) => r.unit.id}
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={below.isPending && below.fetchStatus !== 'idle'}
            scroll={{ x: 'max-content' }}
            pagination={clientPagination(rows.length)}
            onRow={(r) => ({ 'data-testid': `league-row-${r.unit.id}` }) as HTMLAttributes<HTMLElement>}
            locale={{ emptyText: t('analytics.noData') }}
          />
        </div>
      ) : null}
    </>
  );
}
