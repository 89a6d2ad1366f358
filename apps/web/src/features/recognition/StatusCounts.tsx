import { RECOGNITION_STATUSES, type RecognitionStatus } from '@suotdoi/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import type { StatusCounts as Counts } from './recognition-rows';

/**
 * The year's nominations per status in four tiles (two a row on a phone). Each tile is a toggle button that filters
 * the register to its status; the pressed one says so to a screen reader. Each carries its figure in data-value
 * for the browser tests.
 */
export function StatusCounts({
  counts,
  active,
  onToggle,
}: {
  counts: Counts;
  active: RecognitionStatus | undefined;
  onToggle: (status: RecognitionStatus | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section
      className="recognition-counts"
      aria-label={t('recognition.counts.title')}
      data-testid="recognition-counts"
    >
      {RECOGNITION_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`recognition-counts__tile recognition-counts__tile--${status}`}
          aria-pressed={active === status}
          onClick={() => onToggle(active === status ? undefined : status)}
          data-testid={`recognition-count-${status}`}
          data-value={counts[status]}
        >
          <span className="recognition-counts__label">{t(`recognition.counts.${status}`)}</span>
          <span className="recognition-counts__value">{formatNumber(counts[status], i18n.language)}</span>
        </button>
      ))}
    </section>
  );
}
