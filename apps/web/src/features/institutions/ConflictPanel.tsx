import type { Institution } from '@suotdoi/shared';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../lib/diff';
import { formatDate, formatDateTime } from '../../lib/format';
import { categoryLabel } from './categories';
import {
  conflictingFields,
  type EditableField,
  type InstitutionFormValues,
  toFormValues,
} from './institution-form';

interface Props {
  mine: InstitutionFormValues;
  theirs: Institution;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  saving: boolean;
}

/**
 * Someone saved the institution after this person opened it (409 CONFLICT): the fields that differ side by side,
 * and an explicit choice between their version and overwriting it. Nothing is overwritten silently.
 */
export function ConflictPanel({ mine, theirs, onTakeTheirs, onKeepMine, saving }: Props) {
  const { t, i18n } = useTranslation();
  const fields = conflictingFields(mine, theirs);
  const show = (field: EditableField, value: unknown) => {
    if (field === 'category' && typeof value === 'string') return categoryLabel(value, i18n.language);
    if (field === 'parentId')
      return value === theirs.parentId ? (theirs.parentName ?? formatValue(value)) : formatValue(value);
    if (field === 'managingAgencyId')
      return value === theirs.managingAgencyId
        ? (theirs.managingAgencyName ?? formatValue(value))
        : formatValue(value);
    if ((field === 'validFrom' || field === 'validTo') && typeof value === 'string') return formatDate(value);
    return formatValue(value);
  };
  const current = toFormValues(theirs);
  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert"
      data-testid="institution-conflict"
      title={t('institutions.conflictTitle', { time: formatDateTime(theirs.updatedAt) })}
      description={
        <>
          <Typography.Paragraph>{t('institutions.conflictHelp')}</Typography.Paragraph>
          {fields.length > 0 ? (
            <Table
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={fields.map((f) => ({
                field: f,
                theirs: show(f, current[f]),
                mine: show(f, mine[f]),
              }))}
              columns={[
                {
                  title: t('audit.field'),
                  dataIndex: 'field',
                  render: (f: string) => t(`institutions.fields.${f}`),
                },
                { title: t('institutions.theirValue'), dataIndex: 'theirs' },
                { title: t('institutions.myValue'), dataIndex: 'mine' },
              ]}
            />
          ) : (
            <Typography.Text>{t('institutions.conflictSame')}</Typography.Text>
          )}
          <Space wrap className="conflict-actions">
            <Button onClick={onTakeTheirs}>{t('institutions.takeTheirs')}</Button>
            <Button type="primary" danger onClick={onKeepMine} loading={saving}>
              {t('institutions.keepMine')}
            </Button>
          </Space>
        </>
      }
    />
  );
}
