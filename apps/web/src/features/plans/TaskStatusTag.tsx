import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../api/plans';
import { TASK_STATUS_COLORS } from './labels';

/** A task's status, and "late" beside it when the task is behind. */
export function TaskStatusTag({ task }: { task: Pick<Task, 'status' | 'timeliness'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={TASK_STATUS_COLORS[task.status]}>{t(`plans.taskStatuses.${task.status}`)}</Tag>
      {task.timeliness === 'late' ? <Tag color="red">{t('plans.timeliness.late')}</Tag> : null}
    </Space>
  );
}
