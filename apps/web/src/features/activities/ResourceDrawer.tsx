import { AUDIENCES, RESOURCE_KINDS } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Drawer, Form, Grid, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { createResource, type DigitalResource, updateResource } from '../../api/activities';
import { isApiError } from '../../api/client';
import { DrawerFooter } from '../../components/DrawerFooter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reasonMessage } from '../../i18n/errors';
import { activityKeys } from './queries';
import {
  EMPTY_RESOURCE,
  RESOURCE_DESCRIPTION_MAX,
  RESOURCE_TITLE_MAX,
  RESOURCE_URL_MAX,
  type ResourceFormValues,
  toResourceForm,
  toResourceInput,
} from './resource-form';

const FIELDS = ['kind', 'title', 'url', 'description', 'audiences'] as const;

/** Add or edit a digital resource of an institution: kind, title, link, description, audiences. */
export function ResourceDrawer({
  institutionId,
  resource,
  onClose,
}: {
  institutionId: number;
  resource: DigitalResource | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const client = useQueryClient();
  const [form] = Form.useForm<ResourceFormValues>();
  const save = useMutation({
    mutationFn: (values: ResourceFormValues) => {
      const body = toResourceInput(values);
      return resource
        ? updateResource(institutionId, resource.id, body)
        : createResource(institutionId, body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: activityKeys.resources(institutionId) });
      message.success(t('activities.resources.saved'));
      onClose();
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      const fields = error.problems
        .map((p) => ({ field: p.field.replace(/^body\./, '').split('.')[0], p }))
        .filter((x) => (FIELDS as readonly string[]).includes(x.field ?? ''));
      if (fields.length)
        form.setFields(
          fields.map(({ field, p }) => ({ name: field as never, errors: [reasonMessage(p, i18n.language)] })),
        );
    },
  });
  const label = (f: string) => t(`activities.resources.fields.${f}`);
  const required = { required: true, message: t('validation.required') };

  return (
    <Drawer
      open
      title={resource ? t('activities.resources.editTitle') : t('activities.resources.newTitle')}
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      footer={
        <DrawerFooter
          onSave={() => form.submit()}
          onCancel={onClose}
          saving={save.isPending}
          saveTestId="resource-save"
        />
      }
    >
      {save.isError ? (
        <ErrorAlert
          error={save.error}
          className="form-alert"
          fieldLabel={(f) =>
            (FIELDS as readonly string[]).includes(f.split('.')[0]!) ? label(f.split('.')[0]!) : undefined
          }
        />
      ) : null}
      <Form<ResourceFormValues>
        form={form}
        layout="vertical"
        initialValues={resource ? toResourceForm(resource) : EMPTY_RESOURCE}
        onFinish={(values) => save.mutate(values)}
        scrollToFirstError
      >
        <Form.Item name="kind" label={label('kind')} rules={[required]}>
          <Select
            autoFocus
            data-testid="resource-kind"
            options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`activities.resources.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={label('title')}
          rules={[
            { ...required, whitespace: true },
            { max: RESOURCE_TITLE_MAX, message: t('validation.max', { max: RESOURCE_TITLE_MAX }) },
          ]}
        >
          <Input maxLength={RESOURCE_TITLE_MAX} data-testid="resource-title" />
        </Form.Item>
        <Form.Item
          name="url"
          label={label('url')}
          extra={t('activities.resources.urlHelp')}
          rules={[
            required,
            { type: 'url', message: t('activities.form.urlInvalid') },
            { pattern: /^https?:\/\//i, message: t('activities.form.urlInvalid') },
            { max: RESOURCE_URL_MAX, message: t('validation.max', { max: RESOURCE_URL_MAX }) },
          ]}
        >
          <Input
            type="url"
            inputMode="url"
            placeholder="https://"
            maxLength={RESOURCE_URL_MAX}
            data-testid="resource-url"
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={label('description')}
          rules={[
            {
              max: RESOURCE_DESCRIPTION_MAX,
              message: t('validation.max', { max: RESOURCE_DESCRIPTION_MAX }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="resource-description" />
        </Form.Item>
        <Form.Item
          name="audiences"
          label={label('audiences')}
          extra={t('activities.resources.audiencesHelp')}
        >
          <Checkbox.Group
            className="choice-grid"
            options={AUDIENCES.map((a) => ({ value: a, label: t(`activities.audiences.${a}`) }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
