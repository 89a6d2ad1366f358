import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from './EChart';
import { formatFigure } from './format';

interface Props {
  points: readonly { year: number; actual: number | null }[];
  unit: string;
  'data-testid'?: string;
}

/** A target's figure over the years as a tiny line; screen readers hear the years and values instead. */
export function Sparkline({ points, unit, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const hasData = points.some((p) => p.actual !== null);
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: points.map((p) => String(p.year)), boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        {
          type: 'line',
          data: points.map((p) => p.actual),
          connectNulls: false,
          symbol: 'circle',
          symbolSize: 4,
          showSymbol: points.length <= 12,
          lineStyle: { width: 2, color: '#0b57a4' },
          itemStyle: { color: '#0b57a4' },
          silent: true,
        },
      ],
    }),
    [points],
  );
  const text = points.map((p) => `${p.year}: ${formatFigure(p.actual, unit, i18n.language)}`).join('; ');
  if (!hasData) {
    return (
      <span className="sparkline sparkline--empty" {...rest}>
        {t('analytics.noTrendData')}
      </span>
    );
  }
  return (
    <span className="sparkline" {...rest}>
      <EChart
        option={option}
        label={t('analytics.sparkline', { points: text })}
        className="sparkline__chart"
      />
    </span>
  );
}
