import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
} from '@ant-design/icons';
import type { TargetStatus } from '@suotdoi/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const ICONS: Record<TargetStatus, ReactNode> = {
  achieved: <CheckCircleOutlined />,
  on_track: <ClockCircleOutlined />,
  at_risk: <ExclamationCircleOutlined />,
  off_track: <CloseCircleOutlined />,
  no_data: <MinusCircleOutlined />,
};

/**
 * A target's status as colour, icon and word together, never colour alone: green achieved, blue on track,
 * orange at risk, red off track, grey no data. The colours are dark enough for small text (analytics.css).
 */
export function StatusTag({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-tag status-tag--${status}`} data-status={status}>
      {ICONS[status]}
      <span>{t(`analytics.status.${status}`)}</span>
    </span>
  );
}
