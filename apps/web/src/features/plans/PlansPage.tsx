import { BarChartOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { PLAN_KINDS, PLAN_STATUSES, todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Progress, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { listPlans, type PlanKind, type PlanStatus, type PlanSummary } from '../../api/plans';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter, FilterBar, PrintButton } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { SearchInput } from '../../components/SearchInput';
import { formatDate, formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { useCan } from '../auth/session';
import { formatPlanDate, PLAN_STATUS_COLORS } from './labels';
import { engagementPercent, SORT_KEYS, type SortKey, selectPlans } from './plans-list';

export function PlansPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('plan.write');
  const { params, update, oneOf } = useUrlParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const sortParam = params.get('sort') as SortKey | null;
  const sort = sortParam && SORT_KEYS.includes(sortParam) ? sortParam : undefined;
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const kind = oneOf<PlanKind>('kind', PLAN_KINDS);
  const status = oneOf<PlanStatus>('status', PLAN_STATUSES);

  const plans = useQuery({ queryKey: ['plans', 'list'], queryFn: ({ signal }) => listPlans(signal) });
  const rows = useMemo(
    () => selectPlans(plans.data ?? [], { q: search.trim(), kind, status, sort, order }),
    [plans.data, search, kind, status, sort, order],
  );
  const n = (v: number) => formatNumber(v, i18n.language);
  const sortOrder = (key: SortKey): SortOrder =>
    sort === key ? (order === 'desc' ? 'descend' : 'ascend') : null;

  const columns: ColumnsType<PlanSummary> = [
    {
      title: t('plans.fields.symbol'),
      dataIndex: 'symbol',
      key: 'symbol',
      sorter: true,
      sortOrder: sortOrder('symbol'),
      render: (v: string | null, p) => v ?? <Tag>{t(`plans.kinds.${p.kind}`)}</Tag>,
    },
    {
      title: t('plans.fields.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: sortOrder('title'),
      render: (title: string, p) => (
        <Link
          to={`/plans/${p.id}`}
          onClick={(e) => e.stopPropagation()}
          className="cell-wrap cell-wrap--title"
          title={title}
        >
          <span className="clamp-3">{title}</span>
        </Link>
      ),
    },
    {
      title: t('plans.fields.issuer'),
      dataIndex: 'issuerName',
      key: 'issuer',
      sorter: true,
      sortOrder: sortOrder('issuer'),
      render: (v: string) => <span className="cell-wrap">{v}</span>,
    },
    {
      title: t('plans.fields.date'),
      dataIndex: 'date',
      key: 'date',
      sorter: true,
      sortOrder: sortOrder('date'),
      render: (v: string, p) => formatPlanDate(v, p.datePrecision),
    },
    {
      title: t('plans.fields.scope'),
      dataIndex: 'scopeName',
      key: 'scope',
      sorter: true,
      sortOrder: sortOrder('scope'),
      responsive: ['md'],
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('plans.fields.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: PlanStatus) => <Tag color={PLAN_STATUS_COLORS[s]}>{t(`plans.statuses.${s}`)}</Tag>,
    },
    {
      title: t('plans.fields.targets'),
      dataIndex: 'targetCount',
      key: 'targets',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('targets'),
      render: n,
    },
    {
      title: t('plans.fields.tasks'),
      dataIndex: 'taskCount',
      key: 'tasks',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('tasks'),
      render: n,
    },
    {
      title: t('plans.fields.engagement'),
      dataIndex: 'engagement',
      key: 'engagement',
      sorter: true,
      sortOrder: sortOrder('engagement'),
      render: (v: PlanSummary['engagement']) => {
        const percent = engagementPercent(v.share);
        return percent === null ? (
          '—'
        ) : (
          <Tooltip
            title={t('plans.engagementHelp', {
              updated: v.updatedTasks,
              total: v.totalTasks,
              period: v.period,
            })}
          >
            <Progress
              percent={percent}
              size="small"
              className="engagement"
              format={(p) => `${formatNumber(p ?? 0, i18n.language)} %`}
              status={percent < 30 ? 'exception' : 'normal'}
              aria-label={t('plans.engagementHelp', {
                updated: v.updatedTasks,
                total: v.totalTasks,
                period: v.period,
              })}
            />
          </Tooltip>
        );
      },
    },
  ];

  const exportExcel = () =>
    downloadSheet(`ke-hoach-${todayInVietnam()}.xlsx`, t('plans.title'), [
      [
        t('plans.fields.symbol'),
        t('plans.fields.title'),
        t('plans.fields.issuer'),
        t('plans.fields.date'),
        t('plans.fields.scope'),
        t('plans.fields.status'),
        t('plans.fields.targets'),
        t('plans.fields.tasks'),
        t('plans.fields.engagementPercent'),
      ],
      ...rows.map((p) => [
        p.symbol ?? '',
        p.title,
        p.issuerName,
        formatPlanDate(p.date, p.datePrecision),
        p.scopeName ?? '',
        t(`plans.statuses.${p.status}`),
        p.targetCount,
        p.taskCount,
        engagementPercent(p.engagement.share),
      ]),
    ]);

  return (
    <>
      <PageTitle
        title={t('plans.title')}
        extra={
          <Space wrap>
            <Button
              icon={<BarChartOutlined />}
              onClick={() => navigate('/plans/compare')}
              data-testid="plans-compare"
            >
              {t('plans.compare.title')}
            </Button>
            {canWrite ? (
              <Button
                icon={<UploadOutlined />}
                onClick={() => navigate('/plans/import')}
                data-testid="plans-import"
              >
                {t('plans.exchange.importTitle')}
              </Button>
            ) : null}
            <DownloadButton icon={<FileExcelOutlined />} download={exportExcel} data-testid="plans-export">
              {t('common.exportExcel')}
            </DownloadButton>
            <PrintButton testId="plans-print" />
          </Space>
        }
      />
      <FilterBar>
        <Filter htmlFor="plans-search" label={t('common.search')}>
          <SearchInput
            id="plans-search"
            data-testid="plans-search"
            placeholder={t('plans.searchPlaceholder')}
            value={search}
            onChange={(v) => {
              setSearch(v);
              update({ q: v.trim() || undefined });
            }}
            style={{ width: 300 }}
          />
        </Filter>
        <Filter htmlFor="plans-kind" label={t('plans.fields.kind')}>
          <Select
            id="plans-kind"
            allowClear
            placeholder={t('common.all')}
            value={kind}
            onChange={(v) => update({ kind: v })}
            options={PLAN_KINDS.map((k) => ({ value: k, label: t(`plans.kinds.${k}`) }))}
            style={{ width: 200 }}
          />
        </Filter>
        <Filter htmlFor="plans-status" label={t('plans.fields.status')}>
          <Select
            id="plans-status"
            allowClear
            placeholder={t('common.all')}
            value={status}
            onChange={(v) => update({ status: v })}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))}
            style={{ width: 200 }}
          />
        </Filter>
      </FilterBar>
      <div className="print-only print-header">
        <p>{t('common.printedOn', { date: formatDate(todayInVietnam()) })}</p>
      </div>
      {plans.isError ? <ErrorAlert error={plans.error} className="form-alert" /> : null}
      <div data-testid="plans-table" className="print-table">
        <Table<PlanSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={plans.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={clientPagination(rows.length)}
          onRow={(p) => ({ onClick: () => navigate(`/plans/${p.id}`), className: 'clickable-row' })}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action !== 'sort' || Array.isArray(sorter)) return;
            const key = sorter.order ? (sorter.columnKey as SortKey) : undefined;
            update({ sort: key, order: key && sorter.order === 'descend' ? 'desc' : undefined });
          }}
          locale={{ emptyText: t('common.noResults') }}
        />
      </div>
      <Typography.Paragraph type="secondary">
        {t('common.totalRows', { n: n(rows.length) })}
      </Typography.Paragraph>
    </>
  );
}
