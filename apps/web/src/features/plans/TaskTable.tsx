import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../api/plans';
import { formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { timeframeText } from './labels';
import { TaskStatusTag } from './TaskStatusTag';
import { partiesText } from './task-view';

type Column = ColumnsType<Task>[number];

/** The columns every task list shows (a plan's tasks, "my tasks"), each page adding its own around them. */
export function useTaskColumns(onOpen: (task: Task) => void) {
  const { t } = useTranslation();
  const content: Column = {
    title: t('plans.taskFields.content'),
    dataIndex: 'content',
    key: 'content',
    render: (v: string, task) => (
      <Button
        type="link"
        className="task-link"
        onClick={(e) => {
          e.stopPropagation();
          onOpen(task);
        }}
      >
        <span className="task-link__text">{v}</span>
      </Button>
    ),
  };
  const lead: Column = {
    title: t('plans.taskFields.lead'),
    key: 'lead',
    render: (_, task) => <span className="cell-wrap">{partiesText(task.lead)}</span>,
  };
  const timeframe: Column = {
    title: t('plans.taskFields.timeframe'),
    key: 'timeframe',
    render: (_, task) => timeframeText(task, t),
  };
  const status: Column = {
    title: t('plans.taskFields.status'),
    key: 'status',
    render: (_, task) => <TaskStatusTag task={task} />,
  };
  return { content, lead, timeframe, status };
}

interface Props {
  testId: string;
  rows: Task[];
  columns: ColumnsType<Task>;
  loading: boolean;
  emptyText: string;
  onOpen: (task: Task) => void;
}

/** A list of tasks: a click on a row opens it; the count under it; the print stylesheet keeps it whole. */
export function TaskTable({ testId, rows, columns, loading, emptyText, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div data-testid={testId} className="print-table">
        <Table<Task>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={loading}
          scroll={{ x: 'max-content' }}
          pagination={clientPagination(rows.length)}
          onRow={(task) => ({ onClick: () => onOpen(task), className: 'clickable-row' })}
          locale={{ emptyText }}
        />
      </div>
      <Typography.Paragraph type="secondary">
        {t('common.totalRows', { n: formatNumber(rows.length, i18n.language) })}
      </Typography.Paragraph>
    </>
  );
}
