import { FileExcelOutlined } from '@ant-design/icons';
import type { AuditEntry } from '@suotdoi/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AutoComplete, Card, DatePicker, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, exportAudit, listAudit } from '../../api/audit';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { useSelectedUnit } from '../../components/selected-unit';
import { UnitSelect } from '../../components/UnitSelect';
import { type DiffRow, diffValues, formatValue } from '../../lib/diff';
import { DATE_FORMAT, formatDateTime, formatNumber, fromIsoDate, toIsoDate } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';

/** Entities the server writes audit entries for; the filter also takes any other name. */
const KNOWN_ENTITIES = [
  'unit',
  'restructuring_event',
  'institution',
  'user',
  'session',
  'data_quality_issue',
];

const CHANGE_COLORS: Record<DiffRow['change'], string> = {
  added: 'green',
  removed: 'red',
  changed: 'blue',
  same: 'default',
};

/** Before and after of one entry as a table of fields; unchanged fields on request. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const rows = diffValues(entry.before, entry.after);
  const visible = showAll ? rows : rows.filter((r) => r.change !== 'same');
  const hidden = rows.length - visible.length;
  return (
    <div className="audit-diff" data-testid="audit-diff">
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('audit.noDetails')}</Typography.Text>
      ) : (
        <>
          <Table<DiffRow>
            size="small"
            rowKey="path"
            pagination={false}
            dataSource={visible}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('audit.field'), dataIndex: 'path', render: (p: string) => <code>{p || '—'}</code> },
              {
                title: t('audit.change'),
                dataIndex: 'change',
                render: (c: DiffRow['change']) => (
                  <Tag color={CHANGE_COLORS[c]}>{t(`audit.changes.${c}`)}</Tag>
                ),
              },
              {
                title: t('audit.before'),
                dataIndex: 'before',
                render: (v: unknown, r) => (
                  <span className={r.change === 'same' ? '' : 'diff-before'}>{formatValue(v)}</span>
                ),
              },
              {
                title: t('audit.after'),
                dataIndex: 'after',
                render: (v: unknown, r) => (
                  <span className={r.change === 'same' ? '' : 'diff-after'}>{formatValue(v)}</span>
                ),
              },
            ]}
          />
          {hidden > 0 || showAll ? (
            <Space className="audit-diff__toggle">
              <Switch size="small" checked={showAll} onChange={setShowAll} id={`audit-all-${entry.id}`} />
              <label htmlFor={`audit-all-${entry.id}`}>{t('audit.showUnchanged', { n: hidden })}</label>
            </Space>
          ) : null}
        </>
      )}
    </div>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { unitId: headerUnit } = useSelectedUnit();
  const [unitId, setUnitId] = useState<number | undefined>(headerUnit ?? undefined);
  const [username, setUsername] = useState('');
  const [entity, setEntity] = useState('');
  const [range, setRange] = useState<[string | undefined, string | undefined]>([undefined, undefined]);
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const user = useDebounced(username.trim(), 400);
  const ent = useDebounced(entity.trim(), 400);

  // The header's unit is the default; changing it there changes it here.
  useEffect(() => setUnitId(headerUnit ?? undefined), [headerUnit]);

  const filters: AuditFilters = {
    unitId,
    username: user || undefined,
    entity: ent || undefined,
    from: range[0],
    to: range[1],
  };
  const query = { ...filters, page: page.current, pageSize: page.pageSize };
  const entries = useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => listAudit(query, signal),
    placeholderData: keepPreviousData,
  });
  const resetPage = () => setPage((p) => ({ ...p, current: 1 }));

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v), width: 150 },
    { title: t('audit.user'), dataIndex: 'username', render: (v: string | null) => v ?? t('audit.system') },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      // Codes such as unit.create: dots would read as nesting in the dictionary.
      render: (v: string) => <Tag>{t(`audit.actions.${v.replace(/\./g, '_')}`, { defaultValue: v })}</Tag>,
    },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      render: (v: string, e) => (
        <>
          {t(`audit.entities.${v}`, { defaultValue: v })}
          {e.entityId ? (
            <Typography.Text type="secondary" title={e.entityId}>
              {' '}
              #{e.entityId.length > 12 ? `${e.entityId.slice(0, 8)}…` : e.entityId}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: t('audit.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
    { title: t('audit.ip'), dataIndex: 'ip', responsive: ['lg'], render: (v: string | null) => v ?? '—' },
  ];

  return (
    <>
      <PageTitle
        title={t('audit.title')}
        extra={
          <DownloadButton
            icon={<FileExcelOutlined />}
            download={() => exportAudit(filters)}
            data-testid="audit-export"
          >
            {t('common.exportExcel')}
          </DownloadButton>
        }
      />
      <Card className="section">
        <Space wrap align="end" className="filters">
          <Filter htmlFor="audit-unit" label={t('audit.unit')}>
            <UnitSelect
              id="audit-unit"
              allowClear
              value={unitId ?? null}
              onChange={(v) => {
                setUnitId(typeof v === 'number' ? v : undefined);
                resetPage();
              }}
              style={{ width: 260 }}
              data-testid="audit-unit"
            />
          </Filter>
          <Filter htmlFor="audit-user" label={t('audit.user')}>
            <Input
              id="audit-user"
              value={username}
              onChange={(e) => {
                setUsername(e.target.value);
                resetPage();
              }}
              allowClear
              autoCapitalize="none"
              style={{ width: 180 }}
              data-testid="audit-username"
            />
          </Filter>
          <Filter htmlFor="audit-entity" label={t('audit.entity')}>
            <AutoComplete
              id="audit-entity"
              value={entity}
              onChange={(v: string) => {
                setEntity(v ?? '');
                resetPage();
              }}
              allowClear
              options={KNOWN_ENTITIES.map((e) => ({
                value: e,
                label: `${t(`audit.entities.${e}`, { defaultValue: e })} (${e})`,
              }))}
              style={{ width: 220 }}
              data-testid="audit-entity"
            />
          </Filter>
          <Filter htmlFor="audit-range" label={t('audit.dateRange')}>
            <DatePicker.RangePicker
              id={{ start: 'audit-range' }}
              format={DATE_FORMAT}
              value={[fromIsoDate(range[0]), fromIsoDate(range[1])]}
              onChange={(days) => {
                setRange([toIsoDate(days?.[0]), toIsoDate(days?.[1])]);
                resetPage();
              }}
              allowEmpty={[true, true]}
              placeholder={[t('audit.from'), t('audit.to')]}
              data-testid="audit-range"
            />
          </Filter>
        </Space>
      </Card>
      {entries.isError ? <ErrorAlert error={entries.error} className="form-alert" /> : null}
      <Table<AuditEntry>
        data-testid="audit-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={entries.data?.items ?? []}
        loading={entries.isFetching}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: entries.data?.total ?? 0,
          showTotal: (n) => t('common.totalRows', { n: formatNumber(n, i18n.language) }),
        }}
        onChange={(p) => setPage({ current: p.current ?? 1, pageSize: p.pageSize ?? 50 })}
      />
    </>
  );
}
