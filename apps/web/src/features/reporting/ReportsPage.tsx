import { DashboardOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { formatPeriod, REPORT_STATUSES, type ReportStatus, todayInVietnam } from '@suotdoi/shared';
import { Button, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { ReportSummary } from '../../api/reporting';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter, FilterBar, PrintButton } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { useCan } from '../auth/session';
import { langOf, REPORT_STATUS_COLORS, recentYearPeriods } from './labels';
import { OpenReportCard } from './OpenReportCard';
import { useForms, useReportList } from './queries';

const SCOPES = ['mine', 'to_approve'] as const;
type Scope = (typeof SCOPES)[number];

const byText = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').localeCompare(b ?? '', 'vi');

export function timelinessText(r: Pick<ReportSummary, 'onTime'>, t: TFunction): string {
  if (r.onTime === null) return '';
  return r.onTime ? t('reporting.onTime') : t('reporting.late');
}

/** Báo cáo: my reports and those waiting for my approval, with the control that opens (or starts) one. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = langOf(i18n.language);
  const canEnter = useCan('report.enter');
  const canApprove = useCan('report.approve');
  const { update, oneOf } = useUrlParams();
  const scope: Scope = oneOf<Scope>('scope', SCOPES) ?? 'mine';
  const status = oneOf<ReportStatus>('status', REPORT_STATUSES);
  const periods = recentYearPeriods();
  const period = oneOf('period', periods);

  const reports = useReportList({ scope, period, status });
  const forms = useForms();
  const formName = (code: string) => forms.data?.find((f) => f.code === code)?.name[lang] ?? code;
  const rows = reports.data ?? [];

  const columns: ColumnsType<ReportSummary> = [
    {
      title: t('reporting.fields.unit'),
      key: 'unit',
      sorter: (a, b) => byText(a.unit.name, b.unit.name),
      render: (_: unknown, r) => (
        <Link to={`/reports/${r.id}`} onClick={(e) => e.stopPropagation()} className="cell-wrap">
          {r.unit.name}
        </Link>
      ),
    },
    {
      title: t('reporting.fields.form'),
      key: 'form',
      sorter: (a, b) => byText(formName(a.formCode), formName(b.formCode)),
      responsive: ['md'],
      render: (_: unknown, r) => <span className="cell-wrap">{formName(r.formCode)}</span>,
    },
    {
      title: t('reporting.fields.period'),
      dataIndex: 'period',
      key: 'period',
      sorter: (a, b) => byText(a.period, b.period),
      render: (p: string) => formatPeriod(p, lang),
    },
    {
      title: t('reporting.fields.status'),
      dataIndex: 'status',
      key: 'status',
      sorter: (a, b) => REPORT_STATUSES.indexOf(a.status) - REPORT_STATUSES.indexOf(b.status),
      render: (s: ReportStatus) => <Tag color={REPORT_STATUS_COLORS[s]}>{t(`reporting.statuses.${s}`)}</Tag>,
    },
    {
      title: t('reporting.fields.deadline'),
      dataIndex: 'deadline',
      key: 'deadline',
      sorter: (a, b) => byText(a.deadline, b.deadline),
      defaultSortOrder: 'ascend',
      render: (d: string | null) => formatDate(d),
    },
    {
      title: t('reporting.fields.submittedAt'),
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      sorter: (a, b) => byText(a.submittedAt, b.submittedAt),
      responsive: ['sm'],
      render: (d: string | null) => formatDateTime(d),
    },
    {
      title: t('reporting.fields.timeliness'),
      key: 'onTime',
      sorter: (a, b) => Number(a.onTime ?? 2) - Number(b.onTime ?? 2),
      render: (_: unknown, r) =>
        r.onTime === null ? null : <Tag color={r.onTime ? 'green' : 'red'}>{timelinessText(r, t)}</Tag>,
    },
    {
      title: t('reporting.fields.approvedBy'),
      key: 'approvedBy',
      sorter: (a, b) => byText(a.approvedBy?.name, b.approvedBy?.name),
      responsive: ['lg'],
      render: (_: unknown, r) => r.approvedBy?.name ?? '',
    },
  ];

  const exportExcel = () =>
    downloadSheet(`bao-cao-${todayInVietnam()}.xlsx`, t('reporting.title'), [
      [
        t('reporting.fields.unit'),
        t('reporting.fields.form'),
        t('reporting.fields.period'),
        t('reporting.fields.status'),
        t('reporting.fields.deadline'),
        t('reporting.fields.submittedAt'),
        t('reporting.fields.timeliness'),
        t('reporting.fields.approvedBy'),
      ],
      ...rows.map((r) => [
        r.unit.name,
        formName(r.formCode),
        formatPeriod(r.period, lang),
        t(`reporting.statuses.${r.status}`),
        formatDate(r.deadline),
        formatDateTime(r.submittedAt),
        timelinessText(r, t),
        r.approvedBy?.name ?? '',
      ]),
    ]);

  const table = (
    <>
      {reports.isError ? <ErrorAlert error={reports.error} className="form-alert" /> : null}
      <div data-testid="reports-table" className="print-table">
        <Table<ReportSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={reports.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={clientPagination(rows.length)}
          onRow={(r) => ({ onClick: () => navigate(`/reports/${r.id}`), className: 'clickable-row' })}
          locale={{ emptyText: t('common.noResults') }}
        />
      </div>
      <Typography.Paragraph type="secondary">
        {t('common.totalRows', { n: formatNumber(rows.length, i18n.language) })}
      </Typography.Paragraph>
    </>
  );

  return (
    <>
      <PageTitle
        title={t('reporting.title')}
        extra={
          <Space wrap>
            <Button
              icon={<DashboardOutlined />}
              onClick={() => navigate('/reports/board')}
              data-testid="reports-board"
            >
              {t('reporting.boardLink')}
            </Button>
            {canEnter ? (
              <Button
                icon={<UploadOutlined />}
                onClick={() => navigate('/reports/import')}
                data-testid="reports-import"
              >
                {t('reporting.importLink')}
              </Button>
            ) : null}
            <DownloadButton icon={<FileExcelOutlined />} download={exportExcel} data-testid="reports-export">
              {t('common.exportExcel')}
            </DownloadButton>
            <PrintButton testId="reports-print" />
          </Space>
        }
      />
      {canEnter ? <OpenReportCard /> : null}
      <FilterBar>
        <Filter htmlFor="reports-period" label={t('reporting.fields.period')}>
          <Select
            id="reports-period"
            allowClear
            placeholder={t('common.all')}
            value={period}
            onChange={(v) => update({ period: v })}
            options={periods.map((p) => ({ value: p, label: formatPeriod(p, lang) }))}
            style={{ width: 160 }}
          />
        </Filter>
        <Filter htmlFor="reports-status" label={t('reporting.fields.status')}>
          <Select
            id="reports-status"
            allowClear
            placeholder={t('common.all')}
            value={status}
            onChange={(v) => update({ status: v })}
            options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`reporting.statuses.${s}`) }))}
            style={{ width: 180 }}
          />
        </Filter>
      </FilterBar>
      <div className="print-only print-header">
        <p>
          {t(scope === 'mine' ? 'reporting.tabs.mine' : 'reporting.tabs.toApprove')} ·{' '}
          {t('common.printedOn', { date: formatDate(todayInVietnam()) })}
        </p>
      </div>
      <Tabs
        activeKey={scope}
        onChange={(key) => update({ scope: key === 'mine' ? undefined : key })}
        items={[
          { key: 'mine', label: t('reporting.tabs.mine'), children: scope === 'mine' ? table : null },
          ...(canApprove || scope === 'to_approve'
            ? [
                {
                  key: 'to_approve',
                  label: t('reporting.tabs.toApprove'),
                  children: scope === 'to_approve' ? table : null,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
