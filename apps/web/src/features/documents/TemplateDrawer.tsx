import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Drawer, Form, Grid, Input, Spin, Tag, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { getDocumentTemplate, saveDocumentTemplate } from '../../api/documents';
import { DrawerFooter } from '../../components/DrawerFooter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reasonMessage } from '../../i18n/errors';
import { formatDateTime } from '../../lib/format';
import { documentKeys } from './queries';
import {
  longestLine,
  splitLines,
  TEMPLATE_MAX,
  TEMPLATE_MAX_LINES,
  type TemplateField,
  type TemplateValues,
  templateFieldOf,
  toTemplateInput,
  toTemplateValues,
} from './template-form';

/**
 * Mẫu văn bản: the boilerplate of a unit's reports (PUT /api/document-templates/:unitId, document.publish): the
 * header's bodies and number, the place, Kính gửi and Nơi nhận one a line, the signer and the opening. Every field
 * has its label; Ctrl+Enter saves from anywhere in the form and Esc closes.
 */
export function TemplateDrawer({ unitId, onClose }: { unitId: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const client = useQueryClient();
  const [form] = Form.useForm<TemplateValues>();
  const alerts = useRef<HTMLDivElement>(null);
  const template = useQuery({
    queryKey: documentKeys.template(unitId),
    queryFn: ({ signal }) => getDocumentTemplate(unitId, signal),
  });
  const save = useMutation({
    mutationFn: (values: TemplateValues) => saveDocumentTemplate(unitId, toTemplateInput(values)),
    onSuccess: (saved) => {
      client.setQueryData(documentKeys.template(unitId), saved);
      // The documents read the template: today's trees are stale now.
      void client.invalidateQueries({ queryKey: ['documents', 'model'] });
      message.success(t('documents.template.saved'));
      onClose();
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      const fields = error.problems
        .map((p) => ({ field: templateFieldOf(p.field), p }))
        .filter((x): x is { field: TemplateField; p: typeof x.p } => x.field !== undefined);
      if (fields.length)
        form.setFields(
          fields.map(({ field, p }) => ({ name: field, errors: [reasonMessage(p, i18n.language)] })),
        );
    },
  });

  useEffect(() => {
    if (!save.isError) return;
    alerts.current?.scrollIntoView({ block: 'start' });
    alerts.current?.focus({ preventScroll: true });
  }, [save.isError]);

  const label = (field: TemplateField) => t(`documents.template.fields.${field}`);
  const fieldLabel = (path: string) => {
    const field = templateFieldOf(path);
    return field ? label(field) : undefined;
  };
  const maxRule = (field: TemplateField): Rule => ({
    max: TEMPLATE_MAX[field],
    message: t('validation.max', { max: TEMPLATE_MAX[field] }),
  });
  const linesRule: Rule = {
    validator: async (_, value: string | undefined) => {
      if (splitLines(value).length > TEMPLATE_MAX_LINES)
        throw new Error(t('documents.template.tooManyLines', { max: TEMPLATE_MAX_LINES }));
      if (longestLine(value) > TEMPLATE_MAX.recipients)
        throw new Error(t('documents.template.lineTooLong', { max: TEMPLATE_MAX.recipients }));
    },
  };
  const help = (field: TemplateField) => {
    const key = `documents.template.help.${field}`;
    return i18n.exists(key) ? t(key) : undefined;
  };
  const text = (field: TemplateField, autoFocus = false) => (
    <Form.Item name={field} label={label(field)} extra={help(field)} rules={[maxRule(field)]}>
      <Input autoFocus={autoFocus} data-testid={`template-${field}`} />
    </Form.Item>
  );
  const lines = (field: 'recipients' | 'copyTo') => (
    <Form.Item name={field} label={label(field)} extra={help(field)} rules={[linesRule]}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid={`template-${field}`} />
    </Form.Item>
  );
  const data = template.data;

  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md ? 680 : '100%'}
      destroyOnHidden
      title={
        <span>
          {t('documents.template.title')}{' '}
          {data && data.updatedAt === null ? (
            <Tag color="blue" data-testid="template-default">
              {t('documents.template.default')}
            </Tag>
          ) : null}
        </span>
      }
      footer={
        <DrawerFooter
          onSave={() => form.submit()}
          onCancel={onClose}
          saving={save.isPending}
          disabled={!data}
          saveTestId="template-save"
        >
          <Typography.Text type="secondary">{t('documents.template.shortcut')}</Typography.Text>
        </DrawerFooter>
      }
    >
      <div ref={alerts} tabIndex={-1} className="focus-target">
        {template.isError ? <ErrorAlert error={template.error} className="form-alert" /> : null}
        {save.isError ? (
          <ErrorAlert error={save.error} fieldLabel={fieldLabel} className="form-alert" />
        ) : null}
      </div>
      {template.isPending ? <Spin className="page-spinner" /> : null}
      {data ? (
        <>
          <Typography.Paragraph type="secondary">
            {data.updatedAt === null
              ? t('documents.template.defaultHelp')
              : t('documents.template.savedAt', { time: formatDateTime(data.updatedAt) })}
          </Typography.Paragraph>
          <Form<TemplateValues>
            form={form}
            layout="vertical"
            initialValues={toTemplateValues(data)}
            onFinish={(values) => save.mutate(values)}
            scrollToFirstError
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                form.submit();
              }
            }}
            data-testid="template-form"
          >
            <fieldset className="fieldset">
              <legend>{t('documents.template.header')}</legend>
              {text('parentBody', true)}
              {text('issuingBody')}
              {text('symbolPattern')}
              {text('place')}
              {lines('recipients')}
            </fieldset>
            <Form.Item
              name="opening"
              label={label('opening')}
              extra={help('opening')}
              rules={[maxRule('opening')]}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} data-testid="template-opening" />
            </Form.Item>
            <fieldset className="fieldset">
              <legend>{t('documents.template.closing')}</legend>
              {lines('copyTo')}
              {text('signerAuthority')}
              {text('signerTitle')}
              {text('signerName')}
            </fieldset>
          </Form>
        </>
      ) : null}
    </Drawer>
  );
}
