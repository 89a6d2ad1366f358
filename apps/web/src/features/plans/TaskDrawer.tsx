import { DeleteOutlined, EditOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Empty,
  Popconfirm,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { deleteTask, downloadEvidence, listTaskUpdates, type Task } from '../../api/plans';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCan } from '../auth/session';
import { TASK_STATUS_COLORS, timeframeText } from './labels';
import { ProgressForm } from './ProgressForm';
import { TaskFormDrawer } from './TaskFormDrawer';
import { TaskStatusTag } from './TaskStatusTag';
import { fileSizeText } from './task-view';

function Parties({ parties }: { parties: Task['lead'] }) {
  const { t } = useTranslation();
  if (parties.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="edge-list">
      {parties.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: parties have no identity beyond their place in the plan
        <li key={i}>{p.unitId ? <Link to={`/units/${p.unitId}`}>{p.text || p.unitName}</Link> : p.text}</li>
      ))}
    </ul>
  );
}

/** A task in full: what, product, who leads and helps, when, status; its progress history; a progress update. */
export function TaskDrawer({
  task,
  canWrite,
  onClose,
  planLink,
}: {
  task: Task;
  canWrite: boolean;
  onClose: () => void;
  /** Show a link to the task's plan (from "my tasks"). */
  planLink?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const canUpdate = useCan('task.update');
  const [editing, setEditing] = useState(false);
  const updates = useQuery({
    queryKey: ['tasks', task.id, 'updates'],
    queryFn: ({ signal }) => listTaskUpdates(task.id, signal),
  });
  const remove = useMutation({
    mutationFn: () => deleteTask(task.id),
    onSuccess: () => {
      message.success(t('plans.tasks.deleted'));
      void client.invalidateQueries({ queryKey: ['plans'] });
      void client.invalidateQueries({ queryKey: ['tasks'] });
      onClose();
    },
  });

  return (
    <Drawer
      open
      onClose={onClose}
      size={720}
      title={task.code ? `${t('plans.tasks.task')} ${task.code}` : t('plans.tasks.task')}
      destroyOnHidden
      extra={
        canWrite ? (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="task-edit">
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('plans.tasks.deleteTitle')}
              okText={t('plans.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutate()}
            >
              <Button
                danger
                icon={<DeleteOutlined />}
                aria-label={t('plans.delete')}
                loading={remove.isPending}
              />
            </Popconfirm>
          </Space>
        ) : null
      }
      data-testid="task-drawer"
    >
      {remove.isError ? <ErrorAlert error={remove.error} className="form-alert" /> : null}
      <Typography.Paragraph className="task-content">{task.content}</Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          ...(planLink
            ? [
                {
                  key: 'plan',
                  label: t('plans.taskFields.plan'),
                  children: <Link to={`/plans/${task.planId}?tab=tasks`}>{task.planTitle}</Link>,
                },
              ]
            : []),
          { key: 'area', label: t('plans.taskFields.area'), children: t(`plans.areas.${task.area}`) },
          { key: 'product', label: t('plans.taskFields.product'), children: task.product ?? '—' },
          { key: 'lead', label: t('plans.taskFields.lead'), children: <Parties parties={task.lead} /> },
          {
            key: 'coordinating',
            label: t('plans.taskFields.coordinating'),
            children: <Parties parties={task.coordinating} />,
          },
          {
            key: 'timeframe',
            label: t('plans.taskFields.timeframe'),
            children: (
              <>
                {timeframeText(task, t)}
                {task.dates && task.dates.length > 0 ? ` · ${task.dates.map(formatDate).join(', ')}` : ''}
              </>
            ),
          },
          { key: 'status', label: t('plans.taskFields.status'), children: <TaskStatusTag task={task} /> },
          ...(task.note ? [{ key: 'note', label: t('plans.taskFields.note'), children: task.note }] : []),
          {
            key: 'lastUpdate',
            label: t('plans.taskFields.lastUpdate'),
            children: task.lastUpdate
              ? `${formatDateTime(task.lastUpdate.at)} (${task.lastUpdate.period})`
              : t('plans.tasks.neverUpdated'),
          },
        ]}
      />

      <Divider titlePlacement="start">{t('plans.progress.history')}</Divider>
      {updates.isError ? <ErrorAlert error={updates.error} /> : null}
      {updates.data && updates.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.progress.none')} />
      ) : (
        <Timeline
          data-testid="task-progress-history"
          items={(updates.data ?? []).map((u) => ({
            key: u.id,
            content: (
              <div>
                <Space wrap size={4}>
                  <strong>{formatDateTime(u.createdAt)}</strong>
                  <Tag color={TASK_STATUS_COLORS[u.status]}>{t(`plans.taskStatuses.${u.status}`)}</Tag>
                  <span>
                    {t('plans.progress.period', { period: u.period })}
                    {u.createdBy ? ` · ${u.createdBy}` : ''}
                  </span>
                </Space>
                <div className="plan-section-text">{u.narrative}</div>
                {u.files.length > 0 ? (
                  <ul className="edge-list">
                    {u.files.map((f) => (
                      <li key={f.id}>
                        <DownloadButton
                          type="link"
                          size="small"
                          icon={<PaperClipOutlined />}
                          download={() => downloadEvidence(f.id, f.name)}
                        >
                          {f.name}
                        </DownloadButton>{' '}
                        ({fileSizeText(f.size, i18n.language)})
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ),
          }))}
        />
      )}

      {canUpdate ? (
        <>
          <Divider titlePlacement="start">{t('plans.progress.title')}</Divider>
          <ProgressForm task={task} />
        </>
      ) : null}
      {editing ? <TaskFormDrawer planId={task.planId} task={task} onClose={() => setEditing(false)} /> : null}
    </Drawer>
  );
}
