import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The save / cancel row of an editing drawer; `children` adds actions after them (delete, a hint). */
export function DrawerFooter(props: {
  onSave: () => void;
  onCancel: () => void;
  saving: boolean;
  saveTestId: string;
  saveLabel?: string;
  disabled?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Button
        type="primary"
        onClick={props.onSave}
        loading={props.saving}
        disabled={props.disabled}
        data-testid={props.saveTestId}
      >
        {props.saveLabel ?? t('common.save')}
      </Button>
      <Button onClick={props.onCancel}>{t('common.cancel')}</Button>
      {props.children}
    </Space>
  );
}
