import { CONTENT_TOPICS } from '@suotdoi/shared';
import { Form, type FormInstance, Input, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { Observance } from '../../api/plans';
import { UnitSelect } from '../../components/UnitSelect';
import { reasonMessage } from '../../i18n/errors';
import { foldFilter } from '../../lib/fold-filter';
import { observanceCodeLabel, observanceLabel } from '../plans/labels';
import {
  type ArticleFormValues,
  AUTHOR_MAX,
  isWindowBackwards,
  SUMMARY_MAX,
  TITLE_MAX,
} from './article-form';
import { CoverField } from './CoverField';
import { DateTimeInput } from './DateTimeInput';
import { RichTextEditor } from './RichTextEditor';

const label = (t: (k: string) => string, field: keyof ArticleFormValues) =>
  t(`articles.form.fields.${field}`);

/** The main column: what the article says. */
export function ArticleMainFields({ form }: { form: FormInstance<ArticleFormValues> }) {
  const { t } = useTranslation();
  const unitId = Form.useWatch('unitId', form) ?? null;
  const max = (n: number): Rule => ({ max: n, message: t('validation.max', { max: n }) });
  return (
    <>
      <Form.Item
        name="title"
        label={label(t, 'title')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }, max(TITLE_MAX)]}
      >
        <Input id="title" data-testid="article-title" maxLength={TITLE_MAX} showCount />
      </Form.Item>
      <Form.Item
        name="summary"
        className="article-summary-item"
        label={label(t, 'summary')}
        extra={t('articles.form.help.summary')}
        rules={[max(SUMMARY_MAX)]}
      >
        <Input.TextArea
          id="summary"
          data-testid="article-summary"
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={SUMMARY_MAX}
          showCount
        />
      </Form.Item>
      <Form.Item
        name="body"
        label={<span id="article-body-label">{label(t, 'body')}</span>}
        htmlFor="article-body"
        className="article-body-item"
      >
        <RichTextEditor id="article-body" labelId="article-body-label" unitId={unitId} />
      </Form.Item>
    </>
  );
}

interface SideProps {
  form: FormInstance<ArticleFormValues>;
  isNew: boolean;
  /** Names of units known before any search (the person's units, the article's unit). */
  unitLabels: Record<number, string>;
  observances: readonly Observance[];
  /** The writer's name: what an empty author becomes. */
  writerName: string;
}

/** The side column: who publishes it, how it is classified, when it shows on the portal. */
export function ArticleSideFields({ form, isNew, unitLabels, observances, writerName }: SideProps) {
  const { t, i18n } = useTranslation();
  const unitId = Form.useWatch('unitId', form) ?? null;
  const max = (n: number): Rule => ({ max: n, message: t('validation.max', { max: n }) });
  const observanceCode = Form.useWatch('observanceCode', form) ?? null;
  const observanceOptions = observances.map((o) => ({
    value: o.code,
    label: observanceLabel(o, t, i18n.language),
  }));
  // Until the catalogue arrives (or for a day since removed from it), the chosen day is still named, not coded.
  if (observanceCode && !observances.some((o) => o.code === observanceCode))
    observanceOptions.push({
      value: observanceCode,
      label: observanceCodeLabel(observanceCode, undefined, t, i18n.language),
    });
  const windowRule: Rule = ({ getFieldValue }) => ({
    validator: async (_, until: string | null) => {
      if (isWindowBackwards(getFieldValue('publishFrom'), until))
        throw new Error(reasonMessage({ reason: 'window_backwards' }, i18n.language));
    },
  });

  return (
    <>
      <Form.Item
        name="unitId"
        label={label(t, 'unitId')}
        extra={isNew ? t('articles.form.help.unitId') : t('articles.form.help.unitFixed')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <UnitSelect id="unitId" data-testid="article-unit" knownLabels={unitLabels} disabled={!isNew} />
      </Form.Item>
      <Form.Item
        name="author"
        label={label(t, 'author')}
        extra={t('articles.form.help.author')}
        rules={[max(AUTHOR_MAX)]}
      >
        <Input id="author" data-testid="article-author" maxLength={AUTHOR_MAX} placeholder={writerName} />
      </Form.Item>
      <Form.Item name="cover" label={label(t, 'cover')} htmlFor="cover">
        <CoverField id="cover" unitId={unitId} />
      </Form.Item>

      <fieldset className="fieldset">
        <legend>{t('articles.form.sections.classify')}</legend>
        <Form.Item name="topic" label={label(t, 'topic')}>
          <Select
            id="topic"
            data-testid="article-topic"
            allowClear
            placeholder={t('articles.form.placeholders.topic')}
            options={CONTENT_TOPICS.map((x) => ({ value: x, label: t(`goodModels.topics.${x}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="observanceCode"
          label={label(t, 'observanceCode')}
          extra={t('articles.form.help.observanceCode')}
        >
          <Select
            id="observanceCode"
            data-testid="article-observance"
            allowClear
            showSearch={{ filterOption: foldFilter }}
            placeholder={t('articles.form.placeholders.observanceCode')}
            options={observanceOptions}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('articles.form.sections.publishing')}</legend>
        <Form.Item
          name="featured"
          label={label(t, 'featured')}
          valuePropName="checked"
          extra={t('articles.form.help.featured')}
        >
          <Switch id="featured" data-testid="article-featured" />
        </Form.Item>
        <Form.Item
          name="publishFrom"
          label={label(t, 'publishFrom')}
          extra={`${t('articles.form.help.publishFrom')} ${t('articles.form.help.windowFormat')}.`}
        >
          <DateTimeInput
            id="publishFrom"
            data-testid="article-publish-from"
            placeholder={t('articles.form.placeholders.dateTime')}
          />
        </Form.Item>
        <Form.Item
          name="publishUntil"
          label={label(t, 'publishUntil')}
          extra={`${t('articles.form.help.publishUntil')} ${t('articles.form.help.windowFormat')}.`}
          dependencies={['publishFrom']}
          rules={[windowRule]}
        >
          <DateTimeInput
            id="publishUntil"
            data-testid="article-publish-until"
            placeholder={t('articles.form.placeholders.dateTime')}
          />
        </Form.Item>
      </fieldset>
    </>
  );
}
