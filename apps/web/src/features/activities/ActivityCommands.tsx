import {
  CheckCircleOutlined,
  CopyOutlined,
  DownOutlined,
  EditOutlined,
  QrcodeOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { formatPeriod, todayInVietnam } from '@suotdoi/shared';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Dropdown,
  Form,
  Grid,
  Input,
  Modal,
  Space,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  type Activity,
  cancelActivity,
  completeActivity,
  copyActivity,
  publishActivity,
} from '../../api/activities';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { formatNumber } from '../../lib/format';
import { useCan } from '../auth/session';
import { langOf } from '../institutions/categories';
import { suggestedCopyDate } from './activity-form';
import { instantParts, normalizeTime, toInstant } from './activity-time';
import { type ActivityActions, availableActions } from './labels';
import { useStoreActivity } from './queries';

type Command = keyof ActivityActions;

interface Props {
  activity: Activity;
  /** Opens the edit drawer (the page owns it). */
  onEdit: (activity: Activity) => void;
  /** A copy was made: the page opens it for editing. */
  onCopied: (copy: Activity) => void;
  /** `menu`: one "Thao tác" button (a table row); `buttons`: every action in a row (the detail page). */
  layout: 'menu' | 'buttons';
}

/**
 * Edit, copy, publish, cancel, complete and check in, as far as the activity's status and the person's permission
 * allow. Publishing and completing ask first and say what follows; cancelling asks for the reason registrants are
 * told; copying asks when the copy starts.
 */
