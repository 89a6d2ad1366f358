import { FileExcelOutlined } from '@ant-design/icons';
import { BOARD_DEPTHS, BOARD_STATUSES, formatPeriod, todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Segmented, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Board, type BoardDepth, type BoardRow, type BoardTotal, getBoard } from '../../api/board';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportPrintButtons, Filter, FilterBar } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { SearchInput } from '../../components/SearchInput';
import { useSelectedUnit } from '../../components/selected-unit';
import { UnitSelect } from '../../components/UnitSelect';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { choiceLabels } from '../../lib/permissions';
import { clientPagination } from '../../lib/table';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { langOf, REPORT_STATUS_COLORS, recentYearPeriods } from '../reporting/labels';
import { filterRows, sorters, TIMELINESS, type Timeliness, timelinessOf } from './board-view';
import { CompletenessFigures } from './CompletenessFigures';

const statusColor = (s: BoardRow['status']) => (s === 'not_started' ? 'default' : REPORT_STATUS_COLORS[s]);

/** "Đúng hạn", "Trễ 2 ngày làm việc", "Quá hạn 3 ngày làm việc" or "Chưa đến hạn". */
function timelinessText(r: BoardRow, t: TFunction): string {
  const kind = timelinessOf(r);
  if (kind !== 'late') return t(`board.timeliness.${kind}`);
  const submitted = r.submittedAt !== null && !['not_started', 'draft', 'returned'].includes(r.status);
  return t(submitted ? 'board.lateBy' : 'board.overdueBy', { days: r.daysLate });
}

const TIMELINESS_COLORS: Record<Timeliness, string> = {
  on_time: 'success',
  late: 'error',
  pending: 'default',
};

