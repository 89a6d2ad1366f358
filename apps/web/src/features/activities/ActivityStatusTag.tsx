import type { ActivityStatus } from '@suotdoi/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusLabel } from './labels';

/** The status in words and colour; the text is the dark end of its palette, so small text keeps over 4.5:1. */
export function ActivityStatusTag({ status, testId }: { status: ActivityStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag className={`activity-status activity-status--${status}`} data-testid={testId} data-status={status}>
      {statusLabel(status, t)}
    </Tag>
  );
}
