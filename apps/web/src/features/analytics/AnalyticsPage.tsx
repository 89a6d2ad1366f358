import { isIsoDate, todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Select, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listPlans } from '../../api/plans';
import { getUnit, listAncestors } from '../../api/units';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter, FilterBar, PrintButton } from '../../components/Filters';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { PageTitle } from '../../components/PageTitle';
import { useSelectedUnit } from '../../components/selected-unit';
import { UnitSelect } from '../../components/UnitSelect';
import { formatDate, formatDateTime } from '../../lib/format';
import { choiceLabels, isSystemAdmin } from '../../lib/permissions';
import { useUrlParams } from '../../lib/use-url-params';
import { useCurrentUser } from '../auth/session';
import { planLabel } from '../plans/labels';
import './analytics.css';
import { CompletenessTab } from './CompletenessTab';
import { ANALYTICS_TABS, type AnalyticsContext, type AnalyticsTab, searchWith } from './context';
import { defaultPlan, defaultUnit, resolveCategories, selectableYears } from './defaults';
import { latestAsOf } from './format';
import { LeagueTab } from './LeagueTab';
import { MapTab } from './MapTab';
import { PivotTab } from './PivotTab';
import { useAnalyticsIndicators, useLiveAnalytics, useScorecard } from './queries';
import { ScorecardTab } from './ScorecardTab';
import { TrendTab } from './TrendTab';
import { useOwnUnits } from './use-own-units';

