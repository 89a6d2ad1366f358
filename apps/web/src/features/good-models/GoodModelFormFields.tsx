import { CONTENT_TOPICS } from '@suotdoi/shared';
import { Form, type FormInstance, Input, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { GoodModelFigure } from '../../api/good-models';
import { ImageUploader } from '../../components/ImageUploader';
import { UnitSelect } from '../../components/UnitSelect';
import { foldFilter } from '../../lib/fold-filter';
import { categoryOptions } from '../institutions/categories';
import { FigurePicker } from './FigurePicker';
import {
  CONTACT_NAME_MAX,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  type GoodModelFormValues,
  PHONE_MAX,
  PHOTOS_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
} from './good-model-form';
import { topicLabel } from './labels';

interface Props {
  form: FormInstance<GoodModelFormValues>;
  /** Editing: the unit stays. */
  isEdit: boolean;
  /** The unit's name, so the select shows it before any search. */
  unitLabel?: Record<number, string>;
  /** The figures saved with the model (editing). */
  frozen?: readonly GoodModelFigure[];
  /** The server's words for refused picks, by position. */
  figureProblems?: ReadonlyMap<number, string>;
}

/** Every GoodModelInput field, grouped: what, the results from the data, photos, contact. Labels above, help below. */
export function GoodModelFormFields({ form, isEdit, unitLabel, frozen, figureProblems }: Props) {
  const { t, i18n } = useTranslation();
  const unitId = Form.useWatch('unitId', form);
  const required = { required: true, message: t('validation.required') };
  const max = (n: number): Rule => ({ max: n, message: t('validation.max', { max: n }) });
  const label = (field: string) => t(`goodModels.form.fields.${field}`);
  const help = (field: string) => t(`goodModels.form.help.${field}`);

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('goodModels.form.sections.what')}</legend>
        <Form.Item
          name="unitId"
          label={label('unit')}
          extra={isEdit ? help('unitFixed') : help('unit')}
          rules={[required]}
        >
          <UnitSelect knownLabels={unitLabel} disabled={isEdit} data-testid="gm-unit" />
        </Form.Item>
        <Form.Item
          name="title"
          label={label('title')}
          rules={[{ ...required, whitespace: true }, max(TITLE_MAX)]}
        >
          <Input maxLength={TITLE_MAX} data-testid="gm-title" />
        </Form.Item>
        <Form.Item name="topic" label={label('topic')} rules={[required]}>
          <Select
            className="field-wide"
            data-testid="gm-topic"
            placeholder={t('goodModels.form.choose')}
            options={CONTENT_TOPICS.map((x) => ({ value: x, label: topicLabel(x, t) }))}
          />
        </Form.Item>
        <Form.Item name="categories" label={label('categories')} extra={help('categories')}>
          <Select
            mode="multiple"
            allowClear
            data-testid="gm-categories"
            placeholder={t('goodModels.anyCategory')}
            showSearch={{ filterOption: foldFilter }}
            options={categoryOptions(t, i18n.language)}
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label={label('summary')}
          extra={help('summary')}
          rules={[{ ...required, whitespace: true }, max(SUMMARY_MAX)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={SUMMARY_MAX}
            showCount
            data-testid="gm-summary"
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={label('description')}
          extra={help('description')}
          rules={[{ ...required, whitespace: true }, max(DESCRIPTION_MAX)]}
        >
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} data-testid="gm-description" />
        </Form.Item>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('goodModels.form.sections.figures')}</legend>
        {/* The fieldset's legend names it; the picker labels its own indicator and year selects. */}
        <Form.Item name="figures">
          <FigurePicker unitId={unitId} frozen={frozen} problems={figureProblems} />
        </Form.Item>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('goodModels.form.sections.photos')}</legend>
        <Form.Item name="photos" label={label('photos')} extra={help('photos')}>
          <ImageUploader unitId={unitId} max={PHOTOS_MAX} data-testid="gm-photos" />
        </Form.Item>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('goodModels.form.sections.contact')}</legend>
        <Form.Item
          name="contactName"
          label={label('contactName')}
          extra={help('contactName')}
          rules={[{ ...required, whitespace: true }, max(CONTACT_NAME_MAX)]}
        >
          <Input maxLength={CONTACT_NAME_MAX} autoComplete="name" data-testid="gm-contact-name" />
        </Form.Item>
        <Form.Item name="contactPhone" label={label('contactPhone')} rules={[max(PHONE_MAX)]}>
          <Input
            type="tel"
            inputMode="tel"
            maxLength={PHONE_MAX}
            autoComplete="tel"
            className="field-medium"
            data-testid="gm-contact-phone"
          />
        </Form.Item>
        <Form.Item
          name="contactEmail"
          label={label('contactEmail')}
          rules={[{ type: 'email', message: t('validation.email') }, max(EMAIL_MAX)]}
        >
          <Input
            type="email"
            inputMode="email"
            maxLength={EMAIL_MAX}
            autoComplete="email"
            className="field-wide"
            data-testid="gm-contact-email"
          />
        </Form.Item>
      </fieldset>
    </>
  );
}
