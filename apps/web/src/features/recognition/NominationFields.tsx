import { RECOGNITION_FORMS, todayInVietnam } from '@suotdoi/shared';
import { Form, type FormInstance, Input, Radio, Select, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { EvidenceLink } from '../../api/recognition';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { UnitSelect } from '../../components/UnitSelect';
import { EvidencePicker } from './EvidencePicker';
import { decidedByLabel, formLabel } from './labels';
import {
  type NominationFormValues,
  nominationDateProblem,
  PERSON_NAME_MAX,
  PERSON_POSITION_MAX,
  REASON_MAX,
} from './nomination-form';

interface Props {
  form: FormInstance<NominationFormValues>;
  /** Editing: the kind, the unit and the year stay. */
  isEdit: boolean;
  years: readonly number[];
  /** The unit's name, so the select shows it before any search. */
  unitLabel?: Record<number, string>;
  savedEvidence?: readonly EvidenceLink[];
}

/** Every NominationInput field, grouped: who, the recognition, the evidence. Labels above, help below. */
export function NominationFields({ form, isEdit, years, unitLabel, savedEvidence }: Props) {
  const { t } = useTranslation();
  const kind = Form.useWatch('nomineeKind', form);
  const chosenForm = Form.useWatch('form', form);
  const required = { required: true, message: t('validation.required') };
  const max = (n: number): Rule => ({ max: n, message: t('validation.max', { max: n }) });
  const label = (field: string) => t(`recognition.form.fields.${field}`);
  const help = (field: string) => t(`recognition.form.help.${field}`);
  const dateRule: Rule = {
    validator: async (_, v: string | null) => {
      const problem = nominationDateProblem(v, todayInVietnam());
      if (problem) throw new Error(t(`recognition.reasons.${problem}`));
    },
  };

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('recognition.form.sections.nominee')}</legend>
        <Form.Item name="nomineeKind" label={label('nomineeKind')} rules={[required]}>
          <Radio.Group
            disabled={isEdit}
            data-testid="recognition-kind"
            options={(['collective', 'individual'] as const).map((k) => ({
              value: k,
              label: t(`recognition.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={kind === 'individual' ? label('workUnit') : label('unit')}
          extra={isEdit ? help('unitFixed') : kind === 'individual' ? help('workUnit') : help('unit')}
          rules={[required]}
        >
          <UnitSelect knownLabels={unitLabel} disabled={isEdit} data-testid="recognition-unit" />
        </Form.Item>
        {kind === 'individual' ? (
          <Space className="form-row" align="start" wrap>
            <Form.Item
              name="personName"
              label={label('personName')}
              rules={[
                { ...required, whitespace: true, message: t('recognition.reasons.individual_needs_name') },
                max(PERSON_NAME_MAX),
              ]}
            >
              <Input
                maxLength={PERSON_NAME_MAX}
                autoComplete="off"
                className="field-medium"
                data-testid="recognition-person-name"
              />
            </Form.Item>
            <Form.Item
              name="personPosition"
              label={label('personPosition')}
              rules={[max(PERSON_POSITION_MAX)]}
            >
              <Input
                maxLength={PERSON_POSITION_MAX}
                autoComplete="off"
                className="field-medium"
                data-testid="recognition-person-position"
              />
            </Form.Item>
          </Space>
        ) : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('recognition.form.sections.recognition')}</legend>
        <Form.Item
          name="form"
          label={label('form')}
          rules={[required]}
          extra={chosenForm ? decidedByLabel(chosenForm, t) : undefined}
        >
          <Radio.Group className="form-choices" data-testid="recognition-form">
            {RECOGNITION_FORMS.map((f) => (
              <Radio key={f} value={f} data-testid={`recognition-form-${f}`}>
                {formLabel(f, t)}
                {f === 'prime_minister_certificate' ? (
                  <span className="form-choices__hint">
                    {t('recognition.formHints.prime_minister_certificate')}
                  </span>
                ) : null}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Space className="form-row" align="start" wrap>
          <Form.Item
            name="year"
            label={label('year')}
            extra={isEdit ? undefined : help('year')}
            rules={[required]}
          >
            <Select<number>
              disabled={isEdit}
              data-testid="recognition-form-year"
              options={years.map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 110 }}
            />
          </Form.Item>
          <Form.Item
            name="nominatedOn"
            label={label('nominatedOn')}
            extra={help('nominatedOn')}
            rules={[dateRule]}
          >
            <IsoDatePicker placeholder="dd/mm/yyyy" data-testid="recognition-nominated-on" />
          </Form.Item>
        </Space>
        <Form.Item
          name="reason"
          label={label('reason')}
          extra={help('reason')}
          rules={[{ ...required, whitespace: true }, max(REASON_MAX)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={REASON_MAX}
            showCount
            data-testid="recognition-reason"
          />
        </Form.Item>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('recognition.form.sections.evidence')}</legend>
        <EvidencePicker form={form} saved={savedEvidence} />
      </fieldset>
    </>
  );
}
