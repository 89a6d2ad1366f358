import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeoJsonCollection } from '../../api/analytics';
import type { ColorScale } from './color-scale';
import { EChart } from './EChart';
import type { EChartsModule } from './echarts';
import { normaliseBoundaries } from './geojson';
import type { TileDatum } from './TileMap';

const MAP_NAME = 'suotdoi-provinces';

interface Props {
  boundaries: GeoJsonCollection;
  data: ReadonlyMap<string, TileDatum>;
  scale: ColorScale;
  onSelect?: (unitId: number) => void;
}

/**
 * The same figures on the uploaded province boundaries (ECharts registerMap), matched by province code. The
 * colours are the tiles' scale, so the legend serves both; the tiles stay the default because they need no file.
 */
export function ChoroplethMap({ boundaries, data, scale, onSelect }: Props) {
  const { t } = useTranslation();
  const geoJson = useMemo(() => normaliseBoundaries(boundaries).collection, [boundaries]);
  // Registered before each option is set, so a new upload replaces the old shapes before they are drawn.
  // ECharts' own GeoJSON type is stricter than the loose one the API returns.
  const register = useCallback(
    (echarts: EChartsModule) =>
      echarts.registerMap(MAP_NAME, geoJson as unknown as Parameters<EChartsModule['registerMap']>[1]),
    [geoJson],
  );
  const option = useMemo(() => {
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string }) => {
          const d = data.get(p.name);
          return d ? `${d.name}: ${d.text}` : p.name;
        },
      },
      series: [
        {
          type: 'map',
          map: MAP_NAME,
          nameProperty: 'code',
          roam: true,
          selectedMode: false,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd666' } },
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.6, areaColor: '#f0f0f0' },
          data: [...data.entries()].map(([code, d]) => ({
            name: code,
            value: d.value,
            itemStyle: { areaColor: scale.colorOf(d.value) },
          })),
        },
      ],
    };
  }, [data, scale]);
  return (
    <EChart
      option={option}
      className="choropleth"
      label={t('analytics.map.title')}
      prepare={register}
      onItemClick={(code) => {
        const id = data.get(code)?.unitId;
        if (id != null) onSelect?.(id);
      }}
      data-testid="choropleth"
    />
  );
}
