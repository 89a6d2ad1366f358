import { CheckOutlined, EyeInvisibleOutlined, FileExcelOutlined } from '@ant-design/icons';
import {
  compareVi,
  foldDiacritics,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
  todayInVietnam,
} from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRegistrations, type StaffRegistration } from '../../api/activities';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter, PrintButton } from '../../components/Filters';
import { SearchInput } from '../../components/SearchInput';
import { formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { downloadSheet } from '../../lib/xlsx';
import { registrationExportRows } from './activity-rows';
import { formatInstant } from './activity-time';
import { registrationStatusLabel } from './labels';
import { activityKeys } from './queries';

const STATUS_TAG: Record<RegistrationStatus, string> = {
  confirmed: 'reg-status reg-status--confirmed',
  waitlisted: 'reg-status reg-status--waitlisted',
  cancelled: 'reg-status reg-status--cancelled',
};

/**
 * Người đăng ký: names and contacts (personal data under Decree 13/2023). The server logs every read, so the list
 * is fetched only while this tab is open and is never kept in the cache afterwards; the page says so.
 */
export function RegistrationsTab({ activityId, fileStem }: { activityId: number; fileStem: string }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<RegistrationStatus | undefined>();
  const list = useQuery({
    queryKey: activityKeys.registrations(activityId),
    queryFn: ({ signal }) => listRegistrations(activityId, signal),
    // Each read is audited: no refetch on focus, and nothing kept once the tab closes.
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
  const rows = useMemo(() => {
    const folded = foldDiacritics(q.trim());
    return (list.data ?? []).filter(
      (r) =>
        (!status || r.status === status) &&
        (!folded || foldDiacritics(`${r.code} ${r.name ?? ''} ${r.contact ?? ''}`).includes(folded)),
    );
  }, [list.data, q, status]);
  const n = (v: number) => formatNumber(v, i18n.language);
  const erased = <Typography.Text type="secondary">{t('activities.registrations.erased')}</Typography.Text>;

  const columns: ColumnsType<StaffRegistration> = [
    {
      title: t('activities.registrations.code'),
      key: 'code',
      sorter: (a, b) => a.code.localeCompare(b.code),
      render: (_: unknown, r) => <code className="reg-code">{r.code}</code>,
    },
    {
      title: t('activities.registrations.name'),
      key: 'name',
      sorter: (a, b) => compareVi(a.name ?? '', b.name ?? ''),
      render: (_: unknown, r) => r.name ?? erased,
    },
    {
      title: t('activities.registrations.status'),
      key: 'status',
      sorter: (a, b) => REGISTRATION_STATUSES.indexOf(a.status) - REGISTRATION_STATUSES.indexOf(b.status),
      render: (_: unknown, r) => (
        <Tag className={STATUS_TAG[r.status]} data-status={r.status}>
          {registrationStatusLabel(r.status, t)}
        </Tag>
      ),
    },
    {
      title: t('activities.registrations.checkedIn'),
      key: 'checkedIn',
      sorter: (a, b) => Number(a.checkedIn) - Number(b.checkedIn),
      render: (_: unknown, r) =>
        r.checkedIn ? (
          <span>
            <CheckOutlined aria-hidden /> {t('activities.registrations.yes')}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('activities.registrations.no')}</Typography.Text>
        ),
    },
    {
      title: t('activities.registrations.contact'),
      key: 'contact',
      render: (_: unknown, r) => r.contact ?? erased,
    },
    {
      title: t('activities.registrations.position'),
      key: 'position',
      align: 'right',
      sorter: (a, b) => (a.position ?? 0) - (b.position ?? 0),
      render: (_: unknown, r) => (r.position === null ? '' : n(r.position)),
    },
    {
      title: t('activities.registrations.createdAt'),
      key: 'createdAt',
      responsive: ['lg'],
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
      render: (_: unknown, r) => <span className="cell-nowrap">{formatInstant(r.createdAt)}</span>,
    },
  ];

  return (
    <>
      <Alert
        type="info"
        showIcon
        icon={<EyeInvisibleOutlined />}
        className="form-alert no-print"
        title={t('activities.registrations.notice')}
        data-testid="registrations-notice"
      />
      <Space wrap className="filters no-print section" align="end">
        <Filter htmlFor="registration-search" label={t('common.search')}>
          <SearchInput
            id="registration-search"
            placeholder={t('activities.registrations.searchPlaceholder')}
            value={q}
            onChange={setQ}
            style={{ width: 240 }}
          />
        </Filter>
        <Filter htmlFor="registration-status" label={t('activities.registrations.status')}>
          <Select
            id="registration-status"
            allowClear
            placeholder={t('common.all')}
            value={status}
            onChange={setStatus}
            options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: registrationStatusLabel(s, t) }))}
            style={{ width: 180 }}
          />
        </Filter>
        <Space wrap>
          <DownloadButton
            icon={<FileExcelOutlined />}
            disabled={rows.length === 0}
            download={() =>
              downloadSheet(
                `dang-ky-${fileStem}-${todayInVietnam()}.xlsx`,
                t('activities.registrations.sheet'),
                registrationExportRows(rows, t),
              )
            }
            data-testid="registrations-export"
          >
            {t('common.exportExcel')}
          </DownloadButton>
          <PrintButton testId="registrations-print" />
        </Space>
      </Space>
      {list.isError ? <ErrorAlert error={list.error} className="form-alert" /> : null}
      <div className="print-table" data-testid="registrations-table">
        <Table<StaffRegistration>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={clientPagination(rows.length)}
          onRow={(r) => ({ 'data-testid': `registration-row-${r.code}` }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: t('activities.registrations.empty') }}
        />
      </div>
      <Typography.Paragraph type="secondary" className="section">
        {t('common.totalRows', { n: n(rows.length) })}
      </Typography.Paragraph>
    </>
  );
}
