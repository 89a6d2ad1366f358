import { foldDiacritics } from '@suotdoi/shared';
import { hashString, roundStochastic, uniform } from './prng';
import { CATEGORY_PROFILES, type CategoryProfile, LONG_AGO } from './profile';

/** Where institutions go: today's communes and provinces, with the units they were formed from. */
export interface AreaUnit {
  id: number;
  code: string;
  name: string;
  typeName: string | null;
  validFrom: string;
  /** Today's province (a province is its own). */
  provinceId: number;
  provinceCode: string;
  /** Units of the same kind that became this one (lineage `to_unit_id` = this), valid until it began. */
  predecessors: { id: number; validFrom: string; validTo: string | null }[];
}

export interface PlannedLink {
  parentId: number;
  validFrom: string;
  validTo: string | null;
}

export interface PlannedInstitution {
  index: number;
  code: string;
  name: string;
  category: string;
  provinceId: number;
  provinceCode: string;
  size: number;
  validFrom: string;
  validTo: string | null;
  /** Dated parent links: an old commune (or province) until the 1/7/2025 merge, today's after it. */
  links: PlannedLink[];
}

const OPENED_LATER = '2024-01-01';
const CLOSED_ON = '2024-07-01';

/** Old units of the same kind that ended the day `area` began and already existed on `start`. */
function usablePredecessors(area: AreaUnit, start: string) {
  return area.predecessors.filter((p) => p.validFrom <= start && p.validTo === area.validFrom);
}

/**
 * The parent links of an institution living from `start` to `end` in `area`: before the area began (1/7/2025
 * for today's communes), one of the units that merged into it, picked by `pick`; then the area itself. An area
 * with no such predecessor gets institutions from its own first day. Null when nothing is left of the span.
 */
function linksIn(area: AreaUnit, start: string, end: string | null, pick: number) {
  if (area.validFrom <= start)
    return { start, links: [{ parentId: area.id, validFrom: start, validTo: end }] };
  const olds = usablePredecessors(area, start);
  if (olds.length === 0) {
    if (end !== null && end <= area.validFrom) return null;
    return { start: area.validFrom, links: [{ parentId: area.id, validFrom: area.validFrom, validTo: end }] };
  }
  const old = olds[Math.floor(pick * olds.length)]!;
  const links: PlannedLink[] = [
    {
      parentId: old.id,
      validFrom: start,
      validTo: end !== null && end <= area.validFrom ? end : area.validFrom,
    },
  ];
  if (end === null || end > area.validFrom)
    links.push({ parentId: area.id, validFrom: area.validFrom, validTo: end });
  return { start, links };
}

function expectedCount(profile: CategoryProfile, area: AreaUnit, seed: number): number {
  if (profile.onlyProvince && profile.onlyProvince !== area.code) return 0;
  if (profile.perProvince !== undefined) return profile.perProvince;
  const olds = Math.max(1, usablePredecessors(area, LONG_AGO).length);
  // Bigger communes (more merged into them) have more villages and schools; ±30 % between communes.
  const spread = 0.7 + 0.6 * uniform(seed, 22, hashString(area.code), hashString(profile.category));
  return ((profile.perCommune ?? 0) + (profile.perOldCommune ?? 0) * olds) * spread;
}

function nameOf(profile: CategoryProfile, n: number, area: AreaUnit): string {
  if (profile.onlyProvince) return profile.label;
  const place = area.typeName ? `${area.typeName} ${area.name}` : area.name;
  return profile.numbered ? `${profile.label} ${n} – ${place}` : `${profile.label} – ${place}`;
}

/**
 * Every institution of the dataset, in a fixed order (communes by code, then provinces by code, categories in
 * profile order), so that institution N is the same for a seed and a scale. 3 % opened in 2024, 1 % closed in
 * mid-2024: the population of a year is not the same every year.
 */
export function planInstitutions(
  communes: readonly AreaUnit[],
  provinces: readonly AreaUnit[],
  options: { scale: number; seed: number },
): PlannedInstitution[] {
  const { scale, seed } = options;
  const planned: PlannedInstitution[] = [];
  const byCode = (a: AreaUnit, b: AreaUnit) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const areas = [
    ...[...communes].sort(byCode).map((a) => ({ area: a, placement: 'commune' as const })),
    ...[...provinces].sort(byCode).map((a) => ({ area: a, placement: 'province' as const })),
  ];
  for (const { area, placement } of areas) {
    const areaKey = hashString(area.code);
    for (const profile of CATEGORY_PROFILES) {
      if (profile.placement !== placement) continue;
      const categoryKey = hashString(profile.category);
      const expected = expectedCount(profile, area, seed) * scale;
      const count = roundStochastic(expected, uniform(seed, 21, areaKey, categoryKey));
      for (let n = 1; n <= count; n++) {
        const index = planned.length + 1;
        const life = uniform(seed, 11, areaKey, categoryKey, n);
        const start = life < 0.03 ? OPENED_LATER : LONG_AGO;
        const end = life >= 0.03 && life < 0.04 ? CLOSED_ON : null;
        const placed = linksIn(area, start, end, uniform(seed, 12, areaKey, categoryKey, n));
        if (!placed) continue;
        planned.push({
          index,
          code: `NI${String(index).padStart(6, '0')}`,
          name: nameOf(profile, n, area),
          category: profile.category,
          provinceId: area.provinceId,
          provinceCode: area.provinceCode,
          size: profile.size,
          validFrom: placed.start,
          validTo: end,
          links: placed.links,
        });
      }
    }
  }
  return planned;
}

/** The parent on `day`, or null when the institution did not exist that day. */
export function parentOn(institution: PlannedInstitution, day: string): number | null {
  for (const link of institution.links) {
    if (link.validFrom <= day && (link.validTo === null || link.validTo > day)) return link.parentId;
  }
  return null;
}

/** Search text of a name: lower case without diacritics, as units.search_name holds it. */
export const searchTextOf = (name: string) => foldDiacritics(name);
