import {
  DeleteOutlined,
  EditOutlined,
  FileExcelOutlined,
  LinkOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { todayInVietnam } from '@suotdoi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Grid, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DigitalResource, deleteResource, listResources } from '../../api/activities';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { Filter, FilterBar, PrintButton } from '../../components/Filters';
import { UnitSelect } from '../../components/UnitSelect';
import { formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { useCan } from '../auth/session';
import { activityKeys } from './queries';
import { ResourceDrawer } from './ResourceDrawer';
import { resourceHost } from './resource-form';

/**
 * Tài nguyên số: an institution's virtual exhibitions, e-books, videos and open courseware links, which the portal
 * lists under the institution. The institution is the header's when it is one, else chosen here.
 */
export function ResourcesTab({
  defaultInstitution,
}: {
  defaultInstitution: { id: number; name: string } | null;
}) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const canManage = useCan('activity.manage');
  const client = useQueryClient();
  const { update, positiveInt } = useUrlParams();
  const institutionId = positiveInt('institutionId') ?? defaultInstitution?.id;
  const [editing, setEditing] = useState<DigitalResource | 'new' | null>(null);

  const list = useQuery({
    queryKey: activityKeys.resources(institutionId ?? 0),
    queryFn: ({ signal }) => listResources(institutionId!, signal),
    enabled: institutionId !== undefined,
  });
  const rows = list.data ?? [];
  const remove = useMutation({
    mutationFn: (r: DigitalResource) => deleteResource(r.institutionId, r.id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: activityKeys.resources(institutionId ?? 0) });
      message.success(t('activities.resources.deleted'));
    },
    onError: (error) => message.error(errorText(error)),
  });
  const confirmDelete = (r: DigitalResource) =>
    modal.confirm({
      title: t('activities.resources.deleteTitle', { title: r.title }),
      content: t('activities.resources.deleteBody'),
      okText: t('activities.resources.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(r),
    });

  const kindName = (r: DigitalResource) => t(`activities.resources.kinds.${r.kind}`);
  const audiences = (r: DigitalResource) =>
    r.audiences.length === 0
      ? t('activities.audiences.everyone')
      : r.audiences.map((a) => t(`activities.audiences.${a}`)).join(', ');
  const link = (r: DigitalResource) => (
    <a href={r.url} target="_blank" rel="noopener noreferrer" className="cell-wrap cell-wrap--wide">
      {r.title} <LinkOutlined aria-label={t('activities.resources.opensNewTab')} />
    </a>
  );
  const actions = (r: DigitalResource) =>
    canManage ? (
      <Space size={4} wrap>
        <Button
          size={isPhone ? 'middle' : 'small'}
          icon={<EditOutlined />}
          onClick={() => setEditing(r)}
          aria-label={`${t('common.edit')}: ${r.title}`}
          data-testid={`resource-edit-${r.id}`}
        >
          {t('common.edit')}
        </Button>
        <Button
          size={isPhone ? 'middle' : 'small'}
          danger
          icon={<DeleteOutlined />}
          onClick={() => confirmDelete(r)}
          aria-label={`${t('activities.resources.delete')}: ${r.title}`}
          data-testid={`resource-delete-${r.id}`}
        >
          {t('activities.resources.delete')}
        </Button>
      </Space>
    ) : null;

  const columns: ColumnsType<DigitalResource> = [
    { title: t('activities.resources.fields.kind'), key: 'kind', render: (_: unknown, r) => kindName(r) },
    { title: t('activities.resources.fields.title'), key: 'title', render: (_: unknown, r) => link(r) },
    {
      title: t('activities.resources.host'),
      key: 'host',
      responsive: ['lg'],
      render: (_: unknown, r) => resourceHost(r.url),
    },
    {
      title: t('activities.resources.fields.audiences'),
      key: 'audiences',
      render: (_: unknown, r) => <span className="cell-wrap">{audiences(r)}</span>,
    },
    {
      title: t('activities.resources.fields.description'),
      key: 'description',
      responsive: ['xl'],
      render: (_: unknown, r) => <span className="cell-wrap cell-wrap--wide">{r.description ?? ''}</span>,
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            className: 'no-print',
            render: (_: unknown, r: DigitalResource) => actions(r),
          },
        ]
      : []),
  ];

  const exportRows = () =>
    downloadSheet(
      `tai-nguyen-so-${institutionId}-${todayInVietnam()}.xlsx`,
      t('activities.resources.title'),
      [
        [
          t('activities.resources.fields.kind'),
          t('activities.resources.fields.title'),
          t('activities.resources.fields.url'),
          t('activities.resources.fields.audiences'),
          t('activities.resources.fields.description'),
        ],
        ...rows.map((r) => [kindName(r), r.title, r.url, audiences(r), r.description ?? '']),
      ],
    );

  return (
    <>
      <FilterBar>
        <Filter htmlFor="resource-institution" label={t('activities.resources.institution')}>
          <UnitSelect
            id="resource-institution"
            data-testid="resource-institution"
            levels={['institution']}
            value={institutionId ?? null}
            knownLabels={
              defaultInstitution ? { [defaultInstitution.id]: defaultInstitution.name } : undefined
            }
            onChange={(v) => update({ institutionId: typeof v === 'number' ? v : undefined })}
            style={{ width: 340 }}
          />
        </Filter>
        <Space wrap>
          {canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={institutionId === undefined}
              onClick={() => setEditing('new')}
              data-testid="resource-new"
            >
              {t('activities.resources.new')}
            </Button>
          ) : null}
          <DownloadButton
            icon={<FileExcelOutlined />}
            download={exportRows}
            disabled={rows.length === 0}
            data-testid="resource-export"
          >
            {t('common.exportExcel')}
          </DownloadButton>
          <PrintButton testId="resource-print" />
        </Space>
      </FilterBar>
      <Typography.Paragraph type="secondary" className="no-print">
        {t('activities.resources.help')}
      </Typography.Paragraph>
      {institutionId === undefined ? (
        <Alert type="info" showIcon title={t('activities.resources.pickInstitution')} />
      ) : null}
      {list.isError ? <ErrorAlert error={list.error} className="form-alert" /> : null}
      {institutionId !== undefined && isPhone ? (
        <ul className="activity-cards" aria-label={t('activities.resources.title')}>
          {rows.length === 0 && !list.isPending ? (
            <li>
              <Typography.Text type="secondary">{t('activities.resources.empty')}</Typography.Text>
            </li>
          ) : null}
          {rows.map((r) => (
            <li key={r.id} data-testid={`resource-row-${r.id}`}>
              <Card size="small" className="activity-card">
                <Tag>{kindName(r)}</Tag>
                <p className="activity-card__title">{link(r)}</p>
                <p className="activity-card__meta">{audiences(r)}</p>
                {r.description ? <p className="activity-card__meta">{r.description}</p> : null}
                {actions(r)}
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
      {institutionId !== undefined && !isPhone ? (
        <div className="print-table">
          <Table<DigitalResource>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={clientPagination(rows.length)}
            onRow={(r) => ({ 'data-testid': `resource-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
            locale={{ emptyText: t('activities.resources.empty') }}
          />
        </div>
      ) : null}
      {institutionId !== undefined ? (
        <Typography.Paragraph type="secondary" className="section">
          {t('common.totalRows', { n: formatNumber(rows.length, i18n.language) })}
        </Typography.Paragraph>
      ) : null}
      {editing && institutionId !== undefined ? (
        <ResourceDrawer
          institutionId={institutionId}
          resource={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
