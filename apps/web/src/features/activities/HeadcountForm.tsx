import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Activity, recordHeadcount } from '../../api/activities';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { activityKeys } from './queries';

interface Values {
  count: number | null;
  note: string;
}

/**
 * Đếm người đến trực tiếp: walk-ins who did not register, counted by staff for a session (POST …/headcounts).
 * Each count is its own attendance row with source "headcount", so a second count adds to the first.
 */
export function HeadcountForm({ activityId, sessionId }: { activityId: number; sessionId?: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      recordHeadcount(activityId, {
        count: v.count ?? 0,
        ...(sessionId ? { sessionId } : {}),
        note: v.note.trim() || null,
      }),
    onSuccess: (answer, v) => {
      client.setQueryData<Activity>(activityKeys.detail(activityId), (old) =>
        old ? { ...old, counts: answer.counts } : old,
      );
      void client.invalidateQueries({ queryKey: activityKeys.attendance(activityId) });
      message.success(t('activities.headcount.done', { n: formatNumber(v.count ?? 0, i18n.language) }));
      form.resetFields();
    },
  });
  return (
    <Card
      className="section"
      title={<h2 className="card-heading">{t('activities.headcount.title')}</h2>}
      data-testid="headcount-card"
    >
      <p className="ant-typography ant-typography-secondary">{t('activities.headcount.help')}</p>
      {save.isError ? <ErrorAlert error={save.error} className="form-alert" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ count: null, note: '' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="count"
          label={t('activities.headcount.count')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'integer', min: 1, max: 100_000, message: t('activities.headcount.countRange') },
          ]}
        >
          <InputNumber
            min={1}
            max={100_000}
            precision={0}
            inputMode="numeric"
            size="large"
            style={{ width: '100%' }}
            data-testid="headcount-count"
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('activities.headcount.note')}
          rules={[{ max: 300, message: t('validation.max', { max: 300 }) }]}
        >
          <Input
            maxLength={300}
            placeholder={t('activities.headcount.notePlaceholder')}
            data-testid="headcount-note"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={save.isPending}
          data-testid="headcount-save"
        >
          {t('activities.headcount.save')}
        </Button>
      </Form>
    </Card>
  );
}
