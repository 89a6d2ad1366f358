import {
  CheckCircleOutlined,
  CloudOutlined,
  DisconnectOutlined,
  ExclamationCircleOutlined,
  LoadingOutlined,
} from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';

interface Props {
  pending: number;
  invalid: number;
  isSaving: boolean;
  isOffline: boolean;
  savedAt: string | null;
  error: unknown;
  onSaveNow: () => void;
}

/** "Đã lưu lúc 09:41", "Đang lưu…", "3 thay đổi chưa gửi – mất kết nối": announced politely to screen readers. */
export function SaveState({ pending, invalid, isSaving, isOffline, savedAt, error, onSaveNow }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const time = savedAt ? formatDateTime(savedAt).slice(11) : null;
  let icon = <CheckCircleOutlined />;
  let text: string;
  let tone: 'secondary' | 'warning' | 'danger' | undefined = 'secondary';
  if (isSaving) {
    icon = <LoadingOutlined />;
    text = t('reporting.save.saving');
  } else if (pending > 0 && isOffline) {
    icon = <DisconnectOutlined />;
    text = t('reporting.save.offline', { n: pending });
    tone = 'danger';
  } else if (error) {
    icon = <ExclamationCircleOutlined />;
    text = t('reporting.save.failed', { message: errorText(error) });
    tone = 'danger';
  } else if (pending > 0) {
    icon = <CloudOutlined />;
    text = t('reporting.save.unsent', { n: pending });
    tone = 'warning';
  } else {
    text = time ? t('reporting.save.savedAt', { time }) : t('reporting.save.upToDate');
  }
  return (
    <Space wrap size={8} className="report-save-state">
      <Typography.Text type={tone} data-testid="save-state" role="status" aria-live="polite">
        {icon} {text}
      </Typography.Text>
      {pending > 0 ? (
        <span className="report-unsent-count" title={t('reporting.save.unsent', { n: pending })}>
          <span data-testid="unsent-count">{pending}</span>
          <span className="visually-hidden"> {t('reporting.save.unsentLabel')}</span>
        </span>
      ) : null}
      {invalid > 0 ? (
        <Typography.Text type="danger">{t('reporting.save.invalid', { n: invalid })}</Typography.Text>
      ) : null}
      {pending > 0 && !isSaving ? (
        <Button size="small" onClick={onSaveNow} className="no-print" data-testid="save-now">
          {t('reporting.save.saveNow')}
        </Button>
      ) : null}
    </Space>
  );
}
