import {
  compareVi,
  foldDiacritics,
  type LineageKind,
  SINCE_BEFORE_RECORDS,
  type Unit,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { formatDate } from './format';

/** Units by name in Vietnamese order ("Đ" after "D"), then by code. */
export function sortUnits<T extends Pick<Unit, 'name' | 'code'>>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => compareVi(a.name, b.name) || a.code.localeCompare(b.code));
}

export const KIND_COLORS: Record<LineageKind, string> = {
  merge: 'blue',
  split: 'purple',
  rename: 'cyan',
  move: 'gold',
  dissolve: 'red',
};

/** The ISO day before `iso`: a unit whose validity ends on validTo was last valid the day before. */
export function dayBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! - 1));
  return date.toISOString().slice(0, 10);
}

/**
 * A validity window in words. Units that existed before our records start on SINCE_BEFORE_RECORDS (1/1/1900):
 * that date is a placeholder, so it is never shown as if it were known.
 */
export function validityText(from: string, to: string | null, t: TFunction): string {
  const known = from !== SINCE_BEFORE_RECORDS;
  if (to) {
    return known ? `${formatDate(from)} – ${formatDate(to)}` : t('units.untilOnly', { date: formatDate(to) });
  }
  return known ? t('units.since', { date: formatDate(from) }) : t('units.sinceUnknown');
}

const LEVEL_ORDER: Record<Unit['level'], number> = {
  country: 0,
  province: 1,
  district: 2,
  commune: 3,
  agency: 4,
  institution: 5,
};

/**
 * Search results in the order a person expects: the unit named exactly what was typed, then names starting with
 * it, each by level (provinces before communes before agencies), then in Vietnamese order. "ninh binh" puts the
 * province Ninh Bình before "Sở Tài chính tỉnh Ninh Bình".
 */
export function rankSearchResults<T extends Pick<Unit, 'name' | 'code' | 'level'>>(
  units: readonly T[],
  q: string,
): T[] {
  const query = foldDiacritics(q);
  const score = (u: T) => {
    const name = foldDiacritics(u.name);
    if (name === query || u.code.toLowerCase() === query) return 0;
    if (name.startsWith(query)) return 1;
    return 2;
  };
  return [...units].sort(
    (a, b) => score(a) - score(b) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || compareVi(a.name, b.name),
  );
}

/** Where a unit opens: an institution on its own record, any other unit on its page as of a date. */
export function unitHref(unit: Pick<Unit, 'id' | 'level'>, asOf?: string): string {
  if (unit.level === 'institution') return `/institutions/${unit.id}`;
  return asOf ? `/units/${unit.id}?asOf=${asOf}` : `/units/${unit.id}`;
}
