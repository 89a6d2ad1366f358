import { Alert, Form, type FormInstance, Select, Spin, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceLink } from '../../api/recognition';
import { ErrorAlert } from '../../components/ErrorAlert';
import { foldFilter } from '../../lib/fold-filter';
import { formatDate } from '../../lib/format';
import {
  choicesOfLinks,
  EVIDENCE_KINDS,
  EVIDENCE_MAX,
  type EvidenceChoice,
  type EvidenceFormValues,
  evidenceChoices,
  evidenceCount,
} from './evidence';
import type { NominationFormValues } from './nomination-form';
import { useEvidenceOptions } from './queries';

interface Props {
  form: FormInstance<NominationFormValues>;
  /** The nomination's own links when editing: their names show even when no longer offered. */
  saved?: readonly EvidenceLink[];
}

/**
 * Minh chứng: four searchable multi-selects fed by the unit's and year's evidence options (activities, indicator
 * results with their figure, tasks, good models); what is picked shows as removable tags. The options follow the
 * unit and the year chosen above; links already picked stay until removed (the server says if one no longer fits).
 */
export function EvidencePicker({ form, saved }: Props) {
  const { t } = useTranslation();
  const unitId = Form.useWatch('unitId', form);
  const year = Form.useWatch('year', form);
  const evidence = Form.useWatch('evidence', form) as EvidenceFormValues | undefined;
  const options = useEvidenceOptions(unitId, year);
  // Every choice seen while the drawer is open, so a tag keeps its name after the unit or year changes.
  const seen = useRef(new Map<string, EvidenceChoice>());
  for (const c of choicesOfLinks(saved ?? [])) if (!seen.current.has(c.key)) seen.current.set(c.key, c);
  const offered = evidenceChoices(options.data, {
    date: formatDate,
    activityStatus: (s) => t(`activities.statuses.${s}`, { defaultValue: s }),
    taskStatus: (s) => t(`plans.taskStatuses.${s}`, { defaultValue: s }),
  });
  for (const kind of EVIDENCE_KINDS) for (const c of offered[kind]) seen.current.set(c.key, c);
  const total = evidence ? evidenceCount(evidence) : 0;

  const optionsOf = (kind: (typeof EVIDENCE_KINDS)[number]) => {
    const picked = evidence?.[kind] ?? [];
    const list = [...offered[kind]];
    for (const key of picked)
      if (!list.some((c) => c.key === key))
        list.push(seen.current.get(key) ?? { key, kind, label: key, detail: '' });
    return list.map((c) => ({
      value: c.key,
      // An indicator's figure first: a long indicator name is cut in its tag, the figure must stay in view.
      label: c.kind === 'indicator' && c.detail ? `${c.detail} · ${c.label}` : c.label,
      detail: c.kind === 'indicator' ? '' : c.detail,
    }));
  };

  return (
    <>
      {!unitId ? (
        <Typography.Paragraph type="secondary">{t('recognition.form.evidencePickUnit')}</Typography.Paragraph>
      ) : null}
      {options.isError ? <ErrorAlert error={options.error} className="form-alert" /> : null}
      {total > EVIDENCE_MAX ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          role="alert"
          title={t('recognition.reasons.too_much_evidence', { max: EVIDENCE_MAX })}
        />
      ) : null}
      {EVIDENCE_KINDS.map((kind) => {
        const list = optionsOf(kind);
        return (
          <Form.Item
            key={kind}
            name={['evidence', kind]}
            label={t(`recognition.evidence.kinds.${kind}`)}
            extra={t(`recognition.form.help.evidence.${kind}`)}
          >
            <Select
              mode="multiple"
              allowClear
              data-testid={`recognition-evidence-${kind}`}
              placeholder={
                options.isFetching
                  ? t('common.loading')
                  : unitId && list.length === 0
                    ? t('recognition.form.evidenceNone')
                    : t('recognition.form.evidencePlaceholder')
              }
              // Nothing to pick (and nothing picked): the picker steps out of the Tab order.
              disabled={!unitId || (!options.isFetching && list.length === 0)}
              options={list}
              showSearch={{ filterOption: foldFilter }}
              notFoundContent={options.isFetching ? <Spin size="small" /> : t('common.noResults')}
              optionRender={(option) => (
                <span className="evidence-option">
                  <span className="evidence-option__label">{option.data.label}</span>
                  {option.data.detail ? (
                    <span className="evidence-option__detail">{option.data.detail}</span>
                  ) : null}
                </span>
              )}
              className="evidence-select"
            />
          </Form.Item>
        );
      })}
    </>
  );
}
