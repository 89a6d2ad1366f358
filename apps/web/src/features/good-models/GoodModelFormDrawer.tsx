import type { GoodModelStatus } from '@suotdoi/shared';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Grid, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { createGoodModel, type GoodModel, getGoodModel, updateGoodModel } from '../../api/good-models';
import { SaveAlerts } from '../../components/SaveAlerts';
import { reasonMessage } from '../../i18n/errors';
import { GoodModelFormFields } from './GoodModelFormFields';
import {
  changedGoodModelFields,
  emptyGoodModelForm,
  figureIndexOf,
  formPathOf,
  type GoodModelFormValues,
  serverFieldOf,
  toGoodModelForm,
  toGoodModelInput,
  toGoodModelUpdate,
  type UpdatableField,
} from './good-model-form';
import { categoriesText, topicLabel } from './labels';
import { useStoreGoodModel } from './queries';

interface Props {
  /** The model being edited, or null for a new one. */
  model: GoodModel | null;
  /** A new model's starting values (the selected unit, the writer's name as contact). */
  initial?: GoodModelFormValues;
  /** The unit a new model starts in, so the select names it before any search. */
  knownUnit?: { id: number; name: string } | null;
  onClose: () => void;
  onSaved?: (saved: GoodModel) => void;
}

/** A field of the conflict table as people read it. */
function showField(field: UpdatableField, values: GoodModelFormValues, t: TFunction, language: string) {
  const none = t('common.none');
  switch (field) {
    case 'topic':
      return values.topic ? topicLabel(values.topic, t) : none;
    case 'categories':
      return categoriesText(values.categories, t, language);
    case 'figures':
      return values.figures.map((f) => `${f.indicator} (${f.year})`).join(', ') || none;
    case 'photoIds':
      return values.photos.map((p) => p.name).join(', ') || none;
    case 'description': {
      const text = values.description.trim();
      return text.length > 200 ? `${text.slice(0, 200)}…` : text || none;
    }
    default: {
      const v = values[field as keyof GoodModelFormValues];
      return typeof v === 'string' && v.trim() ? v : none;
    }
  }
}

/**
 * Write or edit a good model (POST /api/good-models, PATCH /api/good-models/:id with its version), saved as a
 * draft or published by the button pressed. A server field error shows on its field (a refused result on its
 * row); a 409 CONFLICT shows both versions side by side and the person chooses. Ctrl+Enter saves; Esc closes.
 * Full width on a phone.
 */
