import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PLAN_STATUSES, SECTION_KEYS } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { getPlan, type PlanDetail, updatePlan } from '../../api/plans';
import { DrawerFooter } from '../../components/DrawerFooter';
import { SaveAlerts } from '../../components/SaveAlerts';
import { reasonMessage } from '../../i18n/errors';
import {
  changedPlanFields,
  nextSectionKey,
  PLAN_TITLE_MAX,
  type PlanField,
  type PlanFormValues,
  SECTION_TEXT_MAX,
  SECTION_TITLE_MAX,
  SECTIONS_MAX,
  toPlanFormValues,
  toUpdatePlanBody,
} from './plan-form';

interface Props {
  plan: PlanDetail;
  onClose: () => void;
}

/** A server field path ("body.sections.2.text") as the form's name path (['sections', 2, 'text']). */
function formPath(field: string): (string | number)[] {
  return field
    .replace(/^body\./, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Edit a plan's title, status and text sections (PATCH /api/plans/{id}). The edit starts from the plan as it was
 * read; when someone saved it since (409 CONFLICT) both versions show side by side and the person chooses.
 * Ctrl+Enter saves from anywhere in the form; Esc closes.
 */
export function PlanEditDrawer({ plan, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<PlanFormValues>();
  /** The version the edit is based on: the plan as opened, or theirs once the person chose after a conflict. */
  const [base, setBase] = useState<PlanDetail>(plan);
  const [conflict, setConflict] = useState<PlanDetail | null>(null);

  const save = useMutation({
    mutationFn: ({ values, version }: { values: PlanFormValues; version: string }) =>
      updatePlan(plan.id, toUpdatePlanBody(values, version)),
    onSuccess: (saved) => {
      message.success(t('plans.saved'));
      client.setQueryData(['plans', 'detail', plan.id], saved);
      void client.invalidateQueries({ queryKey: ['plans'] });
      onClose();
    },
    onError: async (error) => {
      if (isApiError(error) && error.code === 'CONFLICT') {
        const current = await getPlan(plan.id).catch(() => null);
        if (current) setConflict(current);
        return;
      }
      if (isApiError(error)) {
        const fields = error.problems.filter((p) => /^(body\.)?(title|status|sections)\b/.test(p.field));
        if (fields.length)
          form.setFields(
            fields.map((p) => ({
              name: formPath(p.field) as never,
              errors: [reasonMessage(p, i18n.language)],
            })),
          );
      }
    },
  });

  const statusLabel = (s: string) => t(`plans.statuses.${s}`);
  const sectionsSummary = (v: PlanFormValues) =>
    v.sections.length === 0
      ? t('common.none')
      : v.sections.map((s) => s.title || t(`plans.sections.${s.key}`)).join(' · ');
  const fieldLabel = (f: PlanField) => t(`plans.fields.${f}`);
  const show = (f: PlanField, v: PlanFormValues) =>
    f === 'title' ? v.title : f === 'status' ? statusLabel(v.status) : sectionsSummary(v);

  const sectionFieldLabel = (field: string) => {
    const [head, index, leaf] = field.split('.');
    if (head !== 'sections' || index === undefined) return t(`plans.fields.${head}`, { defaultValue: field });
    return t('plans.edit.sectionField', {
      n: Number(index) + 1,
      field: t(`plans.edit.sectionFields.${leaf ?? 'text'}`, { defaultValue: leaf }),
    });
  };

  const conflictRows = conflict
    ? (() => {
        const mine = form.getFieldsValue(true) as PlanFormValues;
        const theirs = toPlanFormValues(conflict);
        return changedPlanFields(mine, theirs).map((f) => ({
          field: f,
          label: fieldLabel(f),
          theirs: <span className="cell-wrap">{show(f, theirs)}</span>,
          mine: <span className="cell-wrap">{show(f, mine)}</span>,
        }));
      })()
    : [];

  return (
    <Drawer
      open
      title={t('plans.edit.title')}
      onClose={onClose}
      size={760}
      destroyOnHidden
      footer={
        <DrawerFooter
          onSave={() => form.submit()}
          onCancel={onClose}
          saving={save.isPending && !conflict}
          disabled={conflict !== null}
          saveTestId="plan-edit-save"
        >
          <Typography.Text type="secondary">{t('plans.edit.shortcut')}</Typography.Text>
        </DrawerFooter>
      }
    >
      <SaveAlerts
        conflict={conflict}
        conflictTestId="plan-conflict"
        conflictHelp={t('plans.edit.conflictHelp')}
        conflictRows={conflictRows}
        onTakeTheirs={(theirs) => {
          setBase(theirs);
          form.setFieldsValue(toPlanFormValues(theirs));
          setConflict(null);
          save.reset();
        }}
        onKeepMine={(theirs) => {
          setBase(theirs);
          setConflict(null);
          save.mutate({ values: form.getFieldsValue(true), version: theirs.updatedAt });
        }}
        saving={save.isPending}
        error={save.error}
        fieldLabel={sectionFieldLabel}
      />
      <Form<PlanFormValues>
        form={form}
        layout="vertical"
        initialValues={toPlanFormValues(plan)}
        onFinish={(values) => save.mutate({ values, version: base.updatedAt })}
        scrollToFirstError
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            form.submit();
          }
        }}
        data-testid="plan-edit-form"
      >
        <Form.Item
          label={t('plans.fields.title')}
          name="title"
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: PLAN_TITLE_MAX, message: t('validation.max', { max: PLAN_TITLE_MAX }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus data-testid="plan-edit-title" />
        </Form.Item>
        <Form.Item label={t('plans.fields.status')} name="status" rules={[{ required: true }]}>
          <Select
            options={PLAN_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
            style={{ maxWidth: 280 }}
            data-testid="plan-edit-status"
          />
        </Form.Item>
        <Typography.Title level={3} className="subheading" id="plan-edit-sections">
          {t('plans.sectionsTitle')}
        </Typography.Title>
        <Form.List name="sections">
          {(fields, { add, remove, move }) => (
            <>
              <ol className="plan-section-list" aria-labelledby="plan-edit-sections">
                {fields.map((field, index) => {
                  const n = index + 1;
                  return (
                    <li key={field.key}>
                      <Card
                        size="small"
                        className="section"
                        title={t('plans.edit.sectionN', { n })}
                        extra={
                          <Space size={0}>
                            <Button
                              type="text"
                              size="small"
                              icon={<ArrowUpOutlined />}
                              disabled={index === 0}
                              onClick={() => move(index, index - 1)}
                              aria-label={t('plans.edit.moveUp', { n })}
                            />
                            <Button
                              type="text"
                              size="small"
                              icon={<ArrowDownOutlined />}
                              disabled={index === fields.length - 1}
                              onClick={() => move(index, index + 1)}
                              aria-label={t('plans.edit.moveDown', { n })}
                            />
                            <Button
                              type="text"
                              size="small"
                              danger
                              icon={<DeleteOutlined />}
                              onClick={() => remove(index)}
                              aria-label={t('plans.edit.removeSection', { n })}
                              data-testid={`plan-section-remove-${index}`}
                            />
                          </Space>
                        }
                      >
                        <Space className="form-row" align="start" wrap>
                          <Form.Item
                            label={t('plans.edit.sectionFields.key')}
                            name={[field.name, 'key']}
                            rules={[{ required: true, message: t('validation.required') }]}
                          >
                            <Select
                              options={SECTION_KEYS.map((k) => ({
                                value: k,
                                label: t(`plans.sections.${k}`),
                              }))}
                              style={{ minWidth: 220 }}
                              data-testid={`plan-section-key-${index}`}
                            />
                          </Form.Item>
                          <Form.Item
                            label={t('plans.edit.sectionFields.title')}
                            name={[field.name, 'title']}
                            extra={t('plans.edit.sectionTitleHelp')}
                            rules={[
                              {
                                max: SECTION_TITLE_MAX,
                                message: t('validation.max', { max: SECTION_TITLE_MAX }),
                              },
                            ]}
                          >
                            <Input style={{ minWidth: 280 }} data-testid={`plan-section-title-${index}`} />
                          </Form.Item>
                        </Space>
                        <Form.Item
                          label={t('plans.edit.sectionFields.text')}
                          name={[field.name, 'text']}
                          rules={[
                            { required: true, whitespace: true, message: t('validation.required') },
                            {
                              max: SECTION_TEXT_MAX,
                              message: t('validation.max', { max: SECTION_TEXT_MAX }),
                            },
                          ]}
                        >
                          <Input.TextArea
                            autoSize={{ minRows: 3, maxRows: 16 }}
                            data-testid={`plan-section-text-${index}`}
                          />
                        </Form.Item>
                      </Card>
                    </li>
                  );
                })}
              </ol>
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= SECTIONS_MAX}
                onClick={() =>
                  add({
                    key: nextSectionKey(form.getFieldValue('sections') ?? []),
                    title: '',
                    text: '',
                  })
                }
                data-testid="plan-section-add"
              >
                {t('plans.edit.addSection')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
