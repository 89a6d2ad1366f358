import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { todayInVietnam } from '@suotdoi/shared';
import { Alert, Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoodModelFigure } from '../../api/good-models';
import { foldFilter } from '../../lib/fold-filter';
import { formatDateTime } from '../../lib/format';
import {
  addPicks,
  defaultYear,
  FIGURES_MAX,
  type FigurePick,
  previewRows,
  previewText,
  removePick,
  yearChoices,
  yearsOf,
} from './figure-picker';
import { useIndicators, useUnitFigures } from './queries';

interface Props {
  /** The model's unit: its own figures are previewed (and frozen by the server when saved). */
  unitId: number | null | undefined;
  value?: FigurePick[];
  onChange?: (picks: FigurePick[]) => void;
  /** The figures saved with the model: shown while the picks are unchanged. */
  frozen?: readonly GoodModelFigure[];
  /** The server's words for a pick it refused, by the pick's position. */
  problems?: ReadonlyMap<number, string>;
  /** Set by Form.Item: the field's label lands on the indicator select. */
  id?: string;
}

/**
 * Kết quả từ số liệu: choose indicators and years, add them; each chosen result shows the unit's value as the
 * dashboard has it now (or as frozen with the model), and can be removed. At most eight.
 */
export function FigurePicker({ unitId, value, onChange, frozen, problems, id }: Props) {
  const { t, i18n } = useTranslation();
  const picks = value ?? [];
  const today = todayInVietnam();
  const [indicatorChoice, setIndicatorChoice] = useState<string[]>([]);
  const [yearChoice, setYearChoice] = useState<number[]>([defaultYear(today)]);
  const [note, setNote] = useState<string | null>(null);
  const indicators = useIndicators();
  const live = useUnitFigures(unitId, yearsOf(picks));
  const lang = i18n.language.startsWith('en') ? 'en' : 'vi';
  const rows = previewRows(picks, indicators.data ?? [], live.data, i18n.language, frozen);
  const full = picks.length >= FIGURES_MAX;

  const add = () => {
    const result = addPicks(picks, indicatorChoice, yearChoice);
    onChange?.(result.picks);
    setIndicatorChoice([]);
    setNote(
      result.left > 0
        ? t('goodModels.figures.left', { n: result.left, max: FIGURES_MAX })
        : result.added === 0
          ? t('goodModels.figures.already')
          : null,
    );
  };

  return (
    <div className="figure-picker">
      <Space wrap align="end" className="figure-picker__add">
        <div className="filter figure-picker__indicators">
          <label htmlFor={id ?? 'gm-figure-indicators'}>{t('goodModels.figures.indicators')}</label>
          <Select<string[]>
            id={id ?? 'gm-figure-indicators'}
            mode="multiple"
            value={indicatorChoice}
            onChange={setIndicatorChoice}
            placeholder={t('goodModels.figures.indicatorsPlaceholder')}
            loading={indicators.isPending}
            disabled={!unitId || full}
            showSearch={{ filterOption: foldFilter }}
            options={(indicators.data ?? []).map((x) => ({ value: x.code, label: x.name[lang] }))}
            maxTagCount="responsive"
            style={{ width: '100%' }}
            data-testid="gm-figure-indicators"
          />
        </div>
        <div className="filter figure-picker__years">
          <label htmlFor="gm-figure-years">{t('goodModels.figures.years')}</label>
          <Select<number[]>
            id="gm-figure-years"
            mode="multiple"
            value={yearChoice}
            onChange={setYearChoice}
            disabled={!unitId || full}
            options={yearChoices(today).map((y) => ({ value: y, label: String(y) }))}
            style={{ width: '100%' }}
            data-testid="gm-figure-years"
          />
        </div>
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={add}
          disabled={!unitId || full || indicatorChoice.length === 0 || yearChoice.length === 0}
          data-testid="gm-figure-add"
        >
          {t('goodModels.figures.add')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" className="figure-picker__hint">
        {!unitId
          ? t('goodModels.figures.unitFirst')
          : t('goodModels.figures.hint', { n: picks.length, max: FIGURES_MAX })}
      </Typography.Paragraph>
      {note ? <Alert type="info" showIcon title={note} className="figure-picker__note" /> : null}
      {indicators.isError ? (
        <Alert type="warning" showIcon title={t('goodModels.figures.catalogueFailed')} />
      ) : null}
      {rows.length > 0 ? (
        <ul className="figure-picker__list" aria-label={t('goodModels.figures.chosen')} aria-live="polite">
          {rows.map((row, i) => {
            const problem = problems?.get(i);
            return (
              <li
                key={`${row.pick.indicator}@${row.pick.year}`}
                className={`figure-picker__row${problem || row.unknown ? ' figure-picker__row--bad' : ''}`}
                data-testid={`gm-figure-${i}`}
              >
                <div className="figure-picker__text">
                  <span className="figure-picker__name">{row.name}</span>
                  <span className="figure-picker__meta">
                    {t('goodModels.figures.year', { year: row.pick.year })} ·{' '}
                    <strong className="figure-picker__value">{previewText(row, t, i18n.language)}</strong>
                    {row.asOf ? ` · ${t('goodModels.figures.asOf', { at: formatDateTime(row.asOf) })}` : ''}
                    {row.source === 'frozen' ? ` · ${t('goodModels.figures.frozen')}` : ''}
                  </span>
                  {row.unknown ? (
                    <Typography.Text type="danger">{t('goodModels.figures.unknown')}</Typography.Text>
                  ) : null}
                  {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
                </div>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('goodModels.figures.remove', { name: row.name, year: row.pick.year })}
                  title={t('goodModels.figures.remove', { name: row.name, year: row.pick.year })}
                  onClick={() => {
                    setNote(null);
                    onChange?.(removePick(picks, row.pick));
                  }}
                />
              </li>
            );
          })}
        </ul>
      ) : null}
      {rows.some((r) => r.source === 'live') ? (
        <Typography.Paragraph type="secondary" className="figure-picker__hint">
          {t('goodModels.figures.freezeNote')}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
