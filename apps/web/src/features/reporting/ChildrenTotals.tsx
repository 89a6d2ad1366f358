import type { ReportDetail, ValueType } from '@suotdoi/shared';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { readableValue } from './field-text';

interface Row {
  code: string;
  name: string;
  total: number;
  reports: number;
  entered: string;
}

/** Tổng hợp từ đơn vị cấp dưới: a summary form's elements summed over the reports below, beside what is entered. */
export function ChildrenTotals({ detail, lang }: { detail: ReportDetail; lang: 'vi' | 'en' }) {
  const { t, i18n } = useTranslation();
  const totals = detail.childrenTotals;
  if (!totals) return null;
  const rows: Row[] = detail.form.elements
    .filter((e) => totals[e.code])
    .map((e) => ({
      code: e.code,
      name: e.name[lang],
      total: totals[e.code]!.value,
      reports: totals[e.code]!.reports,
      entered: readableValue(detail.values[e.code]?.value, e.valueType as ValueType, lang),
    }));
  return (
    <Card
      size="small"
      title={t('reporting.children.title')}
      className="section"
      data-testid="children-totals"
    >
      <Typography.Paragraph type="secondary">{t('reporting.children.help')}</Typography.Paragraph>
      <Table<Row>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.noResults') }}
        columns={[
          {
            title: t('reporting.children.element'),
            dataIndex: 'name',
            render: (v: string) => <span className="cell-wrap">{v}</span>,
          },
          {
            title: t('reporting.children.total'),
            dataIndex: 'total',
            align: 'right',
            render: (v: number) => formatNumber(v, i18n.language, 6),
          },
          { title: t('reporting.children.reports'), dataIndex: 'reports', align: 'right' },
          { title: t('reporting.children.entered'), dataIndex: 'entered', align: 'right' },
        ]}
      />
    </Card>
  );
}
