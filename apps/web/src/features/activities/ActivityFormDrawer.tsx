import { useMutation } from '@tanstack/react-query';
import { App, Drawer, Form, Grid, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, createActivity, getActivity, updateActivity } from '../../api/activities';
import { ApiError, isApiError } from '../../api/client';
import { DrawerFooter } from '../../components/DrawerFooter';
import { SaveAlerts } from '../../components/SaveAlerts';
import { reasonMessage } from '../../i18n/errors';
import { formatNumber } from '../../lib/format';
import { observanceCodeLabel } from '../plans/labels';
import { ActivityFormFields } from './ActivityFormFields';
import {
  type ActivityFormValues,
  changedActivityFields,
  emptyActivityForm,
  formPathOf,
  scheduleProblemText,
  serverFieldOf,
  toActivityForm,
  toActivityInput,
  toActivityUpdate,
  type UpdatableField,
} from './activity-form';
import { formatInstant } from './activity-time';
import { useObservances, useStoreActivity } from './queries';
import { recurrenceSummary } from './recurrence-form';

interface Props {
  /** The activity being edited, or null for a new one. */
  activity: Activity | null;
  /** A new activity's starting values (the selected institution, a national day's template). */
  initial?: ActivityFormValues;
  /** Shown under the title when the form was filled from a template. */
  note?: string;
  /** The institution a new activity starts in, so the select names it before any search. */
  knownInstitution?: { id: number; name: string } | null;
  onClose: () => void;
  onSaved?: (saved: Activity) => void;
}

/** A field of the conflict table as people read it: dates dd/mm/yyyy HH:mm, names instead of codes. */
function showField(
  field: UpdatableField,
  values: ActivityFormValues,
  t: TFunction,
  language: string,
  observanceName: (code: string) => string,
): string {
  const input = toActivityInput(values);
  const v = input[field];
  switch (field) {
    case 'type':
      return t(`activities.types.${input.type}`);
    case 'audiences':
      return input.audiences.map((a) => t(`activities.audiences.${a}`)).join(', ');
    case 'observanceCode':
      return input.observanceCode ? observanceName(input.observanceCode) : t('common.none');
    case 'startsAt':
    case 'endsAt':
    case 'registrationOpensAt':
    case 'registrationClosesAt':
      return formatInstant(v as string | null) || t('common.none');
    case 'recurrence':
      return recurrenceSummary(input.recurrence, t);
    case 'capacity':
      return input.capacity === null || input.capacity === undefined
        ? t('activities.unlimited')
        : formatNumber(input.capacity, language);
    case 'requiresRegistration':
      return input.requiresRegistration
        ? t('activities.registrations.yes')
        : t('activities.registrations.no');
    case 'status':
      return t(`activities.statuses.${input.status}`);
    default:
      return v === null || v === undefined || v === '' ? t('common.none') : String(v);
  }
}

/**
 * The failure with the schedule problems' own words as their message: the shared alert shows a problem's message
 * when the shared reason table does not know its reason.
 */
function withScheduleTexts(error: unknown, t: TFunction): unknown {
  if (!isApiError(error) || error.problems.length === 0) return error;
  const problems = error.problems.map((p) => ({ ...p, message: scheduleProblemText(p, t) ?? p.message }));
  return new ApiError(error.status, error.code, error.message, problems);
}

/**
 * New or edit an activity (POST /api/activities, PATCH /api/activities/:id with its version). A server field error
 * shows on its field; a 409 CONFLICT shows both versions side by side and the person chooses. Ctrl+Enter saves
 * from anywhere in the form; Esc closes. Full width on a phone.
 */
