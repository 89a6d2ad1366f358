import { ACTIVITY_TYPES, AUDIENCES } from '@suotdoi/shared';
import { Checkbox, Form, type FormInstance, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { Observance } from '../../api/plans';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { UnitSelect } from '../../components/UnitSelect';
import { foldFilter } from '../../lib/fold-filter';
import { formatNumber } from '../../lib/format';
import { observanceLabel } from '../plans/labels';
import {
  type ActivityFormValues,
  CAPACITY_MAX,
  CLOSES_DEFAULT_TIME,
  DESCRIPTION_MAX,
  OPENS_DEFAULT_TIME,
  PLACE_MAX,
  TITLE_MAX,
  URL_MAX,
} from './activity-form';
import { minutesBetween, normalizeTime, toInstant } from './activity-time';
import { COUNT_MAX, COUNT_MIN, INTERVAL_MAX, REPEAT_KINDS, WEEKDAYS, weekdayName } from './recurrence-form';

interface Props {
  form: FormInstance<ActivityFormValues>;
  /** Editing: the institution stays. */
  isEdit: boolean;
  /** The institution's name, so the select shows it before any search. */
  institutionLabel?: Record<number, string>;
  observances: readonly Observance[];
  /** The status may be chosen while the activity is new or a draft. */
  canChooseStatus: boolean;
}

/**
 * A time typed as people do ("8h30", "0830", "8:30") and shown as HH:mm once the field is left. `inputMode`
 * numeric gives a phone its number pad; the colon is optional for that reason.
 */
function TimeInput(props: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  placeholder?: string;
  'data-testid'?: string;
  'aria-describedby'?: string;
}) {
  return (
    <Input
      {...props}
      value={props.value}
      onChange={(e) => props.onChange?.(e.target.value)}
      onBlur={(e) => {
        const normal = normalizeTime(e.target.value);
        if (normal && normal !== e.target.value) props.onChange?.(normal);
      }}
      inputMode="numeric"
      autoComplete="off"
      placeholder={props.placeholder ?? '08:00'}
      maxLength={5}
      style={{ width: 110 }}
    />
  );
}

