import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Filter } from '../../components/Filters';
import { categoryLabel, langOf } from '../institutions/categories';
import type { AnalyticsContext } from './context';
import { EVERY_CATEGORY } from './defaults';

/**
 * The indicator a figures tab shows and the institution categories it pools: the plan's indicators first, then
 * the others; the categories are those of the indicator (none chosen: all of them).
 */
export function IndicatorFilter({ context, idPrefix }: { context: AnalyticsContext; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { indicators, rows, indicator, categories } = context;
  const inPlan = new Set(rows.map((r) => r.indicator));
  const ordered = [
    ...indicators.filter((i) => inPlan.has(i.code)),
    ...indicators.filter((i) => !inPlan.has(i.code)),
  ];
  const current = indicators.find((i) => i.code === indicator);
  return (
    <div className="filter-group">
      <Filter htmlFor={`${idPrefix}-indicator`} label={t('analytics.filters.indicator')}>
        <Select<string>
          id={`${idPrefix}-indicator`}
          data-testid={`${idPrefix}-indicator`}
          value={indicator}
          onChange={(v) => context.update({ indicator: v, cats: undefined })}
          options={ordered.map((i) => ({ value: i.code, label: i.name[lang] }))}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          style={{ width: 340, maxWidth: '100%' }}
        />
      </Filter>
      <Filter htmlFor={`${idPrefix}-categories`} label={t('analytics.filters.category')}>
        <Select<string[]>
          id={`${idPrefix}-categories`}
          data-testid={`${idPrefix}-categories`}
          mode="multiple"
          allowClear
          placeholder={t('analytics.allCategories')}
          value={categories}
          onChange={(v) => context.update({ cats: v.length > 0 ? v.join(',') : EVERY_CATEGORY })}
          options={(current?.categories ?? []).map((c) => ({ value: c, label: categoryLabel(c, lang) }))}
          maxTagCount="responsive"
          popupMatchSelectWidth={false}
          style={{ width: 300, maxWidth: '100%' }}
        />
      </Filter>
    </div>
  );
}
