import { CalendarOutlined } from '@ant-design/icons';
import { Button, Empty, Modal, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityTemplate } from '../../api/activities';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/format';
import { observanceCodeLabel } from '../plans/labels';
import { templateToForm } from './activity-form';
import { useActivityTemplates } from './queries';

interface Props {
  onClose: () => void;
  /** The template picked, with the observance's name (the drawer says where the values came from). */
  onPick: (template: ActivityTemplate, observanceName: string) => void;
}

/**
 * Tạo theo ngày lễ: the national days with a suggested activity each (GET /api/activities/templates). One button
 * per day, so the list works by Tab and Enter; the form then opens filled in.
 */
export function TemplatePicker({ onClose, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const templates = useActivityTemplates(true);
  const nameOf = (template: ActivityTemplate) =>
    observanceCodeLabel(template.observance.code, template.observance.name, t, i18n.language);
  const list = templates.data ?? [];

  return (
    <Modal
      open
      title={t('activities.templates.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.cancel')}</Button>}
      width={620}
    >
      <Typography.Paragraph type="secondary">{t('activities.templates.help')}</Typography.Paragraph>
      {templates.isError ? <ErrorAlert error={templates.error} className="form-alert" /> : null}
      {templates.isPending ? <Spin className="page-spinner" /> : null}
      {!templates.isPending && list.length === 0 && !templates.isError ? (
        <Empty description={t('activities.templates.empty')} />
      ) : null}
      <ul className="template-list" aria-label={t('activities.templates.title')}>
        {list.map((template) => {
          const name = nameOf(template);
          const values = templateToForm(template);
          return (
            <li key={template.observance.code}>
              <Button
                block
                className="template-list__item"
                onClick={() => onPick(template, name)}
                data-testid={`activity-template-${template.observance.code}`}
              >
                <CalendarOutlined aria-hidden />
                <span className="template-list__text">
                  <strong>{name}</strong>
                  <span className="template-list__meta">
                    {[
                      values.date ? formatDate(values.date) : null,
                      values.type ? t(`activities.types.${values.type}`) : null,
                      values.title || null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
