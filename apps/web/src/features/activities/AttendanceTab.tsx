import { FileExcelOutlined } from '@ant-design/icons';
import { ATTENDANCE_SOURCES, todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { type AttendanceEntry, listAttendance } from '../../api/activities';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButton } from '../../components/Filters';
import { formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { downloadSheet } from '../../lib/xlsx';
import { attendanceExportRows, recorderName, totalsBySource } from './activity-rows';
import { formatInstant } from './activity-time';
import { sourceLabel } from './labels';
import { activityKeys } from './queries';

/**
 * Điểm danh: every attendance figure with its source (a code checked in, a headcount of walk-ins, or the confirmed
 * registrations counted at completion), for which session, who recorded it and when. The sums by source head the
 * table, so the participants figure can be traced to its parts.
 */
export function AttendanceTab({ activityId, fileStem }: { activityId: number; fileStem: string }) {
  const { t, i18n } = useTranslation();
  const list = useQuery({
    queryKey: activityKeys.attendance(activityId),
    queryFn: ({ signal }) => listAttendance(activityId, signal),
  });
  const rows = list.data?.entries ?? [];
  const totals = totalsBySource(rows);
  const n = (v: number) => formatNumber(v, i18n.language);

  const columns: ColumnsType<AttendanceEntry> = [
    {
      title: t('activities.attendance.source'),
      key: 'source',
      sorter: (a, b) => ATTENDANCE_SOURCES.indexOf(a.source) - ATTENDANCE_SOURCES.indexOf(b.source),
      render: (_: unknown, r) => (
        <Tag className={`source-tag source-tag--${r.source}`}>{sourceLabel(r.source, t)}</Tag>
      ),
    },
    {
      title: t('activities.attendance.count'),
      key: 'count',
      align: 'right',
      sorter: (a, b) => a.count - b.count,
      render: (_: unknown, r) => n(r.count),
    },
    {
      title: t('activities.attendance.session'),
      key: 'session',
      render: (_: unknown, r) => <span className="cell-nowrap">{formatInstant(r.sessionStartsAt)}</span>,
    },
    {
      title: t('activities.attendance.code'),
      key: 'code',
      render: (_: unknown, r) =>
        r.registrationCode ? <code className="reg-code">{r.registrationCode}</code> : null,
    },
    {
      title: t('activities.attendance.note'),
      key: 'note',
      responsive: ['lg'],
      render: (_: unknown, r) => <span className="cell-wrap">{r.note ?? ''}</span>,
    },
    {
      title: t('activities.attendance.recordedBy'),
      key: 'recordedBy',
      responsive: ['md'],
      render: (_: unknown, r) => recorderName(r, t),
    },
    {
      title: t('activities.attendance.recordedAt'),
      key: 'recordedAt',
      defaultSortOrder: 'descend',
      sorter: (a, b) => (a.recordedAt ?? '').localeCompare(b.recordedAt ?? ''),
      render: (_: unknown, r) => <span className="cell-nowrap">{formatInstant(r.recordedAt)}</span>,
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('activities.attendance.help')}</Typography.Paragraph>
      <Space wrap className="section" data-testid="attendance-totals">
        {ATTENDANCE_SOURCES.map((s) => (
          <Tag
            key={s}
            className={`source-tag source-tag--${s}`}
            data-testid={`attendance-total-${s}`}
            data-value={totals[s]}
          >
            {sourceLabel(s, t)}: {n(totals[s])}
          </Tag>
        ))}
        <span className="no-print">
          <DownloadButton
            icon={<FileExcelOutlined />}
            disabled={rows.length === 0}
            download={() =>
              downloadSheet(
                `diem-danh-${fileStem}-${todayInVietnam()}.xlsx`,
                t('activities.attendance.sheet'),
                attendanceExportRows(rows, t),
              )
            }
            data-testid="attendance-export"
          >
            {t('common.exportExcel')}
          </DownloadButton>
        </span>
        <span className="no-print">
          <PrintButton testId="attendance-print" />
        </span>
      </Space>
      {list.isError ? <ErrorAlert error={list.error} className="form-alert" /> : null}
      <div className="print-table" data-testid="attendance-table">
        <Table<AttendanceEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={clientPagination(rows.length)}
          onRow={(r) =>
            ({
              'data-testid': `attendance-row-${r.id}`,
              'data-source': r.source,
            }) as HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: t('activities.attendance.empty') }}
        />
      </div>
    </>
  );
}
