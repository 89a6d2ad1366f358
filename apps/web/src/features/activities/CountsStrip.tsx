import type { AttendanceCounts } from '@suotdoi/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';

const KEYS = ['confirmed', 'waitlisted', 'checkedIn', 'headcount', 'participants'] as const;

/**
 * An activity's figures in a row of tiles (two a row on a phone): confirmed of capacity, waitlist, checked in,
 * walk-ins and participants. A description list, so a screen reader reads each label with its figure; each tile
 * carries its figure in data-value for the browser tests.
 */
export function CountsStrip({
  counts,
  capacity,
  live = false,
}: {
  counts: AttendanceCounts;
  capacity: number | null;
  /** On the check-in page the figures change after each scan: announce them politely. */
  live?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <dl className="counts-strip" aria-live={live ? 'polite' : undefined} data-testid="activity-counts">
      {KEYS.map((key) => (
        <div key={key} className="counts-strip__tile" data-testid={`count-${key}`} data-value={counts[key]}>
          <dt>{t(`activities.counts.${key}`)}</dt>
          <dd>
            {n(counts[key])}
            {key === 'confirmed' && capacity !== null ? (
              <span className="counts-strip__of"> / {n(capacity)}</span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
