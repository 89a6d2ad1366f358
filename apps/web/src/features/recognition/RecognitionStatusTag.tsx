import type { RecognitionStatus } from '@suotdoi/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusLabel } from './labels';

/** The status in words and colour; the text is the dark end of its palette, so small text keeps over 4.5:1. */
export function RecognitionStatusTag({ status, testId }: { status: RecognitionStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag
      className={`recognition-status recognition-status--${status}`}
      data-testid={testId}
      data-status={status}
    >
      {statusLabel(status, t)}
    </Tag>
  );
}
