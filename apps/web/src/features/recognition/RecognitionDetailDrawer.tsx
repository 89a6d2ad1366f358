import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  FileDoneOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { App, Button, Descriptions, Divider, Drawer, Grid, Space, Spin, Timeline, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Recognition, withdrawNomination } from '../../api/recognition';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { EvidenceList } from './EvidenceList';
import { availableActions, decidedByLabel, formLabel, nomineeName, type RecognitionActions } from './labels';
import { useRecognition, useStoreRecognition } from './queries';
import { RecognitionStatusTag } from './RecognitionStatusTag';
import { StepDialog } from './StepDialog';
import type { Step } from './steps';
import { type TimelineStep, timelineSteps } from './timeline';
import { useRecognitionRights } from './use-rights';

interface Props {
  id: number;
  /** False while it slides shut; `afterClose` then unmounts it. */
  open: boolean;
  afterClose: () => void;
  /** The register's copy, shown while the nomination is read again. */
  initial?: Recognition;
  onClose: () => void;
  onEdit: (r: Recognition) => void;
}

type Action = keyof RecognitionActions;

const ACTION_ICONS: Record<Action, ReactNode> = {
  review: <FileDoneOutlined />,
  grant: <TrophyOutlined />,
  decline: <CloseCircleOutlined />,
  edit: <EditOutlined />,
  withdraw: <DeleteOutlined />,
};

/**
 * One nomination: who, for what, why, the evidence with links, and the timeline of its steps; the steps the status
 * and the person's rights allow (review, grant, decline; edit and withdraw while nominated). Full width on a phone.
 */
export function RecognitionDetailDrawer({ id, open, afterClose, initial, onClose, onEdit }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const screens = Grid.useBreakpoint();
  const store = useStoreRecognition();
  const detail = useRecognition(id, initial, open);
  const r = detail.data;
  const rights = useRecognitionRights(r);
  const [step, setStep] = useState<Step | null>(null);
  const allowed = r ? availableActions(r, rights) : null;
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const confirmWithdraw = (rec: Recognition) =>
    modal.confirm({
      title: t('recognition.steps.withdraw.title', { name: nomineeName(rec) }),
      content: t('recognition.steps.withdraw.body'),
      okText: t('recognition.actions.withdraw'),
      okButtonProps: { danger: true, 'data-testid': 'recognition-withdraw-ok' } as never,
      cancelText: t('recognition.steps.withdraw.keep'),
      onOk: async () => {
        try {
          await withdrawNomination(rec.id);
          store({ id: rec.id, removed: true });
          message.success(t('recognition.steps.withdraw.done'));
          onClose();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });

  const run = (action: Action, rec: Recognition) => {
    if (action === 'edit') onEdit(rec);
    else if (action === 'withdraw') confirmWithdraw(rec);
    else setStep(action);
  };

  const order: Action[] = ['review', 'grant', 'decline', 'edit', 'withdraw'];
  const shown = allowed ? order.filter((a) => allowed[a]) : [];

  return (
    <Drawer
      open={open}
      afterOpenChange={(isOpen) => {
        if (!isOpen) afterClose();
      }}
      title={r ? nomineeName(r) : t('recognition.detail.title')}
      extra={r ? <RecognitionStatusTag status={r.status} testId="recognition-detail-status" /> : null}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      footer={
        shown.length > 0 && r ? (
          <Space wrap>
            {shown.map((a) => (
              <Button
                key={a}
                icon={ACTION_ICONS[a]}
                type={a === 'grant' || (a === 'review' && !allowed?.grant) ? 'primary' : 'default'}
                danger={a === 'decline' || a === 'withdraw'}
                onClick={() => run(a, r)}
                data-testid={`recognition-${a}`}
              >
                {t(`recognition.actions.${a}`)}
              </Button>
            ))}
          </Space>
        ) : null
      }
    >
      <div data-testid="recognition-detail">
        {detail.isError && !r ? <ErrorAlert error={detail.error} className="form-alert" /> : null}
        {!r ? (
          detail.isPending ? (
            <Spin />
          ) : null
        ) : (
          <>
            <Descriptions
              column={1}
              size="small"
              bordered
              // Labels beside the values on a wider screen, above them on a phone (a label column would take half).
              layout={screens.sm ? 'horizontal' : 'vertical'}
              styles={{ label: screens.sm ? { width: 150 } : {} }}
              className="recognition-facts"
              items={[
                {
                  key: 'kind',
                  label: t('recognition.detail.kind'),
                  children: t(`recognition.kinds.${r.nomineeKind}`),
                },
                ...(r.nomineeKind === 'individual'
                  ? [
                      { key: 'person', label: t('recognition.detail.person'), children: r.personName },
                      {
                        key: 'position',
                        label: t('recognition.detail.position'),
                        children: r.personPosition || none,
                      },
                    ]
                  : []),
                {
                  key: 'unit',
                  label:
                    r.nomineeKind === 'individual'
                      ? t('recognition.detail.workUnit')
                      : t('recognition.detail.unit'),
                  children: r.unit.name,
                },
                {
                  key: 'province',
                  label: t('recognition.detail.province'),
                  children: r.province?.name ?? none,
                },
                {
                  key: 'form',
                  label: t('recognition.detail.form'),
                  children: (
                    <>
                      {formLabel(r.form, t)}
                      <Typography.Text type="secondary"> · {decidedByLabel(r.form, t)}</Typography.Text>
                    </>
                  ),
                },
                { key: 'year', label: t('recognition.detail.year'), children: r.year },
                {
                  key: 'reason',
                  label: t('recognition.detail.reason'),
                  children: <span className="pre-wrap">{r.reason}</span>,
                },
              ]}
            />

            <Divider titlePlacement="start">{t('recognition.detail.evidence')}</Divider>
            <EvidenceList links={r.evidence} />

            <Divider titlePlacement="start">{t('recognition.detail.timeline')}</Divider>
            <Timeline
              className="recognition-timeline"
              data-testid="recognition-timeline"
              items={timelineSteps(r).map((s) => ({
                key: s.key,
                color: s.key === 'declined' ? 'red' : s.done ? 'green' : 'gray',
                icon: s.key === 'granted' ? <CheckCircleOutlined /> : undefined,
                content: <TimelineText step={s} />,
              }))}
            />
          </>
        )}
      </div>
      {step && r ? <StepDialog step={step} recognition={r} onClose={() => setStep(null)} /> : null}
    </Drawer>
  );
}

/** One step of the timeline: what, when, by whom, and its note (the review's note, the decision, the reason). */
function TimelineText({ step }: { step: TimelineStep }) {
  const { t } = useTranslation();
  const when = step.on ? (step.isInstant ? formatDateTime(step.on) : formatDate(step.on)) : '';
  return (
    <div data-testid={`recognition-step-${step.key}`} data-done={step.done}>
      <Typography.Text strong={step.done} type={step.done ? undefined : 'secondary'}>
        {t(`recognition.timeline.${step.key}`)}
      </Typography.Text>
      {when ? <span className="timeline-when"> · {when}</span> : null}
      {step.by ? <div className="timeline-by">{t('recognition.timeline.by', { name: step.by })}</div> : null}
      {step.note ? (
        <div className="timeline-note pre-wrap">
          {t(`recognition.timeline.notes.${step.key}`, { note: step.note })}
        </div>
      ) : null}
      {!step.done ? <div className="timeline-by">{t('recognition.timeline.pending')}</div> : null}
    </div>
  );
}
