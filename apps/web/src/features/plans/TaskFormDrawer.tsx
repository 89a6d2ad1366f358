import { TASK_AREAS, TASK_STATUSES } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Drawer, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { createTask, type Task, updateTask } from '../../api/plans';
import { DrawerFooter } from '../../components/DrawerFooter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type TaskFormValues, TIMEFRAME_POINT, timeframeOrdered, toTaskBody, toTaskForm } from './task-form';

/** Add or edit a task of a plan: area, content, product, lead and coordinating units, timeframe, status. */
export function TaskFormDrawer({
  planId,
  task,
  onClose,
}: {
  planId: number;
  task: Task | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<TaskFormValues>();
  const save = useMutation({
    mutationFn: (values: TaskFormValues) => {
      const body = toTaskBody(values, task ?? undefined);
      return task
        ? updateTask(task.id, { ...body, expectedUpdatedAt: task.updatedAt })
        : createTask(planId, body);
    },
    onSuccess: () => {
      message.success(t('plans.tasks.saved'));
      void client.invalidateQueries({ queryKey: ['plans'] });
      void client.invalidateQueries({ queryKey: ['tasks'] });
      onClose();
    },
  });
  const timeframeRule = { pattern: TIMEFRAME_POINT, message: t('plans.tasks.timeframeFormat') };

  return (
    <Drawer
      open
      title={task ? t('plans.tasks.editTitle') : t('plans.tasks.newTitle')}
      onClose={onClose}
      size={640}
      destroyOnHidden
      footer={
        <DrawerFooter
          onSave={() => form.submit()}
          onCancel={onClose}
          saving={save.isPending}
          saveTestId="task-save"
        />
      }
    >
      <Form<TaskFormValues>
        form={form}
        layout="vertical"
        initialValues={
          task
            ? toTaskForm(task)
            : { lead: [], coordinating: [], recurrence: 'once', status: 'not_started', from: '', to: '' }
        }
        onFinish={(values) => save.mutate(values)}
        scrollToFirstError
      >
        {save.isError ? (
          <ErrorAlert
            error={save.error}
            className="form-alert"
            fieldLabel={(f) => t(`plans.taskFields.${f.split('.')[0]}`, { defaultValue: f })}
          />
        ) : null}
        <Space className="form-row" align="start" wrap>
          <Form.Item label={t('plans.taskFields.code')} name="code" rules={[{ max: 40 }]}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            label={t('plans.taskFields.area')}
            name="area"
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select
              style={{ width: 320 }}
              options={TASK_AREAS.map((a) => ({ value: a, label: t(`plans.areas.${a}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          label={t('plans.taskFields.content')}
          name="content"
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 4000, message: t('validation.max', { max: 4000 }) },
          ]}
        >
          <Input.TextArea rows={4} data-testid="task-content" />
        </Form.Item>
        <Form.Item label={t('plans.taskFields.product')} name="product" rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t('plans.taskFields.note')} name="note" rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t('plans.taskFields.lead')} name="lead" extra={t('plans.tasks.partiesHelp')}>
          <Select mode="tags" tokenSeparators={[';']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item label={t('plans.taskFields.coordinating')} name="coordinating">
          <Select mode="tags" tokenSeparators={[';']} open={false} suffixIcon={null} />
        </Form.Item>
        <Space className="form-row" align="start" wrap>
          <Form.Item
            label={t('plans.taskFields.from')}
            name="from"
            rules={[{ required: true, message: t('validation.required') }, timeframeRule]}
            extra={t('plans.tasks.timeframeHelp')}
          >
            <Input style={{ width: 160 }} inputMode="numeric" placeholder="2023" />
          </Form.Item>
          <Form.Item
            label={t('plans.taskFields.to')}
            name="to"
            dependencies={['from']}
            rules={[
              timeframeRule,
              ({ getFieldValue }) => ({
                validator: (_, value: string) =>
                  !value ||
                  !TIMEFRAME_POINT.test(getFieldValue('from') ?? '') ||
                  timeframeOrdered(getFieldValue('from'), value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('validation.endAfterStart'))),
              }),
            ]}
          >
            <Input style={{ width: 160 }} inputMode="numeric" placeholder="2025" />
          </Form.Item>
          <Form.Item label={t('plans.taskFields.recurrence')} name="recurrence">
            <Select
              style={{ width: 180 }}
              options={(['once', 'yearly', 'continuous'] as const).map((r) => ({
                value: r,
                label: t(`plans.recurrences.${r}`),
              }))}
            />
          </Form.Item>
        </Space>
        <Space className="form-row" align="start" wrap>
          <Form.Item label={t('plans.taskFields.status')} name="status">
            <Select
              style={{ width: 200 }}
              options={TASK_STATUSES.map((s) => ({ value: s, label: t(`plans.taskStatuses.${s}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('plans.taskFields.timeliness')} name="timeliness">
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('common.none')}
              options={(['on_time', 'late'] as const).map((v) => ({
                value: v,
                label: t(`plans.timeliness.${v}`),
              }))}
            />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}
