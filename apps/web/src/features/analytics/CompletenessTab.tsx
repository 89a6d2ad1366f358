import { FileExcelOutlined } from '@ant-design/icons';
import { compareVi, todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Space, Table, Typography } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table/interface';
import { type HTMLAttributes, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getBoard } from '../../api/board';
import { listChildren } from '../../api/units';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { downloadSheet } from '../../lib/xlsx';
import { percentOf } from '../board/board-view';
import { CompletenessFigures } from '../board/CompletenessFigures';
import { type ChildCompleteness, completenessByChild } from './completeness';
import type { AnalyticsContext } from './context';

/**
 * Tính đầy đủ và kịp thời behind the figures: the deadline board of the unit's whole subtree for the year's
 * annual period, summed and then gathered by child unit. The board page has the report-by-report detail.
 */
export function CompletenessTab({ context }: { context: AnalyticsContext }) {
  const { t, i18n } = useTranslation();
  const { unitId, unit, year, asOf } = context;
  const period = String(year);
  const board = useQuery({
    queryKey: ['board', unitId, period, 'all'],
    queryFn: ({ signal }) => getBoard({ unitId, period, depth: 'all' }, signal),
    refetchOnWindowFocus: true,
  });
  const children = useQuery({
    queryKey: ['unit', unitId, 'children', asOf ?? null],
    queryFn: ({ signal }) => listChildren(unitId, asOf, signal),
    staleTime: 5 * 60_000,
  });
  const rows = useMemo(() => {
    if (!board.data) return [];
    const names = new Map(
      (children.data ?? []).map((c) => [c.id, { name: c.name, code: c.code, kind: c.level as string }]),
    );
    return completenessByChild(board.data, names).sort((a, b) => compareVi(a.name, b.name));
  }, [board.data, children.data]);
  const n = (v: number) => formatNumber(v, i18n.language);
  const pct = (share: number | null) => {
    const p = percentOf(share);
    return p === null ? '—' : `${formatNumber(p, i18n.language, 1)} %`;
  };

  /** A right-aligned, sortable count of the child's reports. */
  const countColumn = (key: 'approved' | 'onTime' | 'late' | 'overdue'): ColumnType<ChildCompleteness> => ({
    title: t(`analytics.completeness.${key}`),
    key,
    align: 'right',
    sorter: (a, b) => a[key] - b[key],
    render: (_: unknown, r) => n(r[key]),
  });

  const columns: ColumnsType<ChildCompleteness> = [
    {
      title: t('analytics.columns.unit'),
      key: 'unit',
      sorter: (a, b) => compareVi(a.name, b.name),
      render: (_: unknown, r) => (
        <span className="cell-wrap">
          {r.kind === 'institution' ? (
            <Link to={`/institutions/${r.unitId}`}>{r.name}</Link>
          ) : (
            <Link to={{ search: context.searchWith({ unitId: r.unitId }) }}>{r.name}</Link>
          )}
          {r.code ? <Typography.Text type="secondary"> · {r.code}</Typography.Text> : null}
        </span>
      ),
    },
    {
      title: t('analytics.completeness.share'),
      key: 'share',
      align: 'right',
      sorter: (a, b) => (a.share ?? -1) - (b.share ?? -1),
      render: (_: unknown, r) => (
        <span data-testid={`completeness-share-${r.unitId}`}>
          {pct(r.share)}
          <br />
          <Typography.Text type="secondary">{`${n(r.submitted)}/${n(r.expected)}`}</Typography.Text>
        </span>
      ),
    },
    countColumn('approved'),
    countColumn('onTime'),
    countColumn('late'),
    {
      ...countColumn('overdue'),
      render: (_: unknown, r) =>
        r.overdue > 0 ? <strong className="text-danger">{n(r.overdue)}</strong> : '0',
    },
  ];

  const exportSheet = () =>
    downloadSheet(
      `tien-do-${unit?.code ?? unitId}-${period}-${todayInVietnam()}.xlsx`,
      t('analytics.sheets.completeness'),
      [
        [
          t('analytics.columns.unit'),
          t('analytics.columns.code'),
          t('analytics.completeness.expected'),
          t('analytics.completeness.submitted'),
          t('analytics.completeness.approved'),
          t('analytics.completeness.onTime'),
          t('analytics.completeness.late'),
          t('analytics.completeness.overdue'),
        ],
        ...rows.map((r) => [
          r.name,
          r.code,
          r.expected,
          r.submitted,
          r.approved,
          r.onTime,
          r.late,
          r.overdue,
        ]),
      ],
    );

  const figures = board.data?.figures;
  return (
    <>
      <Space wrap align="center" className="section no-print analytics-toolbar">
        <Typography.Title level={2} className="subheading">
          {t('analytics.completeness.title', { year })}
        </Typography.Title>
        <DownloadButton
          icon={<FileExcelOutlined />}
          download={exportSheet}
          disabled={rows.length === 0}
          data-testid="completeness-export"
        >
          {t('common.exportExcel')}
        </DownloadButton>
        <Link to={`/reports/board?unitId=${unitId}&period=${period}&depth=all`}>
          {t('analytics.completeness.openBoard')}
        </Link>
      </Space>
      {board.isError ? <ErrorAlert error={board.error} className="form-alert" /> : null}
      {figures ? (
        <CompletenessFigures
          figures={figures}
          testIds={{ completeness: 'completeness-share', timeliness: 'completeness-timeliness' }}
          counts={[
            { title: t('analytics.completeness.late'), value: figures.timeliness.late },
            { title: t('analytics.completeness.overdue'), value: figures.timeliness.overdue },
            { title: t('analytics.completeness.approved'), value: figures.completeness.approved },
          ]}
        />
      ) : null}
      <div className="print-table" data-testid="completeness-table">
        <Table<ChildCompleteness>
          rowKey="unitId"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={board.isPending}
          scroll={{ x: 'max-content' }}
          pagination={clientPagination(rows.length)}
          onRow={(r) => ({ 'data-testid': `completeness-row-${r.unitId}` }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: t('analytics.noData') }}
        />
      </div>
    </>
  );
}
