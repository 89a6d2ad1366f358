import { todayInVietnam } from '@suotdoi/shared';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { adoptGoodModel, type GoodModel } from '../../api/good-models';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { UnitSelect } from '../../components/UnitSelect';
import { reasonMessage } from '../../i18n/errors';
import type { UnitChoice } from '../../lib/permissions';
import { useStoreGoodModel } from './queries';

interface Values {
  unitId: number | null;
  adoptedOn: string | null;
  note: string;
}

interface Props {
  model: GoodModel;
  /** The writer's units other than the model's own: named before any search; the first is chosen. */
  units: readonly UnitChoice[];
  /** The header's unit, chosen first when it is one of them. */
  preferredUnitId: number | null;
  onClose: () => void;
}

const NOTE_MAX = 1000;

/**
 * "Chúng tôi đã áp dụng": which unit (one of the writer's, or any below them found by name), since when (today by
 * default, never a future day) and a note → POST /api/good-models/:id/adoptions. The refusals (already adopted,
 * the model's own unit) show in words on the unit field.
 */
export function AdoptForm({ model, units, preferredUnitId, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const store = useStoreGoodModel();
  const [form] = Form.useForm<Values>();
  const today = todayInVietnam();
  const preferred = units.find((u) => u.unitId === preferredUnitId) ?? units[0];

  const adopt = useMutation({
    mutationFn: (v: Values) =>
      adoptGoodModel(model.id, {
        unitId: v.unitId ?? 0,
        adoptedOn: v.adoptedOn ?? undefined,
        note: v.note.trim() || null,
      }),
    onSuccess: (saved) => {
      store(saved);
      message.success(t('goodModels.adopt.done'));
      onClose();
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      const fields = error.problems
        .map((p) => ({ name: p.field.replace(/^body\./, ''), p }))
        .filter((x) => x.name === 'unitId' || x.name === 'adoptedOn' || x.name === 'note');
      if (fields.length)
        form.setFields(
          fields.map(({ name, p }) => ({
            name: name as keyof Values,
            errors: [reasonMessage(p, i18n.language)],
          })),
        );
    },
  });

  const problems = isApiError(adopt.error) ? adopt.error.problems : [];
  const shownOnFields = problems.length > 0;

  return (
    <Modal
      open
      title={t('goodModels.adopt.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space wrap>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={adopt.isPending}
            data-testid="gm-adopt-save"
          >
            {t('goodModels.adopt.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      }
    >
      {adopt.isError && !shownOnFields ? <ErrorAlert error={adopt.error} className="form-alert" /> : null}
      <p>{t('goodModels.adopt.intro', { title: model.title })}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ unitId: preferred?.unitId ?? null, adoptedOn: today, note: '' }}
        onFinish={(v) => adopt.mutate(v)}
        data-testid="gm-adopt-form"
      >
        <Form.Item
          name="unitId"
          label={t('goodModels.adopt.unit')}
          extra={t('goodModels.adopt.unitHelp')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: async (_, v: number | null) => {
                if (v === model.unit.id)
                  throw new Error(reasonMessage({ reason: 'own_model' }, i18n.language));
              },
            },
          ]}
        >
          <UnitSelect
            knownLabels={Object.fromEntries(units.map((u) => [u.unitId, `${u.unitName} (${u.unitCode})`]))}
            data-testid="gm-adopt-unit"
          />
        </Form.Item>
        <Form.Item
          name="adoptedOn"
          label={t('goodModels.adopt.date')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: async (_, v: string | null) => {
                if (v && v > today) throw new Error(t('goodModels.adopt.notFuture'));
              },
            },
          ]}
        >
          <IsoDatePicker placeholder="dd/mm/yyyy" data-testid="gm-adopt-date" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('goodModels.adopt.note')}
          extra={t('goodModels.adopt.noteHelp')}
          rules={[{ max: NOTE_MAX, message: t('validation.max', { max: NOTE_MAX }) }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={NOTE_MAX}
            data-testid="gm-adopt-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
