import { useQuery } from '@tanstack/react-query';
import { Card, Empty, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { compareTargets, type TargetCompareRow } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { foldFilter } from '../../lib/fold-filter';
import { useUrlParams } from '../../lib/use-url-params';
import { categoryLabel, categoryOptions, isCategory } from '../institutions/categories';
import { type BarDatum, barsOf } from './compare-bars';
import { indicatorLabel } from './labels';
import { useIndicatorCatalogue } from './queries';
import { formatBaseline, formatTarget } from './target-format';

function Bars({ bars, unit, caption }: { bars: BarDatum[]; unit: string; caption: string }) {
  const { i18n } = useTranslation();
  return (
    <figure className="bars" data-testid="compare-chart">
      <figcaption className="bars__caption">{caption}</figcaption>
      <ul className="bars__list">
        {bars.map((b) => (
          <li key={b.key} className="bars__row">
            <span className="bars__label">{b.label}</span>
            <span className="bars__track" aria-hidden>
              {b.from !== null ? (
                <span
                  className="bars__range"
                  style={{ left: `${b.from}%`, width: `${Math.max(0.8, (b.to ?? b.from) - b.from)}%` }}
                />
              ) : null}
              <span className="bars__bar" style={{ width: `${b.length}%` }} />
            </span>
            <span className="bars__value">{formatTarget(b.target, unit, i18n.language)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * One indicator's targets side by side across plans, for a category and a milestone year: e.g. district-library
 * coverage in 2025 in Ninh Bình, Lào Cai and Cát Hải. The choice lives in the URL.
 */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlParams();
  const catalogue = useIndicatorCatalogue();
  const indicators = catalogue.data?.indicators ?? [];
  const indicatorCode = params.get('indicator') ?? undefined;
  const indicator = indicators.find((i) => i.code === indicatorCode);
  const rawCategory = params.get('category');
  const category = isCategory(rawCategory) ? rawCategory : undefined;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2020 && yearParam <= 2040 ? yearParam : 2025;

  const rows = useQuery({
    queryKey: ['targets', 'compare', indicatorCode, category, year],
    queryFn: ({ signal }) => compareTargets({ indicator: indicatorCode!, category, year }, signal),
    enabled: !!indicatorCode,
  });
  const unit = indicator?.unit ?? rows.data?.[0]?.target.unit ?? 'number';
  const allowed = indicator?.categories ?? [];
  const options = categoryOptions(t, i18n.language)
    .map((g) => ({
      ...g,
      options: g.options.filter((o) => allowed.length === 0 || allowed.includes(o.value)),
    }))
    .filter((g) => g.options.length > 0);

  const columns: ColumnsType<TargetCompareRow> = [
    {
      title: t('plans.fields.plan'),
      key: 'plan',
      render: (_, r) => {
        // Named by number and issuer: every plan's title repeats the Program's long name.
        const label = r.plan.symbol ? `${r.plan.symbol} · ${r.plan.issuerName}` : r.plan.issuerName;
        return r.plan.planId ? (
          <Link
            to={`/plans/${r.plan.planId}?tab=targets`}
            title={r.plan.title ?? undefined}
            className="cell-wrap"
          >
            {label}
          </Link>
        ) : (
          label
        );
      },
    },
    {
      title: t('plans.fields.scope'),
      key: 'scope',
      responsive: ['md'],
      render: (_, r) => r.plan.scopeName ?? '—',
    },
    {
      title: t('plans.targets.category'),
      key: 'category',
      responsive: ['lg'],
      render: (_, r) =>
        r.target.category
          ? categoryLabel(r.target.category, i18n.language)
          : t('plans.targets.allCategories'),
    },
    {
      title: t('plans.compare.target', { year }),
      key: 'target',
      align: 'right',
      render: (_, r) => <strong>{formatTarget(r.target, r.target.unit, i18n.language)}</strong>,
    },
    {
      title: t('plans.targets.baseline'),
      key: 'baseline',
      render: (_, r) => formatBaseline(r.target.baseline, r.target.unit, i18n.language) || '—',
    },
  ];

  const indicatorName = indicator ? indicatorLabel(indicator.code, indicators, t, i18n.language) : '';
  const caption = [indicatorName, category ? categoryLabel(category, i18n.language) : null, String(year)]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <PageTitle
        title={t('plans.compare.title')}
        subtitle={<Link to="/plans">{t('common.backToList')}</Link>}
      />
      <Card className="section">
        <Space wrap className="filters" align="end">
          <Filter htmlFor="compare-indicator" label={t('plans.targetFields.indicator')}>
            <Select
              id="compare-indicator"
              data-testid="compare-indicator"
              placeholder={t('plans.compare.chooseIndicator')}
              value={indicatorCode}
              loading={catalogue.isPending}
              onChange={(v) => {
                const next = indicators.find((i) => i.code === v);
                const keep = category && (!next?.categories.length || next.categories.includes(category));
                update({ indicator: v, category: keep ? category : undefined });
              }}
              options={indicators.map((i) => ({
                value: i.code,
                label: indicatorLabel(i.code, indicators, t, i18n.language),
              }))}
              showSearch={{ filterOption: foldFilter }}
              style={{ width: 360 }}
              popupMatchSelectWidth={false}
            />
          </Filter>
          <Filter htmlFor="compare-category" label={t('plans.targets.category')}>
            <Select
              id="compare-category"
              data-testid="compare-category"
              allowClear
              placeholder={t('plans.targets.allCategories')}
              value={category}
              onChange={(v) => update({ category: v })}
              options={options}
              showSearch={{ filterOption: foldFilter }}
              style={{ width: 320 }}
              popupMatchSelectWidth={false}
            />
          </Filter>
          <Filter htmlFor="compare-year" label={t('plans.taskFields.year')}>
            <InputNumber
              id="compare-year"
              data-testid="compare-year"
              min={2020}
              max={2040}
              value={year}
              onChange={(v) => update({ year: typeof v === 'number' ? v : undefined })}
              style={{ width: 120 }}
            />
          </Filter>
        </Space>
      </Card>
      {rows.isError ? <ErrorAlert error={rows.error} className="form-alert" /> : null}
      {!indicatorCode ? (
        <Empty description={t('plans.compare.chooseIndicator')} />
      ) : (
        <>
          <div data-testid="compare-table" className="print-table section">
            <Table<TargetCompareRow>
              rowKey={(r) => `${r.plan.planId ?? r.plan.key}-${r.target.id}`}
              size="middle"
              columns={columns}
              dataSource={rows.data ?? []}
              loading={rows.isFetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('plans.compare.empty') }}
            />
          </div>
          {rows.data && rows.data.length > 0 ? (
            <Card className="section">
              <Bars
                bars={barsOf(rows.data, (r) =>
                  category || !r.target.category
                    ? undefined
                    : categoryLabel(r.target.category, i18n.language),
                )}
                unit={unit}
                caption={caption}
              />
              <Typography.Text type="secondary">{t('plans.compare.chartHelp')}</Typography.Text>
            </Card>
          ) : null}
        </>
      )}
    </>
  );
}
