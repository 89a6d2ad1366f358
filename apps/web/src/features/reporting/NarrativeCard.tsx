import { NARRATIVE_KEYS, type NarrativeKey } from '@suotdoi/shared';
import { Card, Input, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  texts: Record<NarrativeKey, string>;
  pending: ReadonlySet<NarrativeKey>;
  disabled: boolean;
  onChange: (key: NarrativeKey, text: string) => void;
}

/** Thuyết minh: results, shortcomings and proposals, as the annual report's text part asks. */
export function NarrativeCard({ texts, pending, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('reporting.entry.narrativeTitle')} className="section report-section">
      {NARRATIVE_KEYS.map((key) => (
        <div key={key} className={`report-field${pending.has(key) ? ' report-field--pending' : ''}`}>
          <div className="report-field__head">
            <label htmlFor={`narrative-${key}`} className="report-field__label">
              {t(`reporting.entry.narrative.${key}`)}
            </label>
            {pending.has(key) ? <Tag color="gold">{t('reporting.entry.unsent')}</Tag> : null}
          </div>
          <Input.TextArea
            id={`narrative-${key}`}
            data-testid={`narrative-${key}`}
            autoSize={{ minRows: 3, maxRows: 12 }}
            maxLength={20000}
            value={texts[key]}
            disabled={disabled}
            onChange={(e) => onChange(key, e.target.value)}
          />
        </div>
      ))}
    </Card>
  );
}
