import { Alert, Button, Space, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';

export interface ConflictRow {
  field: string;
  label: ReactNode;
  theirs: ReactNode;
  mine: ReactNode;
}

interface Props {
  /** When the other person saved (their updatedAt). */
  savedAt: string;
  /** What the record is, for the explanation: "this institution", "this plan". */
  help: ReactNode;
  rows: readonly ConflictRow[];
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  saving: boolean;
  testId?: string;
}

/**
 * Someone saved the record after this person opened it (409 CONFLICT): the fields that differ side by side, and
 * an explicit choice between their version and overwriting it. Nothing is overwritten silently.
 */
export function ConflictAlert({ savedAt, help, rows, onTakeTheirs, onKeepMine, saving, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert"
      data-testid={testId}
      title={t('institutions.conflictTitle', { time: formatDateTime(savedAt) })}
      description={
        <>
          <Typography.Paragraph>{help}</Typography.Paragraph>
          {rows.length > 0 ? (
            <Table<ConflictRow>
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={[...rows]}
              columns={[
                { title: t('audit.field'), dataIndex: 'label' },
                { title: t('institutions.theirValue'), dataIndex: 'theirs' },
                { title: t('institutions.myValue'), dataIndex: 'mine' },
              ]}
            />
          ) : (
            <Typography.Text>{t('institutions.conflictSame')}</Typography.Text>
          )}
          <Space wrap className="conflict-actions">
            <Button onClick={onTakeTheirs} data-testid={testId && `${testId}-take-theirs`}>
              {t('institutions.takeTheirs')}
            </Button>
            <Button
              type="primary"
              danger
              onClick={onKeepMine}
              loading={saving}
              data-testid={testId && `${testId}-keep-mine`}
            >
              {t('institutions.keepMine')}
            </Button>
          </Space>
        </>
      }
    />
  );
}
