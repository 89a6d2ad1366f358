import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Drawer,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import {
  createTarget,
  deleteTarget,
  type Indicator,
  type PlanDetail,
  type Target,
  updateTarget,
} from '../../api/plans';
import { DrawerFooter } from '../../components/DrawerFooter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { foldFilter } from '../../lib/fold-filter';
import { categoryLabel, categoryOptions, langOf } from '../institutions/categories';
import { indicatorLabel } from './labels';
import { fromTarget, type TargetFormValues, toTargetBody, validateTarget } from './target-form';
import { asUnit, formatTarget } from './target-format';

interface Props {
  plan: PlanDetail;
  /** null: a new target. */
  target: Target | null;
  indicators: readonly Indicator[];
  onClose: () => void;
}

/**
 * Add or edit one target: indicator, category, milestone year, a value or a range, the baseline. The checks the
 * server makes run here first, so the person sees every problem beside its field before saving.
 */
export function TargetDrawer({ plan, target, indicators, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<TargetFormValues>();
  const indicatorCode = Form.useWatch('indicator', form);
  const shape = Form.useWatch('shape', form) ?? (target && target.value === null ? 'range' : 'value');
  const indicator = indicators.find((i) => i.code === indicatorCode);
  const unit = indicator?.unit ?? target?.unit;
  const planYear = Number(plan.date.slice(0, 4));
  const suffix = unit ? t(`plans.unitSuffix.${asUnit(unit)}`) : '';
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['plans'] });
    void client.invalidateQueries({ queryKey: ['targets'] });
  };

  const save = useMutation({
    mutationFn: (values: TargetFormValues) => {
      const body = toTargetBody(values);
      return target
        ? updateTarget(target.id, { ...body, expectedUpdatedAt: target.updatedAt })
        : createTarget(plan.id, body);
    },
    onSuccess: () => {
      message.success(t('plans.targets.saved'));
      refresh();
      onClose();
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteTarget(target!.id),
    onSuccess: () => {
      message.success(t('plans.targets.deleted'));
      refresh();
      onClose();
    },
  });

  const submit = (values: TargetFormValues) => {
    const problems = validateTarget(values, { planYear, unit, categories: indicator?.categories });
    if (problems.length > 0) {
      form.setFields(
        problems.map((p) => ({
          name: p.field,
          errors: [t(`plans.targetErrors.${p.key}`, { ...p.params })],
        })),
      );
      return;
    }
    save.mutate(values);
  };

  const allowed = indicator?.categories ?? [];
  const options = categoryOptions(t, i18n.language)
    .map((g) => ({
      ...g,
      options: g.options.filter((o) => allowed.length === 0 || allowed.includes(o.value)),
    }))
    .filter((g) => g.options.length > 0);
  const numberInput = (name: 'value' | 'min' | 'max', label: string) => (
    <Form.Item label={label} name={name}>
      <InputNumber
        min={0}
        max={unit === 'percent' ? 100 : undefined}
        step={1}
        suffix={suffix || undefined}
        decimalSeparator={langOf(i18n.language) === 'vi' ? ',' : '.'}
        style={{ width: '100%' }}
        data-testid={`target-${name}`}
      />
    </Form.Item>
  );

  return (
    <Drawer
      open
      title={target ? t('plans.targets.editTitle') : t('plans.targets.newTitle')}
      onClose={onClose}
      size={560}
      destroyOnHidden
      footer={
        <DrawerFooter
          onSave={() => form.submit()}
          onCancel={onClose}
          saving={save.isPending}
          saveTestId="target-save"
        >
          {target ? (
            <Popconfirm
              title={t('plans.targets.deleteTitle')}
              okText={t('plans.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutate()}
            >
              <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="target-delete">
                {t('plans.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </DrawerFooter>
      }
    >
      <Form<TargetFormValues>
        form={form}
        layout="vertical"
        initialValues={
          target ? fromTarget(target) : { shape: 'value', year: Math.max(2025, planYear), category: null }
        }
        onFinish={submit}
        scrollToFirstError
      >
        {save.isError || remove.isError ? (
          <ErrorAlert
            error={save.error ?? remove.error}
            className="form-alert"
            fieldLabel={(f) =>
              t(`plans.targetFields.${f.replace('baseline.', 'baseline_')}`, { defaultValue: f })
            }
          />
        ) : null}
        {target?.source?.quote ? (
          <Typography.Paragraph type="secondary" className="target-quote">
            {t('plans.targets.source')}: “{target.source.quote}”
          </Typography.Paragraph>
        ) : null}
        <Form.Item
          label={t('plans.targetFields.indicator')}
          name="indicator"
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            showSearch={{ filterOption: foldFilter }}
            options={indicators.map((i) => ({
              value: i.code,
              label: indicatorLabel(i.code, indicators, t, i18n.language),
              title: i.name[langOf(i18n.language)],
            }))}
            data-testid="target-indicator"
          />
        </Form.Item>
        <Form.Item label={t('plans.targetFields.category')} name="category">
          <Select
            allowClear
            placeholder={t('plans.targets.allCategories')}
            options={options}
            showSearch={{ filterOption: foldFilter }}
            data-testid="target-category"
          />
        </Form.Item>
        <Form.Item
          label={t('plans.targetFields.year')}
          name="year"
          extra={t('plans.targets.yearHelp', { year: planYear })}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber min={2020} max={2040} style={{ width: '100%' }} data-testid="target-year" />
        </Form.Item>
        <Form.Item label={t('plans.targetFields.shape')} name="shape">
          <Radio.Group
            options={[
              { value: 'value', label: t('plans.targets.shapeValue') },
              { value: 'range', label: t('plans.targets.shapeRange') },
            ]}
          />
        </Form.Item>
        {shape === 'value' ? (
          numberInput('value', t('plans.targetFields.value'))
        ) : (
          <Space className="form-row" align="start" wrap>
            {numberInput('min', t('plans.targetFields.min'))}
            {numberInput('max', t('plans.targetFields.max'))}
          </Space>
        )}
        <Form.Item noStyle shouldUpdate>
          {() => {
            const v = form.getFieldsValue();
            const preview = formatTarget(
              v.shape === 'value' ? { value: v.value } : { min: v.min, max: v.max },
              asUnit(unit),
              i18n.language,
            );
            return (
              <Typography.Paragraph aria-live="polite">
                {t('plans.targets.preview')}: <strong>{preview}</strong>
                {v.category ? ` · ${categoryLabel(v.category, i18n.language)}` : ''}
              </Typography.Paragraph>
            );
          }}
        </Form.Item>
        <fieldset className="fieldset">
          <legend>{t('plans.targets.baseline')}</legend>
          <Space className="form-row" align="start" wrap>
            <Form.Item label={t('plans.targetFields.baseline_year')} name="baselineYear">
              <InputNumber min={2000} max={2040} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label={t('plans.targetFields.baseline_value')} name="baselineValue">
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Space>
        </fieldset>
        <Form.Item label={t('plans.targetFields.note')} name="note" rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