export function ActivityCommands({ activity, onEdit, onCopied, layout }: Props) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const store = useStoreActivity();
  const allowed = availableActions(activity, useCan('activity.manage'));
  const [dialog, setDialog] = useState<'copy' | 'cancel' | null>(null);
  // A finger needs a bigger target than a mouse.
  const screens = Grid.useBreakpoint();
  const n = (v: number) => formatNumber(v, i18n.language);

  const confirmPublish = () =>
    modal.confirm({
      title: t('activities.publish.title', { title: activity.title }),
      content: t('activities.publish.body'),
      okText: t('activities.actions.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          store(await publishActivity(activity));
          message.success(t('activities.publish.done'));
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });

  const confirmComplete = () =>
    modal.confirm({
      title: t('activities.complete.title', { title: activity.title }),
      content: (
        <>
          <Typography.Paragraph>{t('activities.complete.body')}</Typography.Paragraph>
          <Typography.Paragraph>
            {t('activities.complete.figures', {
              participants: n(activity.counts.participants),
              checkedIn: n(activity.counts.checkedIn),
              headcount: n(activity.counts.headcount),
            })}
          </Typography.Paragraph>
        </>
      ),
      okText: t('activities.actions.complete'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const done = await completeActivity(activity.id, { version: activity.version });
          store(done);
          const period = formatPeriod(done.report.period, langOf(i18n.language));
          if (done.report.synced) message.success(t('activities.complete.done', { period }));
          else
            message.warning(
              t('activities.complete.notSynced', {
                period,
                reason: t(`activities.complete.syncReasons.${done.report.reason ?? 'unknown'}`),
              }),
              8,
            );
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });

  const run = (command: Command) => {
    if (command === 'edit') onEdit(activity);
    else if (command === 'copy') setDialog('copy');
    else if (command === 'publish') confirmPublish();
    else if (command === 'cancel') setDialog('cancel');
    else if (command === 'complete') confirmComplete();
    else if (command === 'checkIn') navigate(`/activities/${activity.id}/check-in`);
  };

  const entries: { key: Command; icon: ReactNode; danger?: boolean }[] = [
    { key: 'edit', icon: <EditOutlined /> },
    { key: 'checkIn', icon: <QrcodeOutlined /> },
    { key: 'publish', icon: <SendOutlined /> },
    { key: 'copy', icon: <CopyOutlined /> },
    { key: 'complete', icon: <CheckCircleOutlined /> },
    { key: 'cancel', icon: <StopOutlined />, danger: true },
  ];
  const shown = entries.filter((e) => allowed[e.key]);
  if (shown.length === 0) return null;
  const testId = (key: Command) => `activity-${key}-${activity.id}`;

  return (
    <>
      {layout === 'menu' ? (
        <Dropdown
          trigger={['click']}
          menu={{
            items: shown.map((e) => ({
              key: e.key,
              icon: e.icon,
              danger: e.danger,
              label: <span data-testid={testId(e.key)}>{t(`activities.actions.${e.key}`)}</span>,
            })),
            onClick: ({ key }) => run(key as Command),
          }}
        >
          <Button
            size={screens.md ? 'small' : 'middle'}
            aria-label={t('activities.actions.menuFor', { title: activity.title })}
            data-testid={`activity-menu-${activity.id}`}
          >
            {t('common.actions')} <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      ) : (
        <Space wrap>
          {shown.map((e) => (
            <Button
              key={e.key}
              icon={e.icon}
              danger={e.danger}
              type={e.key === 'checkIn' ? 'primary' : 'default'}
              onClick={() => run(e.key)}
              data-testid={testId(e.key)}
            >
              {t(`activities.actions.${e.key}`)}
            </Button>
          ))}
        </Space>
      )}
      {dialog === 'copy' ? (
        <CopyDialog
          activity={activity}
          onClose={() => setDialog(null)}
          onCopied={(copy) => {
            setDialog(null);
            store(copy);
            message.success(t('activities.copy.done'));
            onCopied(copy);
          }}
        />
      ) : null}
      {dialog === 'cancel' ? <CancelDialog activity={activity} onClose={() => setDialog(null)} /> : null}
    </>
  );
}

/** When the copy starts: a week after the original by default, at the same time; the copy is a draft. */
function CopyDialog({
  activity,
  onClose,
  onCopied,
}: {
  activity: Activity;
  onClose: () => void;
  onCopied: (copy: Activity) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ date: string | null; time: string }>();
  const copy = useMutation({
    mutationFn: (v: { date: string | null; time: string }) =>
      copyActivity(activity.id, toInstant(v.date, v.time) ?? undefined),
    onSuccess: onCopied,
  });
  return (
    <Modal
      open
      title={t('activities.copy.title', { title: activity.title })}
      okText={t('activities.actions.copy')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={copy.isPending}
      okButtonProps={{ 'data-testid': 'activity-copy-ok' } as ButtonProps}
    >
      <Typography.Paragraph>{t('activities.copy.body')}</Typography.Paragraph>
      {copy.isError ? <ErrorAlert error={copy.error} className="form-alert" /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          date: suggestedCopyDate(activity, todayInVietnam()),
          time: instantParts(activity.startsAt)?.time ?? '08:00',
        }}
        onFinish={(v) => copy.mutate(v)}
      >
        <Space wrap align="start">
          <Form.Item
            name="date"
            label={t('activities.copy.date')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <IsoDatePicker placeholder="dd/mm/yyyy" autoFocus data-testid="activity-copy-date" />
          </Form.Item>
          <Form.Item
            name="time"
            label={t('activities.form.fields.startTime')}
            rules={[
              {
                validator: async (_, v: string) => {
                  if (!normalizeTime(v)) throw new Error(t('activities.form.timeInvalid'));
                },
              },
            ]}
          >
            <Input inputMode="numeric" placeholder="08:00" style={{ width: 110 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

/** The reason is required: registrants receive it. */
function CancelDialog({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const store = useStoreActivity();
  const [form] = Form.useForm<{ reason: string }>();
  const told = activity.counts.confirmed + activity.counts.waitlisted;
  const cancel = useMutation({
    mutationFn: (reason: string) => cancelActivity(activity.id, { reason, version: activity.version }),
    onSuccess: (saved) => {
      store(saved);
      message.success(t('activities.cancel.done'));
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('activities.cancel.title', { title: activity.title })}
      okText={t('activities.actions.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'activity-cancel-ok' } as ButtonProps}
      cancelText={t('activities.cancel.keep')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={cancel.isPending}
    >
      <Alert
        type="warning"
        showIcon
        className="form-alert"
        title={
          told > 0
            ? t('activities.cancel.warnRegistrants', { n: formatNumber(told, i18n.language) })
            : t('activities.cancel.warnNobody')
        }
      />
      {cancel.isError ? <ErrorAlert error={cancel.error} className="form-alert" /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => cancel.mutate(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('activities.cancel.reason')}
          extra={t('activities.cancel.reasonHelp')}
          rules={[
            { required: true, whitespace: true, message: t('activities.cancel.reasonRequired') },
            { max: 500, message: t('validation.max', { max: 500 }) },
          ]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={500} showCount data-testid="activity-cancel-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
