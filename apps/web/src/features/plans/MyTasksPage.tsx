import { EditOutlined } from '@ant-design/icons';
import { TASK_STATUSES } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Modal, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { listMyTasks, listPlans, type Task, type TaskStatus } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { SearchInput } from '../../components/SearchInput';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useCan } from '../auth/session';
import { timeframeText } from './labels';
import { ProgressForm } from './ProgressForm';
import { TaskDrawer } from './TaskDrawer';
import { TaskStatusTag } from './TaskStatusTag';
import { filterMyTasks, partiesText } from './task-view';

/**
 * Nhiệm vụ của tôi: the tasks whose lead or coordinating units are the signed-in person's units, with a quick
 * progress update (status and note) on each row.
 */
export function MyTasksPage() {
  const { t, i18n } = useTranslation();
  const canUpdate = useCan('task.update');
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const rawStatus = params.get('status');
  const status = (TASK_STATUSES as readonly string[]).includes(rawStatus ?? '')
    ? (rawStatus as TaskStatus)
    : undefined;
  const [updating, setUpdating] = useState<Task | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const tasks = useQuery({ queryKey: ['tasks', 'mine'], queryFn: ({ signal }) => listMyTasks(signal) });
  // Plans are named short here (number or issuer): their full titles repeat the Program's long name.
  const plans = useQuery({ queryKey: ['plans', 'list'], queryFn: ({ signal }) => listPlans(signal) });
  const planNames = useMemo(
    () =>
      new Map(
        (plans.data ?? []).map((p) => [p.id, p.symbol ? `${p.symbol} · ${p.issuerName}` : p.issuerName]),
      ),
    [plans.data],
  );
  const rows = useMemo(() => filterMyTasks(tasks.data ?? [], search, status), [tasks.data, search, status]);
  const open = tasks.data?.find((x) => x.id === openId) ?? null;
  const set = (key: string, value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const columns: ColumnsType<Task> = [
    {
      title: t('plans.taskFields.plan'),
      key: 'plan',
      responsive: ['md'],
      render: (_, task) => (
        <Link
          to={`/plans/${task.planId}?tab=tasks`}
          onClick={(e) => e.stopPropagation()}
          className="cell-wrap"
          title={task.planTitle}
        >
          {planNames.get(task.planId) ?? task.planTitle}
        </Link>
      ),
    },
    {
      title: t('plans.taskFields.content'),
      dataIndex: 'content',
      key: 'content',
      render: (v: string, task) => (
        <Button
          type="link"
          className="task-link"
          onClick={(e) => {
            e.stopPropagation();
            setOpenId(task.id);
          }}
        >
          <span className="task-link__text">{v}</span>
        </Button>
      ),
    },
    {
      title: t('plans.taskFields.lead'),
      key: 'lead',
      responsive: ['lg'],
      render: (_, task) => <span className="cell-wrap">{partiesText(task.lead)}</span>,
    },
    { title: t('plans.taskFields.timeframe'), key: 'timeframe', render: (_, task) => timeframeText(task, t) },
    {
      title: t('plans.taskFields.status'),
      key: 'status',
      render: (_, task) => <TaskStatusTag task={task} />,
    },
    {
      title: t('plans.taskFields.lastUpdate'),
      key: 'lastUpdate',
      render: (_, task) =>
        task.lastUpdate ? (
          formatDateTime(task.lastUpdate.at)
        ) : (
          <Typography.Text type="warning">{t('plans.tasks.neverUpdated')}</Typography.Text>
        ),
    },
    ...(canUpdate
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, task: Task) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={(e) => {
                  e.stopPropagation();
                  setUpdating(task);
                }}
                aria-label={t('plans.progress.updateOne', { task: task.content.slice(0, 60) })}
                data-testid={`my-task-update-${task.id}`}
              >
                {t('plans.progress.update')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageTitle title={t('plans.myTasks.title')} />
      <Typography.Paragraph type="secondary">{t('plans.myTasks.intro')}</Typography.Paragraph>
      <Card className="section no-print">
        <Space wrap className="filters" align="end">
          <div className="filter">
            <label htmlFor="my-tasks-search">{t('common.search')}</label>
            <SearchInput
              id="my-tasks-search"
              value={search}
              onChange={(v) => {
                setSearch(v);
                set('q', v.trim() || undefined);
              }}
              style={{ width: 300 }}
            />
          </div>
          <div className="filter">
            <label htmlFor="my-tasks-status">{t('plans.taskFields.status')}</label>
            <Select
              id="my-tasks-status"
              allowClear
              placeholder={t('common.all')}
              value={status}
              onChange={(v) => set('status', v)}
              options={TASK_STATUSES.map((s) => ({ value: s, label: t(`plans.taskStatuses.${s}`) }))}
              style={{ width: 200 }}
            />
          </div>
        </Space>
      </Card>
      {tasks.isError ? <ErrorAlert error={tasks.error} className="form-alert" /> : null}
      <div data-testid="my-tasks-table" className="print-table">
        <Table<Task>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={tasks.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          onRow={(task) => ({ onClick: () => setOpenId(task.id), className: 'clickable-row' })}
          locale={{ emptyText: t('plans.myTasks.empty') }}
        />
      </div>
      <Typography.Paragraph type="secondary">
        {t('common.totalRows', { n: formatNumber(rows.length, i18n.language) })}
      </Typography.Paragraph>
      <Modal
        open={updating !== null}
        title={t('plans.progress.title')}
        onCancel={() => setUpdating(null)}
        footer={null}
        destroyOnHidden
      >
        {updating ? (
          <>
            <Typography.Paragraph className="task-content">{updating.content}</Typography.Paragraph>
            <ProgressForm task={updating} onDone={() => setUpdating(null)} />
          </>
        ) : null}
      </Modal>
      {open && !updating ? (
        <TaskDrawer task={open} canWrite={false} planLink onClose={() => setOpenId(null)} />
      ) : null}
    </>
  );
}