/** Every ActivityInput field, grouped: what, when, where, registration, status. Labels above, help below. */
export function ActivityFormFields({ form, isEdit, institutionLabel, observances, canChooseStatus }: Props) {
  const { t, i18n } = useTranslation();
  const repeat = Form.useWatch(['recurrence', 'kind'], form);
  const repeatEnd = Form.useWatch(['recurrence', 'end'], form);
  const requiresRegistration = Form.useWatch('requiresRegistration', form);
  const required = { required: true, message: t('validation.required') };
  const max = (n: number): Rule => ({ max: n, message: t('validation.max', { max: n }) });
  const timeRule: Rule = {
    validator: async (_, v: string) => {
      if (!normalizeTime(v)) throw new Error(t('activities.form.timeInvalid'));
    },
  };
  const optionalTimeRule: Rule = {
    validator: async (_, v: string) => {
      if (v && !normalizeTime(v)) throw new Error(t('activities.form.timeInvalid'));
    },
  };
  const endRule: Rule = ({ getFieldValue }) => ({
    validator: async (_, v: string) => {
      if (getFieldValue('endDate') && getFieldValue('endDate') !== getFieldValue('date')) return;
      const minutes = minutesBetween(getFieldValue('startTime'), v);
      if (minutes !== null && minutes <= 0) throw new Error(t('activities.form.endAfterStart'));
    },
  });
  const endDateRule: Rule = ({ getFieldValue }) => ({
    validator: async (_, v: string | null) => {
      if (v && getFieldValue('date') && v < getFieldValue('date'))
        throw new Error(t('activities.form.endDateBeforeStart'));
    },
  });
  const untilRule: Rule = ({ getFieldValue }) => ({
    validator: async (_, v: string | null) => {
      if (getFieldValue(['recurrence', 'end']) !== 'until') return;
      if (!v) throw new Error(t('validation.required'));
      if (getFieldValue('date') && v <= getFieldValue('date'))
        throw new Error(t('activities.recurrence.untilAfterStart'));
    },
  });
  const closesRule: Rule = ({ getFieldValue }) => ({
    validator: async (_, v: string | null) => {
      const opens = toInstant(getFieldValue('opensDate'), getFieldValue('opensTime') || '00:00');
      const closes = toInstant(v, getFieldValue('closesTime') || '23:59');
      if (opens && closes && Date.parse(closes) <= Date.parse(opens))
        throw new Error(t('activities.form.closesAfterOpens'));
    },
  });
  const label = (field: string) => t(`activities.form.fields.${field}`);
  const help = (field: string) => t(`activities.form.help.${field}`);

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('activities.form.sections.what')}</legend>
        <Form.Item
          name="institutionId"
          label={label('institution')}
          extra={isEdit ? help('institutionFixed') : help('institution')}
          rules={[required]}
        >
          <UnitSelect
            levels={['institution']}
            knownLabels={institutionLabel}
            disabled={isEdit}
            data-testid="activity-institution"
          />
        </Form.Item>
        <Form.Item name="type" label={label('type')} rules={[required]}>
          <Select
            className="field-medium"
            data-testid="activity-type"
            options={ACTIVITY_TYPES.map((x) => ({ value: x, label: t(`activities.types.${x}`) }))}
          />
        </Form.Item>
        <Form.Item name="observanceCode" label={label('observance')} extra={help('observance')}>
          <Select
            allowClear
            className="field-wide"
            placeholder={t('common.none')}
            data-testid="activity-observance"
            showSearch={{ filterOption: foldFilter }}
            options={observances.map((o) => ({
              value: o.code,
              label: observanceLabel(o, t, i18n.language),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={label('title')}
          rules={[{ ...required, whitespace: true }, max(TITLE_MAX)]}
        >
          <Input maxLength={TITLE_MAX} data-testid="activity-title" />
        </Form.Item>
        <Form.Item
          name="description"
          label={label('description')}
          extra={help('description')}
          rules={[max(DESCRIPTION_MAX)]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="activity-description" />
        </Form.Item>
        <Form.Item
          name="audiences"
          label={label('audiences')}
          extra={help('audiences')}
          rules={[{ required: true, type: 'array', min: 1, message: t('activities.form.audiencesRequired') }]}
        >
          <Checkbox.Group
            className="choice-grid"
            data-testid="activity-audiences"
            options={AUDIENCES.map((a) => ({ value: a, label: t(`activities.audiences.${a}`) }))}
          />
        </Form.Item>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('activities.form.sections.when')}</legend>
        <Space className="form-row" align="start" wrap>
          <Form.Item name="date" label={label('date')} rules={[required]} extra={help('date')}>
            <IsoDatePicker placeholder="dd/mm/yyyy" data-testid="activity-date" />
          </Form.Item>
          <Form.Item name="startTime" label={label('startTime')} rules={[timeRule]}>
            <TimeInput data-testid="activity-start-time" />
          </Form.Item>
          <Form.Item
            name="endTime"
            label={label('endTime')}
            dependencies={['startTime', 'endDate']}
            rules={[timeRule, endRule]}
          >
            <TimeInput data-testid="activity-end-time" />
          </Form.Item>
        </Space>
        <Form.Item
          name="endDate"
          label={label('endDate')}
          extra={help('endDate')}
          dependencies={['date']}
          rules={[endDateRule]}
        >
          <IsoDatePicker placeholder="dd/mm/yyyy" allowClear data-testid="activity-end-date" />
        </Form.Item>
        <Form.Item name={['recurrence', 'kind']} label={label('repeat')}>
          <Radio.Group
            optionType="button"
            data-testid="activity-repeat"
            options={REPEAT_KINDS.map((k) => ({ value: k, label: t(`activities.recurrence.kinds.${k}`) }))}
          />
        </Form.Item>
        {repeat && repeat !== 'none' ? (
          <div className="nested-fields">
            <Form.Item
              name={['recurrence', 'interval']}
              label={t('activities.recurrence.every')}
              extra={t('activities.recurrence.everyHelp')}
              rules={[
                {
                  type: 'integer',
                  min: 1,
                  max: INTERVAL_MAX,
                  message: t('activities.recurrence.intervalRange', { max: INTERVAL_MAX }),
                },
              ]}
            >
              <InputNumber
                min={1}
                max={INTERVAL_MAX}
                precision={0}
                suffix={t(`activities.recurrence.unit.${repeat}`)}
                style={{ width: 160 }}
                data-testid="activity-interval"
              />
            </Form.Item>
            {repeat === 'weekly' ? (
              <Form.Item
                name={['recurrence', 'weekdays']}
                label={t('activities.recurrence.weekdays')}
                extra={t('activities.recurrence.weekdaysHelp')}
              >
                <Checkbox.Group
                  className="choice-grid choice-grid--days"
                  options={WEEKDAYS.map((d) => ({ value: d, label: weekdayName(d, t) }))}
                />
              </Form.Item>
            ) : null}
            <Form.Item name={['recurrence', 'end']} label={t('activities.recurrence.end')}>
              <Radio.Group
                options={(['count', 'until'] as const).map((k) => ({
                  value: k,
                  label: t(`activities.recurrence.ends.${k}`),
                }))}
              />
            </Form.Item>
            {repeatEnd === 'until' ? (
              <Form.Item
                name={['recurrence', 'until']}
                label={t('activities.recurrence.until')}
                dependencies={['date']}
                rules={[untilRule]}
              >
                <IsoDatePicker placeholder="dd/mm/yyyy" data-testid="activity-until" />
              </Form.Item>
            ) : (
              <Form.Item
                name={['recurrence', 'count']}
                label={t('activities.recurrence.count')}
                rules={[
                  {
                    required: true,
                    type: 'integer',
                    min: COUNT_MIN,
                    max: COUNT_MAX,
                    message: t('activities.recurrence.countRange', { min: COUNT_MIN, max: COUNT_MAX }),
                  },
                ]}
              >
                <InputNumber
                  min={COUNT_MIN}
                  max={COUNT_MAX}
                  precision={0}
                  style={{ width: 160 }}
                  data-testid="activity-count"
                />
              </Form.Item>
            )}
          </div>
        ) : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('activities.form.sections.where')}</legend>
        <Form.Item name="place" label={label('place')} extra={help('place')} rules={[max(PLACE_MAX)]}>
          <Input maxLength={PLACE_MAX} autoComplete="street-address" data-testid="activity-place" />
        </Form.Item>
        <Form.Item
          name="onlineUrl"
          label={label('onlineUrl')}
          extra={help('onlineUrl')}
          rules={[
            { type: 'url', message: t('activities.form.urlInvalid') },
            { pattern: /^https?:\/\//i, message: t('activities.form.urlInvalid') },
            max(URL_MAX),
          ]}
        >
          <Input
            type="url"
            inputMode="url"
            placeholder="https://"
            maxLength={URL_MAX}
            data-testid="activity-online-url"
          />
        </Form.Item>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('activities.form.sections.registration')}</legend>
        <Form.Item
          name="requiresRegistration"
          label={label('requiresRegistration')}
          extra={help('requiresRegistration')}
          valuePropName="checked"
        >
          <Switch data-testid="activity-requires-registration" />
        </Form.Item>
        <Form.Item
          name="capacity"
          label={label('capacity')}
          extra={help('capacity')}
          rules={[
            {
              type: 'integer',
              min: 1,
              max: CAPACITY_MAX,
              message: t('activities.form.capacityRange', { max: formatNumber(CAPACITY_MAX, i18n.language) }),
            },
          ]}
        >
          <InputNumber
            min={1}
            max={CAPACITY_MAX}
            precision={0}
            placeholder={t('activities.unlimited')}
            style={{ width: 200 }}
            data-testid="activity-capacity"
          />
        </Form.Item>
        {requiresRegistration ? (
          <>
            <Space className="form-row" align="start" wrap>
              <Form.Item name="opensDate" label={label('opensDate')} extra={help('opensDate')}>
                <IsoDatePicker placeholder="dd/mm/yyyy" allowClear data-testid="activity-opens-date" />
              </Form.Item>
              <Form.Item name="opensTime" label={label('opensTime')} rules={[optionalTimeRule]}>
                <TimeInput placeholder={OPENS_DEFAULT_TIME} />
              </Form.Item>
            </Space>
            <Space className="form-row" align="start" wrap>
              <Form.Item
                name="closesDate"
                label={label('closesDate')}
                extra={help('closesDate')}
                dependencies={['opensDate', 'opensTime', 'closesTime']}
                rules={[closesRule]}
              >
                <IsoDatePicker placeholder="dd/mm/yyyy" allowClear data-testid="activity-closes-date" />
              </Form.Item>
              <Form.Item name="closesTime" label={label('closesTime')} rules={[optionalTimeRule]}>
                <TimeInput placeholder={CLOSES_DEFAULT_TIME} />
              </Form.Item>
            </Space>
          </>
        ) : null}
      </fieldset>

      {canChooseStatus ? (
        <Form.Item name="status" label={label('status')} extra={help('status')}>
          <Radio.Group
            data-testid="activity-status"
            options={(['draft', 'published'] as const).map((s) => ({
              value: s,
              label: t(`activities.statuses.${s}`),
            }))}
          />
        </Form.Item>
      ) : null}
    </>
  );
}
