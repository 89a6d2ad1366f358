import type { DeadlineConfig, UpdateForm } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Drawer, Form, InputNumber, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Form as ReportForm, updateForm } from '../../api/forms';
import { DrawerFooter } from '../../components/DrawerFooter';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Values {
  cutoffStartDay: number;
  anchorKind: 'fixed' | 'after_end';
  month: number;
  day: number;
  workingDays: number;
  institution: number;
  commune: number;
  province: number;
  requireChildrenApproved: boolean;
}

function toValues(form: ReportForm): Values {
  const d = form.deadlines as DeadlineConfig;
  return {
    cutoffStartDay: form.cutoffStartDay,
    anchorKind: d.anchor.kind,
    month: d.anchor.kind === 'fixed' ? d.anchor.month : 11,
    day: d.anchor.kind === 'fixed' ? d.anchor.day : 25,
    workingDays: d.anchor.kind === 'after_end' ? d.anchor.workingDays : 10,
    ...d.levelOffsets,
    requireChildrenApproved: form.requireChildrenApproved,
  };
}

function toBody(v: Values, version: number): UpdateForm {
  return {
    version,
    cutoffStartDay: v.cutoffStartDay,
    deadlines: {
      anchor:
        v.anchorKind === 'fixed'
          ? { kind: 'fixed', month: v.month, day: v.day }
          : { kind: 'after_end', workingDays: v.workingDays },
      levelOffsets: { institution: v.institution, commune: v.commune, province: v.province },
    },
    requireChildrenApproved: v.requireChildrenApproved,
  };
}

/** Edit a form's cut-off window, deadline anchor, each level's lead time and the children rule (form.manage). */
export function FormSettingsDrawer({ form, onClose }: { form: ReportForm; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [antForm] = Form.useForm<Values>();
  const anchorKind = Form.useWatch('anchorKind', antForm);
  const save = useMutation({
    mutationFn: (v: Values) => updateForm(form.id, toBody(v, form.version)),
    onSuccess: () => {
      message.success(t('forms.saved'));
      void client.invalidateQueries({ queryKey: ['forms'] });
      onClose();
    },
  });
  const name = i18n.language === 'en' ? form.name.en : form.name.vi;
  const level = (key: 'institution' | 'commune' | 'province') => (
    <Form.Item name={key} label={t(`forms.levels.${key}`)} rules={[{ required: true }]}>
      <InputNumber min={0} max={60} data-testid={`form-offset-${key}`} />
    </Form.Item>
  );
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('forms.editTitle', { name })}
      size="large"
      footer={
        <DrawerFooter
          onSave={() => antForm.submit()}
          onCancel={onClose}
          saving={save.isPending}
          saveTestId="form-save"
        />
      }
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={antForm} layout="vertical" initialValues={toValues(form)} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="cutoffStartDay" label={t('forms.cutoffStartDay')} rules={[{ required: true }]}>
          <InputNumber min={1} max={28} data-testid="form-cutoff" />
        </Form.Item>
        <Form.Item name="anchorKind" label={t('forms.anchorKind')}>
          <Radio.Group>
            <Radio value="fixed">{t('forms.anchorFixed')}</Radio>
            <Radio value="after_end">{t('forms.anchorAfterEnd')}</Radio>
          </Radio.Group>
        </Form.Item>
        {anchorKind === 'after_end' ? (
          <Form.Item name="workingDays" label={t('forms.anchorWorkingDays')} rules={[{ required: true }]}>
            <InputNumber min={0} max={120} />
          </Form.Item>
        ) : (
          <Space>
            <Form.Item name="day" label={t('forms.anchorDay')} rules={[{ required: true }]}>
              <InputNumber min={1} max={31} />
            </Form.Item>
            <Form.Item name="month" label={t('forms.anchorMonth')} rules={[{ required: true }]}>
              <InputNumber min={1} max={12} />
            </Form.Item>
          </Space>
        )}
        <fieldset className="plain-fieldset">
          <legend>{t('forms.offsets')}</legend>
          <Space wrap>
            {level('institution')}
            {level('commune')}
            {level('province')}
          </Space>
        </fieldset>
        <Form.Item name="requireChildrenApproved" valuePropName="checked">
          <Checkbox>{t('forms.requireChildren')}</Checkbox>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
