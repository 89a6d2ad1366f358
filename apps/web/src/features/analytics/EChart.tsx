import { type CSSProperties, useEffect, useRef } from 'react';
import type { ChartOption, EChartsModule } from './echarts';

interface Props {
  option: ChartOption;
  style?: CSSProperties;
  className?: string;
  /** What the chart shows, for screen readers (the chart itself is an image to them). */
  label: string;
  /** Runs before each option is set, with the library: the choropleth registers its map here. */
  prepare?: (echarts: EChartsModule) => void;
  /** A click on a data item (a map region): its name. */
  onItemClick?: (name: string) => void;
  'data-testid'?: string;
}

/** ECharts is ~190 kB gzipped: fetched once, after the page's tables, the first time a chart is drawn. */
let library: Promise<EChartsModule> | null = null;
const loadECharts = () => {
  library ??= import('./echarts').then((m) => m.echarts);
  return library;
};

/**
 * A small React wrapper around an ECharts instance: created on mount (once the library has loaded), given each
 * new option whole (notMerge), resized with its box, disposed on unmount. Screen readers get `label`; the pages
 * also give the figures as text.
 */
export function EChart({ option, style, className, label, prepare, onItemClick, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<EChartsModule['init']> | null>(null);
  const lib = useRef<EChartsModule | null>(null);
  const latest = useRef({ option, prepare, onItemClick });
  latest.current = { option, prepare, onItemClick };

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void loadECharts().then((echarts) => {
      if (disposed) return;
      lib.current = echarts;
      const instance = echarts.init(element, null, { renderer: 'svg' });
      chart.current = instance;
      instance.on('click', (params) => {
        if (typeof params.name === 'string') latest.current.onItemClick?.(params.name);
      });
      latest.current.prepare?.(echarts);
      instance.setOption(latest.current.option, { notMerge: true });
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(element);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!chart.current || !lib.current) return;
    prepare?.(lib.current);
    chart.current.setOption(option, { notMerge: true });
  }, [option, prepare]);

  return <div ref={box} role="img" aria-label={label} className={className} style={style} {...rest} />;
}
