import { EditOutlined } from '@ant-design/icons';
import { TASK_STATUSES } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Modal, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listMyTasks, listPlans, type Task } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter, FilterBar } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { SearchInput } from '../../components/SearchInput';
import { formatDateTime } from '../../lib/format';
import { useUrlParams } from '../../lib/use-url-params';
import { useCan } from '../auth/session';
import { ProgressForm } from './ProgressForm';
import { TaskDrawer } from './TaskDrawer';
import { TaskTable, useTaskColumns } from './TaskTable';
import { filterMyTasks } from './task-view';

/**
 * Nhiệm vụ của tôi: the tasks whose lead or coordinating units are the signed-in person's units, with a quick
 * progress update (status and note) on each row.
 */
export function MyTasksPage() {
  const { t } = useTranslation();
  const canUpdate = useCan('task.update');
  const { params, update, oneOf } = useUrlParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const status = oneOf('status', TASK_STATUSES);
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

  const shared = useTaskColumns((task) => setOpenId(task.id));
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
    shared.content,
    { ...shared.lead, responsive: ['lg'] },
    shared.timeframe,
    shared.status,
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
      <FilterBar>
        <Filter htmlFor="my-tasks-search" label={t('common.search')}>
          <SearchInput
            id="my-tasks-search"
            value={search}
            onChange={(v) => {
              setSearch(v);
              update({ q: v.trim() || undefined });
            }}
            style={{ width: 300 }}
          />
        </Filter>
        <Filter htmlFor="my-tasks-status" label={t('plans.taskFields.status')}>
          <Select
            id="my-tasks-status"
            allowClear
            placeholder={t('common.all')}
            value={status}
            onChange={(v) => update({ status: v })}
            options={TASK_STATUSES.map((s) => ({ value: s, label: t(`plans.taskStatuses.${s}`) }))}
            style={{ width: 200 }}
          />
        </Filter>
      </FilterBar>
      {tasks.isError ? <ErrorAlert error={tasks.error} className="form-alert" /> : null}
      <TaskTable
        testId="my-tasks-table"
        rows={rows}
        columns={columns}
        loading={tasks.isFetching}
        emptyText={t('plans.myTasks.empty')}
        onOpen={(task) => setOpenId(task.id)}
      />
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
