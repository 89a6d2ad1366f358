import type { FormElement, ValueType } from '@suotdoi/shared';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftConflict, FieldBase } from './draft-queue';
import { readableValue } from './field-text';

interface Props {
  conflicts: readonly DraftConflict[];
  elements: readonly FormElement[];
  lang: 'vi' | 'en';
  onKeepMine: (field: string) => void;
  onTakeTheirs: (field: string) => void;
}

/**
 * Someone else saved the same fields while this person typed (409 CONFLICT, or seen in a fresh copy): field by
 * field, mine, theirs and where both started, and a choice per field. Nothing is overwritten silently.
 */
export function ReportConflictPanel({ conflicts, elements, lang, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const empty = t('reporting.conflict.empty');
  const show = (c: DraftConflict, side: 'yours' | 'theirs' | 'base') => {
    if (c.kind === 'narrative') return <span className="cell-wrap">{c[side] || empty}</span>;
    const v: FieldBase = c[side];
    const type = (byCode.get(c.field)?.valueType ?? 'text') as ValueType;
    const text =
      typeof v.value === 'string' && type !== 'text' ? v.value : readableValue(v.value, type, lang);
    return (
      <span className="cell-wrap">
        {text || empty}
        {v.comment ? <Typography.Text type="secondary"> · {v.comment}</Typography.Text> : null}
      </span>
    );
  };
  const label = (c: DraftConflict) =>
    c.kind === 'narrative'
      ? t(`reporting.entry.narrative.${c.key}`)
      : (byCode.get(c.field)?.name[lang] ?? c.field);
  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert"
      data-testid="conflict-panel"
      title={t('reporting.conflict.title')}
      description={
        <>
          <Typography.Paragraph>{t('reporting.conflict.help')}</Typography.Paragraph>
          <Table<DraftConflict>
            size="small"
            pagination={false}
            rowKey="field"
            dataSource={[...conflicts]}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('reporting.conflict.field'),
                key: 'field',
                render: (_: unknown, c) => <span className="cell-wrap">{label(c)}</span>,
              },
              {
                title: t('reporting.conflict.yours'),
                key: 'yours',
                render: (_: unknown, c) => show(c, 'yours'),
              },
              {
                title: t('reporting.conflict.theirs'),
                key: 'theirs',
                render: (_: unknown, c) => show(c, 'theirs'),
              },
              {
                title: t('reporting.conflict.base'),
                key: 'base',
                render: (_: unknown, c) => show(c, 'base'),
              },
              {
                title: '',
                key: 'actions',
                render: (_: unknown, c) => (
                  <Space wrap>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => onKeepMine(c.field)}
                      data-testid={`conflict-keep-${c.field}`}
                    >
                      {t('reporting.conflict.keepMine')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => onTakeTheirs(c.field)}
                      data-testid={`conflict-take-${c.field}`}
                    >
                      {t('reporting.conflict.takeTheirs')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </>
      }
    />
  );
}