export function ActivityFormDrawer({ activity, initial, note, knownInstitution, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const store = useStoreActivity();
  const observances = useObservances();
  const [form] = Form.useForm<ActivityFormValues>();
  const [base, setBase] = useState<Activity | null>(activity);
  const [conflict, setConflict] = useState<Activity | null>(null);
  const observanceName = (code: string) =>
    observanceCodeLabel(code, observances.data?.find((o) => o.code === code)?.name, t, i18n.language);

  const save = useMutation({
    mutationFn: ({ values, against }: { values: ActivityFormValues; against: Activity | null }) =>
      against
        ? updateActivity(against.id, toActivityUpdate(values, against))
        : createActivity(toActivityInput(values)),
    onSuccess: (saved) => {
      store(saved);
      message.success(activity ? t('activities.form.saved') : t('activities.form.created'));
      onSaved?.(saved);
      onClose();
    },
    onError: async (error) => {
      if (!isApiError(error)) return;
      if (error.code === 'CONFLICT' && base) {
        const current = await getActivity(base.id).catch(() => null);
        if (current) setConflict(current);
        return;
      }
      const fields = error.problems
        .map((p) => ({ path: formPathOf(p.field), p }))
        .filter((x) => x.path !== undefined);
      if (fields.length)
        form.setFields(
          fields.map(({ path, p }) => ({
            name: path as never,
            errors: [scheduleProblemText(p, t) ?? reasonMessage(p, i18n.language)],
          })),
        );
    },
  });

  // The person's institution may be looked up after the drawer opened: fill it in then, unless already chosen.
  const knownId = knownInstitution?.id;
  useEffect(() => {
    if (!activity && knownId && !form.getFieldValue('institutionId'))
      form.setFieldValue('institutionId', knownId);
  }, [activity, knownId, form]);

  const fieldLabel = (path: string) => {
    const field = serverFieldOf(path);
    return i18n.exists(`activities.form.serverFields.${field}`)
      ? t(`activities.form.serverFields.${field}`)
      : undefined;
  };

  const conflictRows = conflict
    ? (() => {
        const mine = form.getFieldsValue(true) as ActivityFormValues;
        const theirs = toActivityForm(conflict);
        return changedActivityFields(mine, theirs).map((f) => ({
          field: f,
          label: t(`activities.form.serverFields.${f}`),
          theirs: <span className="cell-wrap">{showField(f, theirs, t, i18n.language, observanceName)}</span>,
          mine: <span className="cell-wrap">{showField(f, mine, t, i18n.language, observanceName)}</span>,
        }));
      })()
    : [];

  const initialValues = activity ? toActivityForm(activity) : (initial ?? emptyActivityForm());
  const canChooseStatus = !activity || activity.status === 'draft' || activity.status === 'published';

  return (
    <Drawer
      open
      title={activity ? t('activities.form.editTitle') : t('activities.form.newTitle')}
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      footer={
        <DrawerFooter
          onSave={() => form.submit()}
          onCancel={onClose}
          saving={save.isPending && !conflict}
          disabled={conflict !== null}
          saveTestId="activity-save"
        >
          <Typography.Text type="secondary" className="hide-on-phone">
            {t('activities.form.shortcut')}
          </Typography.Text>
        </DrawerFooter>
      }
    >
      <SaveAlerts
        conflict={conflict}
        conflictTestId="activity-conflict"
        conflictHelp={t('activities.form.conflictHelp')}
        conflictRows={conflictRows}
        onTakeTheirs={(theirs) => {
          setBase(theirs);
          form.setFieldsValue(toActivityForm(theirs));
          setConflict(null);
          save.reset();
        }}
        onKeepMine={(theirs) => {
          const values = form.getFieldsValue(true) as ActivityFormValues;
          setBase(theirs);
          setConflict(null);
          save.mutate({ values, against: theirs });
        }}
        saving={save.isPending}
        error={withScheduleTexts(save.error, t)}
        fieldLabel={fieldLabel}
      />
      {note ? <Typography.Paragraph type="secondary">{note}</Typography.Paragraph> : null}
      <Form<ActivityFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        // All stored values, the hidden ones too (the count while "until" is chosen), so nothing is lost.
        onFinish={() =>
          save.mutate({ values: form.getFieldsValue(true) as ActivityFormValues, against: base })
        }
        // Centred, so the field's label stays in view above it.
        scrollToFirstError={{ block: 'center' }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            form.submit();
          }
        }}
        className="activity-form"
        data-testid="activity-form"
      >
        <ActivityFormFields
          form={form}
          isEdit={activity !== null}
          institutionLabel={
            activity
              ? { [activity.institution.id]: activity.institution.name }
              : knownInstitution
                ? { [knownInstitution.id]: knownInstitution.name }
                : undefined
          }
          observances={observances.data ?? []}
          canChooseStatus={canChooseStatus}
        />
      </Form>
    </Drawer>
  );
}