/** Tiến độ báo cáo: who below a unit has reported for a period, on time or late, and what the figures add up to. */
export function BoardPage() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { params, update, positiveInt, oneOf } = useUrlParams();
  const selected = useSelectedUnit();
  const unitId = positiveInt('unitId') ?? selected.unitId ?? selected.choices[0]?.unitId;
  const periods = recentYearPeriods();
  const period = oneOf('period', periods) ?? periods[0]!;
  const depth: BoardDepth = oneOf<BoardDepth>('depth', BOARD_DEPTHS) ?? 'children';
  const status = oneOf('status', BOARD_STATUSES);
  const timeliness = oneOf<Timeliness>('timeliness', TIMELINESS);
  const [search, setSearch] = useState(params.get('q') ?? '');

  const board = useQuery({
    queryKey: ['board', unitId, period, depth],
    queryFn: ({ signal }) => getBoard({ unitId: unitId!, period, depth }, signal),
    enabled: unitId !== undefined,
  });
  const data: Board | undefined = board.data;
  const rows = useMemo(
    () => filterRows(data?.rows ?? [], { q: search, status, timeliness }),
    [data, search, status, timeliness],
  );
  const n = (v: number) => formatNumber(v, i18n.language);

  const columns: ColumnsType<BoardRow> = [
    {
      title: t('board.fields.unit'),
      key: 'unit',
      sorter: sorters.unit,
      render: (_: unknown, r) => (
        <span className="cell-wrap">
          {r.reportId ? <Link to={`/reports/${r.reportId}`}>{r.unit.name}</Link> : r.unit.name}
          <Typography.Text type="secondary"> · {r.unit.code}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('board.fields.level'),
      key: 'level',
      sorter: sorters.level,
      responsive: ['md'],
      render: (_: unknown, r) => t(`board.levels.${r.level}`),
    },
    {
      title: t('board.fields.status'),
      key: 'status',
      sorter: sorters.status,
      render: (_: unknown, r) => (
        <span data-testid={`board-status-${r.unit.id}`} data-status={r.status}>
          <Tag color={statusColor(r.status)}>{t(`board.statuses.${r.status}`)}</Tag>
        </span>
      ),
    },
    {
      title: t('board.fields.deadline'),
      key: 'deadline',
      sorter: sorters.deadline,
      render: (_: unknown, r) => formatDate(r.deadline),
    },
    {
      title: t('board.fields.submittedAt'),
      key: 'submittedAt',
      sorter: sorters.submittedAt,
      render: (_: unknown, r) => formatDateTime(r.submittedAt),
    },
    {
      title: t('board.fields.timeliness'),
      key: 'timeliness',
      sorter: sorters.daysLate,
      render: (_: unknown, r) => (
        <span data-testid={`board-ontime-${r.unit.id}`} data-ontime={String(r.onTime)}>
          <Tag color={TIMELINESS_COLORS[timelinessOf(r)]}>{timelinessText(r, t)}</Tag>
        </span>
      ),
    },
    {
      title: t('board.fields.approvedBy'),
      key: 'approvedBy',
      sorter: sorters.approvedAt,
      responsive: ['lg'],
      render: (_: unknown, r) =>
        r.approvedBy ? (
          <span className="cell-wrap">
            {r.approvedBy.name}
            <Typography.Text type="secondary"> · {formatDate(r.approvedAt)}</Typography.Text>
          </span>
        ) : null,
    },
  ];

  const totalColumns: ColumnsType<BoardTotal> = [
    {
      title: t('board.totals.element'),
      key: 'element',
      render: (_: unknown, x) => <span className="cell-wrap">{x.name[lang]}</span>,
    },
    { title: t('board.totals.total'), key: 'total', align: 'right', render: (_: unknown, x) => n(x.value) },
    {
      title: t('board.totals.reports'),
      key: 'reports',
      align: 'right',
      render: (_: unknown, x) => n(x.reports),
    },
  ];

  const fileStem = `tien-do-${data?.unit.code ?? 'bao-cao'}-${period}`;
  const exportRows = () =>
    downloadSheet(`${fileStem}-${todayInVietnam()}.xlsx`, t('board.title'), [
      [
        t('board.fields.unit'),
        t('board.fields.code'),
        t('board.fields.level'),
        t('board.fields.form'),
        t('board.fields.status'),
        t('board.fields.deadline'),
        t('board.fields.submittedAt'),
        t('board.fields.timeliness'),
        t('board.fields.daysLate'),
        t('board.fields.approvedBy'),
        t('board.fields.approvedAt'),
      ],
      ...rows.map((r) => [
        r.unit.name,
        r.unit.code,
        t(`board.levels.${r.level}`),
        r.formCode,
        t(`board.statuses.${r.status}`),
        formatDate(r.deadline),
        formatDateTime(r.submittedAt),
        t(`board.timeliness.${timelinessOf(r)}`),
        r.daysLate,
        r.approvedBy?.name ?? '',
        formatDate(r.approvedAt),
      ]),
    ]);
  const exportTotals = () =>
    downloadSheet(`${fileStem}-tong-hop-${todayInVietnam()}.xlsx`, t('board.totals.sheet'), [
      [t('board.totals.element'), t('board.fields.code'), t('board.totals.total'), t('board.totals.reports')],
      ...(data?.totals ?? []).map((x) => [x.name[lang], x.element, x.value, x.reports]),
    ]);

  const figures = data?.figures;

  return (
    <>
      <PageTitle
        title={t('board.title')}
        subtitle={
          data
            ? `${data.unit.name} · ${formatPeriod(data.period, lang)} · ${t('board.asOf', { date: formatDate(data.asOf) })}`
            : null
        }
        extra={
          <ExportPrintButtons
            download={exportRows}
            disabled={!data}
            exportTestId="board-export"
            printTestId="board-print"
          />
        }
      />
      <FilterBar>
        <Filter htmlFor="board-unit" label={t('board.unit')}>
          <UnitSelect
            id="board-unit"
            data-testid="board-unit"
            value={unitId ?? null}
            knownLabels={choiceLabels(selected.choices)}
            levels={['country', 'province', 'commune']}
            onChange={(v) => update({ unitId: typeof v === 'number' ? v : undefined })}
            style={{ width: 320 }}
          />
        </Filter>
        <Filter htmlFor="board-period" label={t('board.period')}>
          <Select
            id="board-period"
            data-testid="board-period"
            value={period}
            onChange={(v) => update({ period: v })}
            options={periods.map((p) => ({ value: p, label: formatPeriod(p, lang) }))}
            style={{ width: 160 }}
          />
        </Filter>
        <Filter htmlFor="board-depth" label={t('board.depth')}>
          <Segmented<BoardDepth>
            id="board-depth"
            data-testid="board-depth"
            value={depth}
            onChange={(v) => update({ depth: v === 'children' ? undefined : v })}
            options={BOARD_DEPTHS.map((d) => ({ value: d, label: t(`board.depths.${d}`) }))}
          />
        </Filter>
        <Filter htmlFor="board-search" label={t('common.search')}>
          <SearchInput
            id="board-search"
            data-testid="board-search"
            placeholder={t('board.searchPlaceholder')}
            value={search}
            onChange={(v) => {
              setSearch(v);
              update({ q: v.trim() || undefined });
            }}
            style={{ width: 220 }}
          />
        </Filter>
        <Filter htmlFor="board-status-filter" label={t('board.fields.status')}>
          <Select
            id="board-status-filter"
            data-testid="board-status-filter"
            allowClear
            placeholder={t('common.all')}
            value={status}
            onChange={(v) => update({ status: v })}
            options={BOARD_STATUSES.map((s) => ({ value: s, label: t(`board.statuses.${s}`) }))}
            style={{ width: 170 }}
          />
        </Filter>
        <Filter htmlFor="board-timeliness-filter" label={t('board.timelinessFilter')}>
          <Select
            id="board-timeliness-filter"
            data-testid="board-timeliness-filter"
            allowClear
            placeholder={t('common.all')}
            value={timeliness}
            onChange={(v) => update({ timeliness: v })}
            options={TIMELINESS.map((k) => ({ value: k, label: t(`board.timeliness.${k}`) }))}
            style={{ width: 170 }}
          />
        </Filter>
      </FilterBar>
      {unitId === undefined ? <Alert type="info" showIcon title={t('board.pickUnit')} /> : null}
      {board.isError ? <ErrorAlert error={board.error} className="form-alert" /> : null}
      {figures ? (
        <CompletenessFigures
          figures={figures}
          testIds={{ completeness: 'board-completeness', timeliness: 'board-timeliness' }}
          counts={[
            { title: t('board.stats.expected'), value: figures.completeness.expected },
            { title: t('board.stats.submitted'), value: figures.completeness.submitted },
            { title: t('board.stats.approved'), value: figures.completeness.approved },
            { title: t('board.stats.overdue'), value: figures.timeliness.overdue, testId: 'board-overdue' },
          ]}
        />
      ) : null}
      <div className="print-only print-header">
        <p>{t('common.printedOn', { date: formatDate(todayInVietnam()) })}</p>
      </div>
      <div data-testid="board-table" className="print-table section">
        <Table<BoardRow>
          rowKey={(r) => r.unit.id}
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={board.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={clientPagination(rows.length)}
          onRow={(r) => ({ 'data-testid': `board-row-${r.unit.id}` }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: t('common.noResults') }}
        />
        <Typography.Paragraph type="secondary">
          {t('common.totalRows', { n: n(rows.length) })}
        </Typography.Paragraph>
      </div>
      {data ? (
        <Card
          className="section print-table"
          title={t('board.totals.title')}
          extra={
            <DownloadButton
              icon={<FileExcelOutlined />}
              download={exportTotals}
              className="no-print"
              data-testid="board-totals-export"
            >
              {t('common.exportExcel')}
            </DownloadButton>
          }
        >
          <Typography.Paragraph type="secondary">{t('board.totals.help')}</Typography.Paragraph>
          <Table<BoardTotal>
            rowKey="element"
            size="small"
            columns={totalColumns}
            dataSource={data.totals}
            pagination={false}
            onRow={(x) => ({ 'data-testid': `board-total-${x.element}` }) as HTMLAttributes<HTMLElement>}
            locale={{ emptyText: t('board.totals.empty') }}
            data-testid="board-totals"
          />
        </Card>
      ) : null}
    </>
  );
}
