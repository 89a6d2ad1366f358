import { GlobalOutlined } from '@ant-design/icons';
import { todayInVietnam } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBoundaries } from '../../api/analytics';
import { isApiError } from '../../api/client';
import { listAncestors } from '../../api/units';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCan } from '../auth/session';
import { langOf } from '../institutions/categories';
import { BOUNDARIES_KEY, BoundariesDrawer } from './BoundariesDrawer';
import { ChoroplethMap } from './ChoroplethMap';
import { makeScale } from './color-scale';
import type { AnalyticsContext } from './context';
import { formatFigure } from './format';
import { IndicatorFilter } from './IndicatorFilter';
import { useFigures } from './queries';
import { ScaleLegend, type TileDatum, TileMap } from './TileMap';

type MapView = 'tiles' | 'geo';

/** A refusal or absence: the person may not read the country's figures, only their own unit's. */
const isRefused = (error: unknown) => isApiError(error) && (error.status === 403 || error.status === 404);

/**
 * Bản đồ: the 34 provinces coloured by an indicator for the year, as tiles (no file needed) or, once the system
 * admin has uploaded boundaries, as a choropleth. A province drills down to its communes.
 */
export function MapTab({ context }: { context: AnalyticsContext }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { unitId, unit, year, asOf, indicators, indicator, categories } = context;
  const canManage = useCan('map.manage');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [view, setView] = useState<MapView>('tiles');
  const info = indicators.find((i) => i.code === indicator);
  const unitOfMeasure = info?.unit ?? 'number';

  const ancestors = useQuery({
    queryKey: ['unit', unitId, 'ancestors', asOf ?? todayInVietnam()],
    queryFn: ({ signal }) => listAncestors(unitId, asOf, signal),
    staleTime: 5 * 60_000,
  });
  const countryId =
    unit?.level === 'country' ? unitId : ancestors.data?.find((a) => a.level === 'country')?.id;
  const provinceId =
    unit?.level === 'province' ? unitId : ancestors.data?.find((a) => a.level === 'province')?.id;
  const base = indicator ? { years: [year], indicators: [indicator], categories, asOf } : undefined;
  const national = useFigures(
    base && countryId ? { ...base, unitId: countryId, scope: 'children' } : undefined,
  );
  const refused = national.isError && isRefused(national.error);
  const own = useFigures(
    base && refused && provinceId ? { ...base, unitId: provinceId, scope: 'self' } : undefined,
  );
  const figures = refused ? own : national;

  const boundaries = useQuery({
    queryKey: BOUNDARIES_KEY,
    queryFn: async ({ signal }) => (await getBoundaries(signal))?.geojson ?? null,
    staleTime: 10 * 60_000,
    retry: false,
  });

  const data = useMemo(() => {
    const map = new Map<string, TileDatum>();
    const response = figures.data;
    if (!response) return map;
    for (const u of response.units) {
      const f = response.figures.find(
        (x) => x.unitId === u.id && x.indicator === indicator && x.year === year,
      );
      const value = f?.actual ?? null;
      map.set(u.code, {
        unitId: u.id,
        name: u.name,
        value,
        text: value === null ? t('analytics.map.noValue') : formatFigure(value, unitOfMeasure, lang),
      });
    }
    return map;
  }, [figures.data, indicator, year, unitOfMeasure, t, lang]);
  const scale = useMemo(
    () =>
      makeScale(
        [...data.values()].map((d) => d.value),
        { fixed: unitOfMeasure === 'percent' ? [0, 100] : undefined, direction: info?.direction },
      ),
    [data, unitOfMeasure, info?.direction],
  );
  const currentCode =
    unit?.level === 'province' ? unit.code : ancestors.data?.find((a) => a.level === 'province')?.code;
  const select = (id: number) => context.update({ unitId: id, tab: 'league' });
  const hasGeo = !!boundaries.data;
  const shownView: MapView = hasGeo ? view : 'tiles';

  return (
    <>
      <Space wrap align="end" className="section no-print analytics-toolbar">
        <IndicatorFilter context={context} idPrefix="map" />
        {hasGeo ? (
          <Segmented<MapView>
            aria-label={t('analytics.map.view')}
            value={shownView}
            onChange={setView}
            options={[
              { value: 'tiles', label: t('analytics.map.tiles') },
              { value: 'geo', label: t('analytics.map.choropleth') },
            ]}
            data-testid="map-view"
          />
        ) : null}
        {canManage ? (
          <Button icon={<GlobalOutlined />} onClick={() => setDrawerOpen(true)} data-testid="boundaries-open">
            {t('analytics.map.manageBoundaries')}
          </Button>
        ) : null}
      </Space>
      {figures.isError ? <ErrorAlert error={figures.error} className="form-alert" /> : null}
      {refused ? (
        <Alert type="info" showIcon title={t('analytics.map.ownOnly')} className="form-alert" />
      ) : null}
      <Card
        className="section"
        title={`${t('analytics.map.title')} · ${info?.name[langOf(lang)] ?? ''} · ${year}`}
        loading={figures.isPending && figures.fetchStatus !== 'idle'}
      >
        <Typography.Paragraph type="secondary" className="no-print">
          {t('analytics.map.hint')}
        </Typography.Paragraph>
        <div className="map-layout">
          {shownView === 'geo' && boundaries.data ? (
            <ChoroplethMap boundaries={boundaries.data} data={data} scale={scale} onSelect={select} />
          ) : (
            <TileMap data={data} scale={scale} currentCode={currentCode} onSelect={select} />
          )}
          <ScaleLegend scale={scale} format={(v) => formatFigure(v, unitOfMeasure, lang)} />
        </div>
      </Card>
      {canManage ? (
        <BoundariesDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} current={boundaries.data} />
      ) : null}
    </>
  );
}