/**
 * Đo lường: a plan's targets against the figures of approved reports, for a unit and a year, with the trend, the
 * units below ranked and drilled into, the map, a pivot table and the reporting progress behind the figures.
 * Every choice lives in the URL, so a view can be shared and printed.
 */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const selected = useSelectedUnit();
  const { params, update, positiveInt, oneOf } = useUrlParams();
  const today = todayInVietnam();
  const currentYear = Number(today.slice(0, 4));
  const years = selectableYears(currentYear);

  const own = useOwnUnits();
  const unitIds = own.units.map((u) => u.id);

  const plans = useQuery({ queryKey: ['plans', 'list'], queryFn: ({ signal }) => listPlans(signal) });
  const planParam = positiveInt('planId');
  const plan =
    plans.data?.find((p) => p.id === planParam) ??
    (own.isReady ? defaultPlan(plans.data ?? [], own.units) : undefined);
  const unitId = positiveInt('unitId') ?? defaultUnit(plan, own.units);
  const yearParam = positiveInt('year');
  const year = yearParam && years.includes(yearParam) ? yearParam : currentYear;
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && isIsoDate(asOfParam) ? asOfParam : undefined;
  const tab: AnalyticsTab = oneOf<AnalyticsTab>('tab', ANALYTICS_TABS) ?? 'scorecard';

  const unit = useQuery({
    queryKey: ['unit', unitId],
    queryFn: ({ signal }) => getUnit(unitId!, signal),
    enabled: unitId !== undefined,
    staleTime: 5 * 60_000,
  });
  const ancestors = useQuery({
    queryKey: ['unit', unitId, 'ancestors', asOf ?? today],
    queryFn: ({ signal }) => listAncestors(unitId!, asOf, signal),
    enabled: unitId !== undefined,
    staleTime: 5 * 60_000,
  });
  const scorecard = useScorecard({ planId: plan?.id, unitId, year, asOf });
  useLiveAnalytics(unitId);
  const indicators = useAnalyticsIndicators();
  const rows = scorecard.data ?? [];

  const indicatorParam = params.get('indicator') ?? undefined;
  const knownIndicators = indicators.data ?? [];
  // Without a choice, the plan's first indicator, once the scorecard says which that is.
  const indicator =
    (indicatorParam && knownIndicators.some((i) => i.code === indicatorParam) ? indicatorParam : undefined) ??
    (scorecard.isFetched ? (rows[0]?.indicator ?? knownIndicators[0]?.code) : undefined);
  const categories = resolveCategories(params.get('cats'), indicator, rows);
  const asOfTime = latestAsOf(rows);

  // Without a plan in the URL, wait for the person's province: the default plan depends on it.
  if (plans.isPending || (planParam === undefined && !own.isReady)) return <Skeleton active />;
  if (plans.isError) return <ErrorAlert error={plans.error} />;
  if (!plan) {
    return (
      <>
        <PageTitle title={t('analytics.title')} />
        <Alert type="info" showIcon title={t('analytics.noPlan')} />
      </>
    );
  }

  const context: AnalyticsContext | undefined =
    unitId === undefined
      ? undefined
      : {
          plan,
          unitId,
          unit: unit.data,
          year,
          asOf,
          rows,
          indicators: knownIndicators,
          indicator,
          categories,
          searchWith: (patch) => searchWith(params, patch),
          update,
        };

  // The units above the user's own are named (a breadcrumb needs them) but not linked: they cannot open them.
  const canOpenAll = isSystemAdmin(user);
  const chain = [...(ancestors.data ?? []).filter((a) => a.id !== unitId)];
  const firstOwn = chain.findIndex((a) => unitIds.includes(a.id));
  const crumbs = [
    ...chain.map((a, i) => ({
      title:
        canOpenAll || (firstOwn >= 0 && i >= firstOwn) ? (
          <Link to={{ search: searchWith(params, { unitId: a.id }) }} data-testid={`crumb-${a.id}`}>
            {a.name}
          </Link>
        ) : (
          a.name
        ),
    })),
    ...(unit.data ? [{ title: <span aria-current="page">{unit.data.name}</span> }] : []),
  ];

  const tabItems = ANALYTICS_TABS.map((key) => ({
    key,
    label: t(`analytics.tabs.${key}`),
    children:
      key !== tab || !context ? null : key === 'scorecard' ? (
        <ScorecardTab context={context} query={scorecard} />
      ) : key === 'trend' ? (
        <TrendTab context={context} />
      ) : key === 'league' ? (
        <LeagueTab context={context} />
      ) : key === 'map' ? (
        <MapTab context={context} />
      ) : key === 'pivot' ? (
        <PivotTab context={context} />
      ) : (
        <CompletenessTab context={context} />
      ),
  }));

  return (
    <>
      <PageTitle
        title={t('analytics.title')}
        subtitle={
          <span data-testid="analytics-subtitle">
            {[unit.data?.name, planLabel(plan), String(year)].filter(Boolean).join(' · ')}
            {asOfTime ? (
              <>
                <br />
                <Typography.Text type="secondary" data-testid="analytics-asof">
                  {t('analytics.dataAsOf', { time: formatDateTime(asOfTime) })}
                </Typography.Text>
              </>
            ) : null}
          </span>
        }
        extra={<PrintButton testId="analytics-print" />}
      />
      <FilterBar>
        <Filter htmlFor="analytics-plan" label={t('analytics.filters.plan')}>
          <Select
            id="analytics-plan"
            data-testid="analytics-plan"
            value={plan.id}
            onChange={(v) => update({ planId: v, unitId: undefined, indicator: undefined, cats: undefined })}
            options={(plans.data ?? []).map((p) => ({ value: p.id, label: planLabel(p) }))}
            showSearch={{ optionFilterProp: 'label' }}
            popupMatchSelectWidth={false}
            style={{ width: 320 }}
          />
        </Filter>
        <Filter htmlFor="analytics-unit" label={t('analytics.filters.unit')}>
          <UnitSelect
            id="analytics-unit"
            data-testid="analytics-unit"
            value={unitId ?? null}
            knownLabels={choiceLabels(selected.choices)}
            levels={['country', 'province', 'commune']}
            asOf={asOf}
            onChange={(v) => update({ unitId: typeof v === 'number' ? v : undefined })}
            style={{ width: 280 }}
          />
        </Filter>
        <Filter htmlFor="analytics-year" label={t('analytics.filters.year')}>
          <Select
            id="analytics-year"
            data-testid="analytics-year"
            value={year}
            onChange={(v) => update({ year: v === currentYear ? undefined : v })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        </Filter>
        <Filter htmlFor="analytics-asof" label={t('analytics.filters.structureDate')}>
          <IsoDatePicker
            id="analytics-asof"
            data-testid="analytics-asof-date"
            value={asOf ?? today}
            allowClear={false}
            onChange={(v) => update({ asOf: v && v !== today ? v : undefined })}
            aria-describedby="analytics-asof-help"
            style={{ width: 150 }}
          />
          <span id="analytics-asof-help" className="visually-hidden">
            {t('analytics.filters.structureHelp')}
          </span>
        </Filter>
      </FilterBar>
      <div className="print-only print-header">
        <p>{t('common.printedOn', { date: formatDate(today) })}</p>
      </div>
      {crumbs.length > 1 ? (
        <nav aria-label={t('analytics.breadcrumbs')} className="section no-print">
          <Breadcrumb items={crumbs} />
        </nav>
      ) : null}
      {unitId === undefined ? <Alert type="info" showIcon title={t('analytics.pickUnit')} /> : null}
      {unit.isError ? <ErrorAlert error={unit.error} className="form-alert" /> : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'scorecard' ? undefined : key })}
        items={tabItems}
        className="analytics-tabs"
        data-testid="analytics-tabs"
      />
    </>
  );
}
