import { CheckOutlined, RollbackOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import type { RuleViolation } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import {
  approveReport,
  type ReportDetail,
  type ReportStatus,
  returnReport,
  submitReport,
  unlockReport,
} from '../../api/reporting';
import { ErrorAlert } from '../../components/ErrorAlert';
import { REPORT_STATUS_COLORS } from './labels';
import { reportKeys } from './queries';

interface Props {
  detail: ReportDetail;
  /** Errors the rules find now: submitting waits until they are fixed. */
  isBlocked: boolean;
  /** Saves what waits; true when nothing is left unsent. */
  saveFirst: () => Promise<boolean>;
  onServerViolations: (violations: RuleViolation[]) => void;
}

type ReasonAction = 'return' | 'unlock';

interface PendingChild {
  unitId: number;
  name: string;
  status: ReportStatus | null;
}

const MIN_REASON = 3;

function pendingOf(error: unknown): PendingChild[] {
  if (!isApiError(error) || error.code !== 'CHILDREN_NOT_APPROVED') return [];
  const list = (error.details as { pending?: unknown } | undefined)?.pending;
  return Array.isArray(list) ? (list as PendingChild[]) : [];
}

/** Nộp, trả lại, phê duyệt, mở khóa: the buttons the person's rights allow, each answering the new report. */
export function WorkflowActions({ detail, isBlocked, saveFirst, onServerViolations }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [reasonFor, setReasonFor] = useState<ReasonAction | null>(null);
  const [reason, setReason] = useState('');
  const [reasonTouched, setReasonTouched] = useState(false);
  // Read the latest copy at click time: an autosave may have moved the version since this render.
  const latest = () => client.getQueryData<ReportDetail>(reportKeys.detail(detail.id)) ?? detail;

  const step = useMutation({
    mutationFn: async (action: 'submit' | 'approve' | ReasonAction) => {
      const current = latest();
      switch (action) {
        case 'submit': {
          if (!(await saveFirst())) throw new Error('unsent');
          return submitReport(current.id, latest().version);
        }
        case 'approve':
          return approveReport(current.id, current.version);
        case 'return':
          return returnReport(current.id, current.version, reason.trim());
        case 'unlock':
          return unlockReport(current.id, reason.trim());
      }
    },
    onSuccess: (next, action) => {
      client.setQueryData(reportKeys.detail(next.id), next);
      void client.invalidateQueries({ queryKey: ['reports', 'list'] });
      const done = {
        submit: 'submitted',
        approve: 'approved',
        return: 'returned',
        unlock: 'unlocked',
      } as const;
      message.success(t(`reporting.actions.${done[action]}`));
      setReasonFor(null);
      setReason('');
      setReasonTouched(false);
      onServerViolations([]);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'REPORT_INVALID') {
        const list = (error.details as { violations?: unknown } | undefined)?.violations;
        if (Array.isArray(list)) onServerViolations(list as RuleViolation[]);
      }
      if (isApiError(error) && (error.code === 'CONFLICT' || error.code === 'REPORT_STATE')) {
        void client.invalidateQueries({ queryKey: reportKeys.detail(detail.id) });
      }
    },
  });

  const isUnsent = step.error instanceof Error && step.error.message === 'unsent' && !isApiError(step.error);
  const pending = pendingOf(step.error);
  const can = detail.can;
  const isReasonValid = reason.trim().length >= MIN_REASON;
  const anyAction = can.submit || can.return || can.approve || can.unlock;
  if (!anyAction) return null;

  return (
    <Card size="small" className="section report-actions no-print">
      <Space wrap>
        {can.submit ? (
          <Button
            type="primary"
            icon={<SendOutlined />}
            disabled={isBlocked}
            loading={step.isPending && step.variables === 'submit'}
            onClick={() => step.mutate('submit')}
            data-testid="report-submit"
          >
            {t('reporting.actions.submit')}
          </Button>
        ) : null}
        {can.approve ? (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={step.isPending && step.variables === 'approve'}
            onClick={() => step.mutate('approve')}
            data-testid="report-approve"
          >
            {t('reporting.actions.approve')}
          </Button>
        ) : null}
        {can.return ? (
          <Button
            icon={<RollbackOutlined />}
            onClick={() => setReasonFor('return')}
            data-testid="report-return"
          >
            {t('reporting.actions.return')}
          </Button>
        ) : null}
        {can.unlock ? (
          <Button
            icon={<UnlockOutlined />}
            onClick={() => setReasonFor('unlock')}
            data-testid="report-unlock"
          >
            {t('reporting.actions.unlock')}
          </Button>
        ) : null}
      </Space>
      {can.submit && isBlocked ? (
        <Typography.Paragraph type="danger" className="report-actions__hint">
          {t('reporting.violations.submitBlocked')}
        </Typography.Paragraph>
      ) : null}
      {isUnsent ? (
        <Alert type="error" showIcon className="form-alert" title={t('reporting.actions.unsavedFirst')} />
      ) : pending.length > 0 ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          data-testid="children-pending"
          title={t('reporting.actions.pendingTitle')}
          description={
            <ul className="problem-list">
              {pending.map((p) => (
                <li key={p.unitId}>
                  {p.name}{' '}
                  {p.status ? (
                    <Tag color={REPORT_STATUS_COLORS[p.status]}>{t(`reporting.statuses.${p.status}`)}</Tag>
                  ) : null}
                </li>
              ))}
            </ul>
          }
        />
      ) : step.isError && !reasonFor ? (
        <ErrorAlert error={step.error} className="form-alert" />
      ) : null}
      <Modal
        open={reasonFor !== null}
        title={t(reasonFor === 'unlock' ? 'reporting.actions.unlockTitle' : 'reporting.actions.returnTitle')}
        okText={t('reporting.actions.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'reason-confirm', loading: step.isPending }}
        onOk={() => {
          setReasonTouched(true);
          if (isReasonValid && reasonFor) step.mutate(reasonFor);
        }}
        onCancel={() => {
          setReasonFor(null);
          setReasonTouched(false);
          step.reset();
        }}
        destroyOnHidden
      >
        <label htmlFor="report-reason" className="report-field__label">
          {t('reporting.actions.reason')}
        </label>
        <Input.TextArea
          id="report-reason"
          data-testid="reason-input"
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          value={reason}
          status={reasonTouched && !isReasonValid ? 'error' : undefined}
          aria-invalid={reasonTouched && !isReasonValid}
          aria-describedby="report-reason-help"
          onChange={(e) => setReason(e.target.value)}
          autoFocus
        />
        <Typography.Text
          id="report-reason-help"
          type={reasonTouched && !isReasonValid ? 'danger' : 'secondary'}
          className="report-reason__help"
        >
          {t('reporting.actions.reasonRequired')}
        </Typography.Text>
        {step.isError && reasonFor ? <ErrorAlert error={step.error} className="form-alert" /> : null}
      </Modal>
    </Card>
  );
}
