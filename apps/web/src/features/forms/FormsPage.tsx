import { todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Form, listForms, listHolidays } from '../../api/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/session';
import { FormSettingsDrawer } from './FormSettingsDrawer';
import { levelDeadlines } from './form-deadlines';

/** Biểu mẫu báo cáo: every form with its window, this period's deadlines per level and its rules; the holidays. */
export function FormsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const forms = useQuery({ queryKey: ['forms'], queryFn: listForms });
  const holidays = useQuery({ queryKey: ['holidays'], queryFn: () => listHolidays() });
  const canManage = useCan('form.manage');
  const [editing, setEditing] = useState<Form | null>(null);
  const error = forms.error ?? holidays.error;

  return (
    <>
      <PageTitle title={t('forms.title')} subtitle={t('forms.subtitle')} />
      {error ? <ErrorAlert error={error} /> : null}
      <Table<Form>
        rowKey="id"
        loading={forms.isLoading || holidays.isLoading}
        dataSource={forms.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="forms-table"
        expandable={{
          expandedRowRender: (form) => (
            <ul className="rule-list">
              {form.rules.map((rule) => (
                <li key={rule.id}>
                  <Tag color={rule.severity === 'error' ? 'red' : 'orange'}>
                    {t(`forms.severity.${rule.severity}`)}
                  </Tag>
                  {rule.message[lang]}
                </li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { title: t('forms.name'), render: (_, f) => f.name[lang] },
          { title: t('forms.level'), render: (_, f) => t(`forms.levels.${f.level}`) },
          { title: t('forms.periodType'), render: (_, f) => t(`forms.periodTypes.${f.periodType}`) },
          {
            title: t('forms.cutoff'),
            render: (_, f) =>
              f.cutoffStartDay === 1
                ? t('forms.cutoffCalendar')
                : t('forms.cutoffFrom', { day: f.cutoffStartDay }),
          },
          {
            title: t('forms.deadlines', { period: '' }),
            render: (_, f) => {
              const { period, deadlines } = levelDeadlines(f, holidays.data ?? [], today);
              return (
                <Space direction="vertical" size={0} data-testid={`form-deadlines-${f.code}`}>
                  <Typography.Text type="secondary">{period}</Typography.Text>
                  {(['institution', 'commune', 'province'] as const).map((level) => (
                    <span key={level}>
                      {t(`forms.levels.${level}`)}: {formatDate(deadlines[level])}
                    </span>
                  ))}
                </Space>
              );
            },
          },
          { title: t('forms.elements'), align: 'right', render: (_, f) => f.elements.length },
          {
            title: t('common.actions'),
            render: (_, f) =>
              canManage ? (
                <Button size="small" onClick={() => setEditing(f)} data-testid={`form-edit-${f.code}`}>
                  {t('forms.edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Card title={t('forms.holidays', { year })} className="section-card">
        <Table
          rowKey="date"
          size="small"
          pagination={false}
          dataSource={(holidays.data ?? []).filter((h) => h.date.startsWith(String(year)))}
          columns={[
            { title: t('forms.date'), render: (_, h) => formatDate(h.date) },
            { title: t('forms.holidayName'), render: (_, h) => h.name[lang] },
            { title: t('forms.kind'), render: (_, h) => t(`forms.holidayKinds.${h.kind}`) },
          ]}
        />
      </Card>
      {editing ? <FormSettingsDrawer form={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
