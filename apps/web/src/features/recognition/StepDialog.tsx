import { todayInVietnam } from '@suotdoi/shared';
import { useMutation } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Modal, Space, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import {
  declineNomination,
  getRecognition,
  grantNomination,
  type Recognition,
  reviewNomination,
} from '../../api/recognition';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { formatDate } from '../../lib/format';
import { formLabel, nomineeName } from './labels';
import { DECISION_NUMBER_MAX, decisionDateProblem, NOTE_MAX } from './nomination-form';
import { problemText, withOwnWords } from './problem-text';
import { useStoreRecognition } from './queries';
import { changedStepFields, type Step, type StepValues, stepBody, stepFieldText } from './steps';

interface Props {
  step: Step;
  recognition: Recognition;
  onClose: () => void;
}

const CALLS = {
  review: (id: number, body: ReturnType<typeof stepBody>) =>
    reviewNomination(id, body as Parameters<typeof reviewNomination>[1]),
  grant: (id: number, body: ReturnType<typeof stepBody>) =>
    grantNomination(id, body as Parameters<typeof grantNomination>[1]),
  decline: (id: number, body: ReturnType<typeof stepBody>) =>
    declineNomination(id, body as Parameters<typeof declineNomination>[1]),
};

/** The server fields of a step, as the dialog's fields are named. */
const STEP_FIELD_OF: Record<string, keyof StepValues> = {
  note: 'note',
  decisionNumber: 'decisionNumber',
  decisionDate: 'decisionDate',
  reason: 'reason',
};

/**
 * Review (an optional note), grant (the decision's number and date, both required; the date not before the
 * nomination nor after today, checked here and again by the server) or decline (the reason is required). When a
 * colleague changed the nomination meanwhile (409 CONFLICT), what changed shows first, and the person either takes
 * the new version (the dialog closes on it) or takes the step on it anyway.
 */
export function StepDialog({ step, recognition, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const store = useStoreRecognition();
  const [form] = Form.useForm<StepValues>();
  const [base, setBase] = useState(recognition);
  const [conflict, setConflict] = useState<Recognition | null>(null);

  const run = useMutation({
    mutationFn: ({ values, against }: { values: StepValues; against: Recognition }) =>
      CALLS[step](against.id, stepBody(step, values, against.version)),
    onSuccess: (saved) => {
      store(saved);
      message.success(t(`recognition.steps.${step}.done`));
      onClose();
    },
    onError: async (error) => {
      if (!isApiError(error)) return;
      if (error.code === 'CONFLICT') {
        const current = await getRecognition(base.id).catch(() => null);
        if (current) setConflict(current);
        return;
      }
      const fields = error.problems
        .map((p) => ({ name: STEP_FIELD_OF[p.field.replace(/^body\./, '')], p }))
        .filter((x) => x.name !== undefined);
      if (fields.length)
        form.setFields(
          fields.map(({ name, p }) => ({ name: name!, errors: [problemText(p, t, i18n.language)] })),
        );
    },
  });

  const required = (message: string): Rule => ({ required: true, whitespace: true, message });
  const max = (n: number): Rule => ({ max: n, message: t('validation.max', { max: n }) });
  const dateRule: Rule = {
    validator: async (_, v: string | null) => {
      if (!v) throw new Error(t('validation.required'));
      const problem = decisionDateProblem(v, base.nominatedOn, todayInVietnam());
      if (problem) throw new Error(t(`recognition.reasons.${problem}`, { value: formatDate(v) }));
    },
  };
  const name = nomineeName(base);
  const conflictRows = conflict
    ? changedStepFields(base, conflict).map((f) => ({
        field: f,
        label: t(`recognition.stepFields.${f}`),
        theirs: <span className="cell-wrap">{stepFieldText(conflict, f, t)}</span>,
        mine: <span className="cell-wrap">{stepFieldText(base, f, t)}</span>,
      }))
    : [];
  const showError = run.isError && !conflict && !(isApiError(run.error) && run.error.code === 'CONFLICT');

  return (
    <Modal
      open
      title={t(`recognition.steps.${step}.title`, { name })}
      okText={t(`recognition.actions.${step}`)}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={run.isPending && !conflict}
      okButtonProps={
        {
          danger: step === 'decline',
          disabled: conflict !== null,
          'data-testid': `recognition-${step}-ok`,
        } as ButtonProps
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {formLabel(base.form, t)} · {base.year} · {t('recognition.columns.nominatedOn')}{' '}
        {formatDate(base.nominatedOn)}
      </Typography.Paragraph>
      {conflict ? (
        <ConflictAlert
          testId="recognition-step-conflict"
          savedAt={conflict.updatedAt}
          help={t('recognition.steps.conflictHelp')}
          rows={conflictRows}
          onTakeTheirs={() => {
            store(conflict);
            onClose();
          }}
          onKeepMine={() => {
            setBase(conflict);
            setConflict(null);
            run.mutate({ values: form.getFieldsValue(true), against: conflict });
          }}
          saving={run.isPending}
        />
      ) : null}
      {showError ? (
        <ErrorAlert error={withOwnWords(run.error, t, i18n.language)} className="form-alert" />
      ) : null}
      <Form<StepValues>
        form={form}
        layout="vertical"
        onFinish={(values) => run.mutate({ values, against: base })}
      >
        {step === 'review' ? (
          <>
            <Typography.Paragraph>{t('recognition.steps.review.body')}</Typography.Paragraph>
            <Form.Item name="note" label={t('recognition.steps.review.note')} rules={[max(NOTE_MAX)]}>
              <Input.TextArea
                autoFocus
                rows={3}
                maxLength={NOTE_MAX}
                showCount
                data-testid="recognition-review-note"
              />
            </Form.Item>
          </>
        ) : null}
        {step === 'grant' ? (
          <Space wrap align="start">
            <Form.Item
              name="decisionNumber"
              label={t('recognition.steps.grant.number')}
              extra={t('recognition.steps.grant.numberHelp')}
              rules={[required(t('validation.required')), max(DECISION_NUMBER_MAX)]}
            >
              <Input
                autoFocus
                autoComplete="off"
                maxLength={DECISION_NUMBER_MAX}
                style={{ width: 220 }}
                data-testid="recognition-decision-number"
              />
            </Form.Item>
            <Form.Item
              name="decisionDate"
              label={t('recognition.steps.grant.date')}
              required
              extra={t('recognition.steps.grant.dateHelp', { date: formatDate(base.nominatedOn) })}
              rules={[dateRule]}
            >
              <IsoDatePicker placeholder="dd/mm/yyyy" data-testid="recognition-decision-date" />
            </Form.Item>
          </Space>
        ) : null}
        {step === 'decline' ? (
          <Form.Item
            name="reason"
            label={t('recognition.steps.decline.reason')}
            extra={t('recognition.steps.decline.reasonHelp')}
            rules={[required(t('recognition.steps.decline.reasonRequired')), max(NOTE_MAX)]}
          >
            <Input.TextArea
              autoFocus
              rows={3}
              maxLength={NOTE_MAX}
              showCount
              data-testid="recognition-decline-reason"
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