export function GoodModelFormDrawer({ model, initial, knownUnit, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const store = useStoreGoodModel();
  const [form] = Form.useForm<GoodModelFormValues>();
  const [base, setBase] = useState<GoodModel | null>(model);
  const [conflict, setConflict] = useState<GoodModel | null>(null);
  const [figureProblems, setFigureProblems] = useState<Map<number, string>>(new Map());
  // The button pressed decides the status; Ctrl+Enter keeps the current one.
  const status = useRef<GoodModelStatus>(model?.status ?? 'draft');

  const save = useMutation({
    mutationFn: ({
      values,
      against,
      as,
    }: {
      values: GoodModelFormValues;
      against: GoodModel | null;
      as: GoodModelStatus;
    }) =>
      against
        ? updateGoodModel(against.id, toGoodModelUpdate(values, as, against))
        : createGoodModel(toGoodModelInput(values, as)),
    onSuccess: (saved, { as }) => {
      store(saved);
      message.success(
        as === 'published' && (!model || model.status === 'draft')
          ? t('goodModels.form.published')
          : model
            ? t('goodModels.form.saved')
            : t('goodModels.form.created'),
      );
      onSaved?.(saved);
      onClose();
    },
    onError: async (error) => {
      if (!isApiError(error)) return;
      if (error.code === 'CONFLICT' && base) {
        const current = await getGoodModel(base.id).catch(() => null);
        if (current) setConflict(current);
        return;
      }
      const picks = new Map<number, string>();
      for (const p of error.problems) {
        const index = figureIndexOf(p.field.replace(/^body\./, ''));
        if (index !== undefined) picks.set(index, reasonMessage(p, i18n.language));
      }
      setFigureProblems(picks);
      const fields = error.problems
        .map((p) => ({ path: formPathOf(p.field), p }))
        .filter((x) => x.path !== undefined);
      if (fields.length)
        form.setFields(
          fields.map(({ path, p }) => ({ name: path as never, errors: [reasonMessage(p, i18n.language)] })),
        );
    },
  });

  const submit = (as: GoodModelStatus) => {
    status.current = as;
    form.submit();
  };

  const fieldLabel = (path: string) => {
    const field = serverFieldOf(path);
    const key = `goodModels.form.fields.${field === 'photoIds' ? 'photos' : field === 'unitId' ? 'unit' : field}`;
    return i18n.exists(key) ? t(key) : undefined;
  };

  const conflictRows = conflict
    ? (() => {
        const mine = form.getFieldsValue(true) as GoodModelFormValues;
        const theirs = toGoodModelForm(conflict);
        return changedGoodModelFields(mine, theirs).map((f) => ({
          field: f,
          label: fieldLabel(f) ?? f,
          theirs: <span className="cell-wrap">{showField(f, theirs, t, i18n.language)}</span>,
          mine: <span className="cell-wrap">{showField(f, mine, t, i18n.language)}</span>,
        }));
      })()
    : [];

  const initialValues = model ? toGoodModelForm(model) : (initial ?? emptyGoodModelForm());
  const isPublished = model?.status === 'published';
  const saving = save.isPending && !conflict;

  return (
    <Drawer
      open
      title={model ? t('goodModels.form.editTitle') : t('goodModels.form.newTitle')}
      onClose={onClose}
      size={screens.md ? 760 : '100%'}
      destroyOnHidden
      footer={
        <Space wrap>
          {isPublished ? (
            <>
              <Button
                type="primary"
                onClick={() => submit('published')}
                loading={saving && status.current === 'published'}
                disabled={conflict !== null}
                data-testid="gm-save"
              >
                {t('common.save')}
              </Button>
              <Button
                onClick={() => submit('draft')}
                loading={saving && status.current === 'draft'}
                disabled={conflict !== null}
                data-testid="gm-unpublish"
              >
                {t('goodModels.form.toDraft')}
              </Button>
            </>
          ) : (
            <>
              <Button
                onClick={() => submit('draft')}
                loading={saving && status.current === 'draft'}
                disabled={conflict !== null}
                data-testid="gm-save-draft"
              >
                {t('goodModels.form.saveDraft')}
              </Button>
              <Button
                type="primary"
                onClick={() => submit('published')}
                loading={saving && status.current === 'published'}
                disabled={conflict !== null}
                data-testid="gm-publish"
              >
                {t('goodModels.form.publish')}
              </Button>
            </>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Typography.Text type="secondary" className="gm-hide-on-phone">
            {t('goodModels.form.shortcut')}
          </Typography.Text>
        </Space>
      }
    >
      <SaveAlerts
        conflict={conflict}
        conflictTestId="gm-conflict"
        conflictHelp={t('goodModels.form.conflictHelp')}
        conflictRows={conflictRows}
        onTakeTheirs={(theirs) => {
          setBase(theirs);
          form.setFieldsValue(toGoodModelForm(theirs));
          setConflict(null);
          save.reset();
        }}
        onKeepMine={(theirs) => {
          const values = form.getFieldsValue(true) as GoodModelFormValues;
          setBase(theirs);
          setConflict(null);
          save.mutate({ values, against: theirs, as: status.current });
        }}
        saving={save.isPending}
        error={save.error}
        fieldLabel={fieldLabel}
      />
      <Form<GoodModelFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() =>
          save.mutate({
            values: form.getFieldsValue(true) as GoodModelFormValues,
            against: base,
            as: status.current,
          })
        }
        onValuesChange={(changed: Partial<GoodModelFormValues>) => {
          // A changed pick list is checked again by the server: the old refusals no longer point at the right rows.
          if ('figures' in changed && figureProblems.size) setFigureProblems(new Map());
        }}
        scrollToFirstError={{ block: 'center' }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit(isPublished ? 'published' : status.current);
          }
        }}
        className="good-model-form"
        data-testid="gm-form"
      >
        <GoodModelFormFields
          form={form}
          isEdit={model !== null}
          unitLabel={
            model
              ? { [model.unit.id]: model.unit.name }
              : knownUnit
                ? { [knownUnit.id]: knownUnit.name }
                : undefined
          }
          frozen={base?.figures}
          figureProblems={figureProblems}
        />
      </Form>
    </Drawer>
  );
}
