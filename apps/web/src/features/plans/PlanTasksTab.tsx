import { PlusOutlined } from '@ant-design/icons';
import { TASK_AREAS, TASK_STATUSES } from '@suotdoi/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Empty, Segmented, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTasks, type PlanDetail, type Task, type TaskFilters } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter, FilterBar } from '../../components/Filters';
import { foldFilter } from '../../lib/fold-filter';
import { formatDate, formatNumber } from '../../lib/format';
import { useUrlParams } from '../../lib/use-url-params';
import { timeframeText } from './labels';
import { TaskDrawer } from './TaskDrawer';
import { TaskFormDrawer } from './TaskFormDrawer';
import { TaskTable, useTaskColumns } from './TaskTable';
import { filterByLeadText, leadOptions, partiesText } from './task-view';

/** The years any task touches, for the year filter. */
export function taskYears(tasks: readonly Task[]): number[] {
  const years = new Set<number>();
  for (const task of tasks) {
    const last = task.toYear ?? (task.recurrence === 'continuous' ? 2030 : task.fromYear);
    for (let y = task.fromYear; y <= Math.min(last, task.fromYear + 20); y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

export function PlanTasksTab({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const { params, update, positiveInt, oneOf } = useUrlParams();
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const view = params.get('view') === 'board' ? 'board' : 'table';
  const filters: TaskFilters = {
    area: oneOf('area', TASK_AREAS),
    status: oneOf('status', TASK_STATUSES),
    lead: positiveInt('lead'),
    year: positiveInt('year'),
  };

  const all = useQuery({
    queryKey: ['plans', 'tasks', plan.id, {}],
    queryFn: ({ signal }) => listTasks(plan.id, {}, signal),
  });
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const tasks = useQuery({
    queryKey: ['plans', 'tasks', plan.id, filters],
    queryFn: ({ signal }) => listTasks(plan.id, filters, signal),
    enabled: filtered,
    placeholderData: keepPreviousData,
  });
  // A lead written only as text ("UBND các huyện") has no unit to ask the server for: it filters here.
  const leadText = params.get('leadText') ?? undefined;
  const rows = filterByLeadText((filtered ? tasks.data : all.data) ?? [], leadText);
  const leads = useMemo(() => leadOptions(all.data ?? []), [all.data]);
  const years = useMemo(() => taskYears(all.data ?? []), [all.data]);
  const open = rows.find((r) => r.id === openId) ?? all.data?.find((r) => r.id === openId) ?? null;
  const error = all.error ?? tasks.error;

  const shared = useTaskColumns((task) => setOpenId(task.id));
  const columns: ColumnsType<Task> = [
    {
      title: t('plans.taskFields.code'),
      dataIndex: 'code',
      key: 'code',
      render: (v: string | null) => v ?? '',
    },
    shared.content,
    {
      title: t('plans.taskFields.area'),
      dataIndex: 'area',
      key: 'area',
      responsive: ['md'],
      render: (a: Task['area']) => <span className="cell-wrap">{t(`plans.areas.${a}`)}</span>,
    },
    shared.lead,
    shared.timeframe,
    shared.status,
    {
      title: t('plans.taskFields.lastUpdate'),
      key: 'lastUpdate',
      responsive: ['lg'],
      render: (_, task) => (task.lastUpdate ? formatDate(task.lastUpdate.at) : '—'),
    },
  ];

  return (
    <>
      <FilterBar>
        <Filter htmlFor="task-area" label={t('plans.taskFields.area')}>
          <Select
            id="task-area"
            data-testid="task-filter-area"
            allowClear
            placeholder={t('common.all')}
            value={filters.area}
            onChange={(v) => update({ area: v })}
            options={TASK_AREAS.map((a) => ({ value: a, label: t(`plans.areas.${a}`) }))}
            style={{ width: 260 }}
            popupMatchSelectWidth={false}
          />
        </Filter>
        <Filter htmlFor="task-lead" label={t('plans.taskFields.lead')}>
          <Select<string>
            id="task-lead"
            data-testid="task-filter-lead"
            allowClear
            placeholder={t('common.all')}
            value={filters.lead ? `u:${filters.lead}` : leadText ? `t:${leadText}` : undefined}
            onChange={(v) =>
              update({
                lead: v?.startsWith('u:') ? v.slice(2) : undefined,
                leadText: v?.startsWith('t:') ? v.slice(2) : undefined,
              })
            }
            options={leads}
            showSearch={{ filterOption: foldFilter }}
            style={{ width: 260 }}
            popupMatchSelectWidth={false}
          />
        </Filter>
        <Filter htmlFor="task-status" label={t('plans.taskFields.status')}>
          <Select
            id="task-status"
            data-testid="task-filter-status"
            allowClear
            placeholder={t('common.all')}
            value={filters.status}
            onChange={(v) => update({ status: v })}
            options={TASK_STATUSES.map((s) => ({ value: s, label: t(`plans.taskStatuses.${s}`) }))}
            style={{ width: 180 }}
          />
        </Filter>
        <Filter htmlFor="task-year" label={t('plans.taskFields.year')}>
          <Select<number>
            id="task-year"
            data-testid="task-filter-year"
            allowClear
            placeholder={t('common.all')}
            value={filters.year}
            onChange={(v) => update({ year: v })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 120 }}
          />
        </Filter>
        <div className="filter">
          <span className="filter__label" id="task-view-label">
            {t('plans.tasks.view')}
          </span>
          <Segmented
            aria-labelledby="task-view-label"
            value={view}
            onChange={(v) => update({ view: v === 'board' ? 'board' : undefined })}
            options={[
              { value: 'table', label: t('plans.tasks.viewTable') },
              { value: 'board', label: t('plans.tasks.viewBoard') },
            ]}
          />
        </div>
        {plan.canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="task-new">
            {t('plans.tasks.add')}
          </Button>
        ) : null}
      </FilterBar>
      {error ? <ErrorAlert error={error} className="form-alert" /> : null}
      {view === 'table' ? (
        <TaskTable
          testId="plan-tasks-table"
          rows={rows}
          columns={columns}
          loading={all.isFetching || tasks.isFetching}
          emptyText={t('plans.tasks.empty')}
          onOpen={(task) => setOpenId(task.id)}
        />
      ) : (
        <div className="task-board" data-testid="plan-tasks-board">
          {TASK_STATUSES.map((s) => {
            const column = rows.filter((r) => r.status === s);
            return (
              <section key={s} className="task-board__column" aria-labelledby={`board-${s}`}>
                <Typography.Title level={2} className="task-board__heading" id={`board-${s}`}>
                  {t(`plans.taskStatuses.${s}`)} ({formatNumber(column.length, i18n.language)})
                </Typography.Title>
                {column.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={false} />
                ) : null}
                {column.map((task) => (
                  <button
                    key={task.id}
                    type="button"
                    className="task-card"
                    onClick={() => setOpenId(task.id)}
                  >
                    <span className="task-card__content">{task.content}</span>
                    <span className="task-card__meta">
                      {partiesText(task.lead)} · {timeframeText(task, t)}
                    </span>
                    {task.timeliness === 'late' ? <Tag color="red">{t('plans.timeliness.late')}</Tag> : null}
                  </button>
                ))}
              </section>
            );
          })}
          <Typography.Paragraph type="secondary">
            {t('common.totalRows', { n: formatNumber(rows.length, i18n.language) })}
          </Typography.Paragraph>
        </div>
      )}
      {open ? <TaskDrawer task={open} canWrite={plan.canWrite} onClose={() => setOpenId(null)} /> : null}
      {creating ? <TaskFormDrawer planId={plan.id} task={null} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
