import { useTranslation } from 'react-i18next';
import { type ColorScale, NO_DATA_COLOR, textColorOn } from './color-scale';
import { PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS } from './tile-layout';

/** What a tile shows: the province's unit (when known), its value in words, and the number for the colour. */
export interface TileDatum {
  unitId: number | null;
  name: string;
  value: number | null;
  text: string;
}

interface Props {
  data: ReadonlyMap<string, TileDatum>;
  scale: ColorScale;
  /** The province being looked at, outlined. */
  currentCode?: string;
  onSelect?: (unitId: number) => void;
}

/**
 * The 34 provinces as equal squares on a fixed grid (tile-layout.ts): no boundary file needed, every province
 * as easy to see and to tap as another, the value printed in each tile so colour is never the only cue.
 */
export function TileMap({ data, scale, currentCode, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <div
      className="tile-map"
      style={{
        gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(0, 1fr))`,
        gridTemplateRows: `repeat(${TILE_ROWS}, auto)`,
      }}
      data-testid="tile-map"
    >
      {PROVINCE_TILES.map((tile) => {
        const d = data.get(tile.code);
        const background = d?.value != null ? scale.colorOf(d.value) : NO_DATA_COLOR;
        const color = textColorOn(background);
        const text = d?.text ?? t('analytics.map.noValue');
        const name = d?.name ?? tile.name;
        const style = {
          gridRow: tile.row + 1,
          gridColumn: tile.col + 1,
          background,
          color,
        };
        const body = (
          <>
            <span className="tile-map__name">{tile.name}</span>
            <span className="tile-map__value">{text}</span>
          </>
        );
        const className = `tile-map__tile${tile.code === currentCode ? ' tile-map__tile--current' : ''}`;
        return d?.unitId != null && onSelect ? (
          <button
            key={tile.code}
            type="button"
            className={className}
            style={style}
            onClick={() => onSelect(d.unitId!)}
            aria-label={t('analytics.map.tileDrill', { name, value: text })}
            data-testid={`map-tile-${tile.code}`}
            data-value={d.value ?? ''}
          >
            {body}
          </button>
        ) : (
          <div
            key={tile.code}
            className={className}
            style={style}
            role="img"
            aria-label={t('analytics.map.tile', { name, value: text })}
            data-testid={`map-tile-${tile.code}`}
            data-value={d?.value ?? ''}
          >
            {body}
          </div>
        );
      })}
    </div>
  );
}

/** The colour key: each step's range, and the grey of no data. */
export function ScaleLegend({ scale, format }: { scale: ColorScale; format: (v: number) => string }) {
  const { t } = useTranslation();
  return (
    <figure className="scale-legend" data-testid="map-legend">
      <figcaption className="scale-legend__title">{t('analytics.map.legend')}</figcaption>
      <ul>
        {scale.bins.map((b) => (
          <li key={b.color}>
            <span className="scale-legend__swatch" style={{ background: b.color }} aria-hidden />
            {b.from === b.to ? format(b.from) : `${format(b.from)} – ${format(b.to)}`}
          </li>
        ))}
        <li>
          <span className="scale-legend__swatch" style={{ background: NO_DATA_COLOR }} aria-hidden />
          {t('analytics.map.noValue')}
        </li>
      </ul>
    </figure>
  );
}
