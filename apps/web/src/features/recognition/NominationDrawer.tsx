import { useMutation } from '@tanstack/react-query';
import { App, Drawer, Form, Grid, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import {
  createNomination,
  getRecognition,
  type NominationInput,
  type Recognition,
  updateNomination,
} from '../../api/recognition';
import { DrawerFooter } from '../../components/DrawerFooter';
import { SaveAlerts } from '../../components/SaveAlerts';
import { formatDate } from '../../lib/format';
import { EVIDENCE_MAX, evidenceCount, evidenceKeyOf, evidenceLabelOf } from './evidence';
import { formLabel } from './labels';
import { NominationFields } from './NominationFields';
import {
  changedNominationFields,
  formPathOf,
  type NominationFormValues,
  serverFieldOf,
  toNominationForm,
  toNominationInput,
  toNominationUpdate,
  type UpdatableField,
} from './nomination-form';
import { problemText, withOwnWords } from './problem-text';
import { useEvidenceOptions, useStoreRecognition } from './queries';
import './recognition.css';

interface Props {
  /** The nomination being edited, or null for a new one. */
  recognition: Recognition | null;
  /** A new nomination's starting values (the selected unit, the register's year, today). */
  initial: NominationFormValues;
  years: readonly number[];
  /** The header unit's name, so the unit select names the default before any search. */
  unitLabel?: Record<number, string>;
  onClose: () => void;
  onSaved?: (saved: Recognition) => void;
}

/** A field of the conflict table as people read it. */
function showField(field: UpdatableField, values: NominationFormValues, t: TFunction): string {
  const input = toNominationInput(values);
  switch (field) {
    case 'form':
      return formLabel(input.form, t);
    case 'nominatedOn':
      return formatDate(input.nominatedOn) || t('common.none');
    case 'evidence':
      return t('recognition.form.evidenceCount', { n: input.evidence.length });
    default: {
      const v = input[field];
      return v === null || v === undefined || v === '' ? t('common.none') : String(v);
    }
  }
}

/**
 * Đề nghị khen thưởng: a new nomination (POST /api/recognitions) or an edit while nominated (PATCH with its
 * version). A server field error shows on its field (an evidence problem on its picker); a 409 CONFLICT shows both
 * versions side by side and the person chooses. Ctrl+Enter saves from anywhere in the form; Esc closes. Full width
 * on a phone.
 */
export function NominationDrawer({ recognition, initial, years, unitLabel, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const store = useStoreRecognition();
  const [form] = Form.useForm<NominationFormValues>();
  const [base, setBase] = useState<Recognition | null>(recognition);
  const [conflict, setConflict] = useState<Recognition | null>(null);
  const sent = useRef<NominationInput | null>(null);
  // The pickers' options (the same cache): a server problem about a link names it as the person picked it.
  const options = useEvidenceOptions(Form.useWatch('unitId', form), Form.useWatch('year', form));

  const save = useMutation({
    mutationFn: ({ values, against }: { values: NominationFormValues; against: Recognition | null }) => {
      sent.current = toNominationInput(values);
      return against
        ? updateNomination(against.id, toNominationUpdate(values, against))
        : createNomination(sent.current);
    },
    onSuccess: (saved) => {
      store(saved);
      message.success(recognition ? t('recognition.form.saved') : t('recognition.form.created'));
      onSaved?.(saved);
      onClose();
    },
    onError: async (error) => {
      if (!isApiError(error)) return;
      if (error.code === 'CONFLICT' && base) {
        const current = await getRecognition(base.id).catch(() => null);
        if (current) setConflict(current);
        return;
      }
      const fields = error.problems
        .map((p) => ({ path: formPathOf(p.field, sent.current ?? undefined), p: withEvidenceName(p) }))
        .filter((x) => x.path !== undefined);
      if (fields.length)
        form.setFields(
          fields.map(({ path, p }) => ({ name: path as never, errors: [problemText(p, t, i18n.language)] })),
        );
    },
  });

  /** A stale link named by what the person picked rather than by the server's key. */
  const withEvidenceName = <P extends { field: string; reason: string; value?: string }>(p: P): P => {
    const index = /^body\.evidence\.(\d+)$/.exec(p.field)?.[1];
    const link = index === undefined ? undefined : sent.current?.evidence[Number(index)];
    const label = link && evidenceLabelOf(evidenceKeyOf(link), options.data, recognition?.evidence);
    return label ? { ...p, value: label } : p;
  };

  const fieldLabel = (path: string) => {
    const field = serverFieldOf(path);
    return i18n.exists(`recognition.form.serverFields.${field}`)
      ? t(`recognition.form.serverFields.${field}`)
      : undefined;
  };

  const conflictRows = conflict
    ? (() => {
        const mine = form.getFieldsValue(true) as NominationFormValues;
        const theirs = toNominationForm(conflict);
        return changedNominationFields(mine, theirs).map((f) => ({
          field: f,
          label: t(`recognition.form.serverFields.${f}`),
          theirs: <span className="cell-wrap">{showField(f, theirs, t)}</span>,
          mine: <span className="cell-wrap">{showField(f, mine, t)}</span>,
        }));
      })()
    : [];

  const submit = () => {
    const values = form.getFieldsValue(true) as NominationFormValues;
    if (evidenceCount(values.evidence) > EVIDENCE_MAX) {
      form.setFields([
        {
          name: ['evidence', 'activity'],
          errors: [t('recognition.reasons.too_much_evidence', { max: EVIDENCE_MAX })],
        },
      ]);
      return;
    }
    save.mutate({ values, against: base });
  };

  return (
    <Drawer
      open
      title={recognition ? t('recognition.form.editTitle') : t('recognition.form.newTitle')}
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      footer={
        <DrawerFooter
          onSave={() => form.submit()}
          onCancel={onClose}
          saving={save.isPending && !conflict}
          disabled={conflict !== null}
          saveLabel={recognition ? undefined : t('recognition.form.submit')}
          saveTestId="recognition-save"
        >
          <Typography.Text type="secondary" className="hide-on-phone">
            {t('recognition.form.shortcut')}
          </Typography.Text>
        </DrawerFooter>
      }
    >
      <SaveAlerts
        conflict={conflict}
        conflictTestId="recognition-conflict"
        conflictHelp={t('recognition.form.conflictHelp')}
        conflictRows={conflictRows}
        onTakeTheirs={(theirs) => {
          setBase(theirs);
          form.setFieldsValue(toNominationForm(theirs));
          setConflict(null);
          save.reset();
        }}
        onKeepMine={(theirs) => {
          const values = form.getFieldsValue(true) as NominationFormValues;
          setBase(theirs);
          setConflict(null);
          save.mutate({ values, against: theirs });
        }}
        saving={save.isPending}
        error={withOwnWords(save.error, t, i18n.language, withEvidenceName)}
        fieldLabel={fieldLabel}
      />
      <Form<NominationFormValues>
        form={form}
        layout="vertical"
        initialValues={recognition ? toNominationForm(recognition) : initial}
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            form.submit();
          }
        }}
        className="recognition-form"
        data-testid="recognition-form"
      >
        <NominationFields
          form={form}
          isEdit={recognition !== null}
          years={years}
          unitLabel={recognition ? { [recognition.unit.id]: recognition.unit.name } : unitLabel}
          savedEvidence={recognition?.evidence}
        />
      </Form>
    </Drawer>
  );
}
