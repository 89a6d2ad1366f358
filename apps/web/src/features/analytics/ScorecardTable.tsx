import { ApartmentOutlined, LineChartOutlined, WarningOutlined } from '@ant-design/icons';
import type { AnalyticsIndicator, ScorecardRow } from '@suotdoi/shared';
import { Button, Grid, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { type HTMLAttributes, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { clientPagination } from '../../lib/table';
import { formatTarget } from '../plans/target-format';
import {
  categoriesText,
  completenessText,
  formatFigure,
  formatGap,
  reasonText,
  targetYearText,
} from './format';
import { Sparkline } from './Sparkline';
import { StatusTag } from './StatusTag';
import { indicatorName, scorecardSorters } from './scorecard-view';

interface Props {
  rows: readonly ScorecardRow[];
  indicators: readonly AnalyticsIndicator[] | undefined;
  /** The year asked: a row whose figure is of another year (a passed milestone) says which. */
  year: number;
  loading?: boolean;
  /** Signed-in pages: open the indicator by unit, or its trend. The public page has neither. */
  onDrill?: (row: ScorecardRow) => void;
  onTrend?: (row: ScorecardRow) => void;
}

/** The completeness of a row's figure: "3/40 đơn vị báo cáo", with a warning while reports are missing. */
function Completeness({ row }: { row: ScorecardRow }) {
  const { t, i18n } = useTranslation();
  const text = t('analytics.reportedOf', {
    count: completenessText(row.reported, row.expected, i18n.language),
  });
  const incomplete = row.expected > 0 && row.reported < row.expected;
  return (
    <span className="cell-wrap" data-testid={`scorecard-completeness-${row.targetId}`}>
      {incomplete ? (
        <Tooltip title={t('analytics.incomplete')}>
          <span className="completeness completeness--partial">
            <WarningOutlined aria-hidden /> {text}
            <span className="visually-hidden">. {t('analytics.incomplete')}</span>
          </span>
        </Tooltip>
      ) : (
        <span className="completeness">{text}</span>
      )}
    </span>
  );
}

/**
 * The scorecard on a phone: one card per target, the figures that matter first (target, actual, status and
 * why), so nothing needs scrolling sideways. Same test ids as the table's cells.
 */
function ScorecardCards({
  rows,
  names,
  year,
  onDrill,
  onTrend,
}: Omit<Props, 'indicators' | 'loading'> & { names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (rows.length === 0)
    return <Typography.Paragraph type="secondary">{t('analytics.noData')}</Typography.Paragraph>;
  return (
    <ul className="scorecard-cards">
      {rows.map((r) => {
        const name = names.get(r.indicator) ?? r.indicator;
        return (
          <li
            key={r.targetId}
            className="scorecard-card"
            data-testid={`scorecard-row-${r.targetId}`}
            data-status={r.status}
          >
            <div className="scorecard-card__title">{name}</div>
            <Typography.Text type="secondary" className="scorecard__category">
              {categoriesText(r, t, lang)}
            </Typography.Text>
            <dl className="scorecard-card__figures">
              <div>
                <dt>{t('analytics.columns.target')}</dt>
                <dd>
                  {formatTarget(r.target, r.unit, lang)} · {targetYearText(r, t)}
                </dd>
              </div>
              <div>
                <dt>{t('analytics.columns.actual')}</dt>
                <dd data-testid={`scorecard-actual-${r.targetId}`}>
                  {r.actual === null ? (
                    t('analytics.noData')
                  ) : (
                    <strong>{formatFigure(r.actual, r.unit, lang)}</strong>
                  )}
                  {r.dataYear !== year ? ` (${t('analytics.dataYearNote', { year: r.dataYear })})` : null}
                </dd>
              </div>
              <div>
                <dt>{t('analytics.columns.gap')}</dt>
                <dd>{formatGap(r.gap, r.unit, lang)}</dd>
              </div>
            </dl>
            <div data-testid={`scorecard-status-${r.targetId}`}>
              <StatusTag status={r.status} />{' '}
              {r.reason ? (
                <Typography.Text type="secondary">{reasonText(r.reason, r.unit, t, lang)}</Typography.Text>
              ) : null}
            </div>
            <div className="scorecard-card__footer">
              <Completeness row={r} />
              <Sparkline points={r.trend} unit={r.unit} />
            </div>
            {onDrill || onTrend ? (
              <Space size={0} wrap className="no-print">
                {onDrill ? (
                  <Button type="link" size="small" icon={<ApartmentOutlined />} onClick={() => onDrill(r)}>
                    {t('analytics.drill')}
                  </Button>
                ) : null}
                {onTrend ? (
                  <Button type="link" size="small" icon={<LineChartOutlined />} onClick={() => onTrend(r)}>
                    {t('analytics.showTrend')}
                  </Button>
                ) : null}
              </Space>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A plan's targets for a unit and year: target, actual, gap, status with its reason, how complete the reports
 * are, and the trend. Shared by the dashboard and the public page; sorting is in the table, filters outside.
 */
export function ScorecardTable({ rows, indicators, year, loading, onDrill, onTrend }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const screens = Grid.useBreakpoint();
  const names = useMemo(
    () => new Map(rows.map((r) => [r.indicator, indicatorName(r.indicator, indicators, lang)])),
    [rows, indicators, lang],
  );

  const columns: ColumnsType<ScorecardRow> = [
    {
      title: t('analytics.columns.indicator'),
      key: 'indicator',
      fixed: 'left',
      width: 280,
      sorter: scorecardSorters.indicator(names),
      render: (_: unknown, r) => (
        <span className="scorecard__indicator">
          {names.get(r.indicator)}
          <br />
          <Typography.Text type="secondary" className="scorecard__category">
            {categoriesText(r, t, lang)}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('analytics.columns.target'),
      key: 'target',
      sorter: scorecardSorters.year,
      render: (_: unknown, r) => (
        <span className="cell-nowrap">
          <strong>{formatTarget(r.target, r.unit, lang)}</strong>
          <br />
          <Typography.Text type="secondary">{targetYearText(r, t)}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('analytics.columns.actual'),
      key: 'actual',
      align: 'right',
      sorter: scorecardSorters.actual,
      render: (_: unknown, r) => (
        <span className="cell-nowrap" data-testid={`scorecard-actual-${r.targetId}`}>
          {r.actual === null ? (
            <Typography.Text type="secondary">{t('analytics.noData')}</Typography.Text>
          ) : (
            <strong>{formatFigure(r.actual, r.unit, lang)}</strong>
          )}
          {r.dataYear !== year ? (
            <>
              <br />
              <Typography.Text type="secondary">
                {t('analytics.dataYearNote', { year: r.dataYear })}
              </Typography.Text>
            </>
          ) : null}
        </span>
      ),
    },
    {
      title: t('analytics.columns.gap'),
      key: 'gap',
      align: 'right',
      sorter: scorecardSorters.gap,
      render: (_: unknown, r) => <span className="cell-nowrap">{formatGap(r.gap, r.unit, lang)}</span>,
    },
    {
      title: t('analytics.columns.status'),
      key: 'status',
      sorter: scorecardSorters.status,
      render: (_: unknown, r) => (
        <span className="cell-wrap" data-testid={`scorecard-status-${r.targetId}`}>
          <StatusTag status={r.status} />
          {r.reason ? (
            <>
              <br />
              <Typography.Text type="secondary" className="scorecard__reason">
                {reasonText(r.reason, r.unit, t, lang)}
              </Typography.Text>
            </>
          ) : null}
        </span>
      ),
    },
    {
      title: t('analytics.columns.completeness'),
      key: 'completeness',
      sorter: scorecardSorters.completeness,
      render: (_: unknown, r) => <Completeness row={r} />,
    },
    {
      title: t('analytics.columns.trend'),
      key: 'trend',
      render: (_: unknown, r) => <Sparkline points={r.trend} unit={r.unit} />,
    },
  ];
  if (onDrill || onTrend) {
    columns.push({
      title: t('analytics.columns.actions'),
      key: 'actions',
      className: 'no-print',
      render: (_: unknown, r) => {
        const name = names.get(r.indicator) ?? r.indicator;
        return (
          <Space size={0}>
            {onDrill ? (
              <Button
                type="link"
                size="small"
                icon={<ApartmentOutlined />}
                aria-label={t('analytics.drillLabel', { indicator: name })}
                onClick={() => onDrill(r)}
                title={t('analytics.drill')}
                data-testid={`scorecard-drill-${r.targetId}`}
              />
            ) : null}
            {onTrend ? (
              <Button
                type="link"
                size="small"
                icon={<LineChartOutlined />}
                aria-label={t('analytics.showTrendLabel', { indicator: name })}
                title={t('analytics.showTrend')}
                onClick={() => onTrend(r)}
              />
            ) : null}
          </Space>
        );
      },
    });
  }

  // A phone gets cards: seven columns do not fit 390 px, and a sticky name column would leave no room.
  if (screens.md === false) {
    return loading ? (
      <Table loading dataSource={[]} columns={[]} />
    ) : (
      <ScorecardCards rows={rows} names={names} year={year} onDrill={onDrill} onTrend={onTrend} />
    );
  }
  return (
    <Table<ScorecardRow>
      rowKey="targetId"
      size="middle"
      columns={columns}
      dataSource={rows as ScorecardRow[]}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={clientPagination(rows.length)}
      onRow={(r) =>
        ({
          'data-testid': `scorecard-row-${r.targetId}`,
          'data-status': r.status,
        }) as HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: t('analytics.noData') }}
    />
  );
}
