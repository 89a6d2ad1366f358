import type { PlannedInstitution } from './plan-institutions';
import { hashString, normal, uniform } from './prng';
import { DEFAULT_COUNT, DEFAULT_SHARE, ELEMENT_PROFILES, type ElementProfile } from './profile';

/** What each institution reports, year by year: the report's status and its values. Pure and deterministic. */

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'locked';

/**
 * Past years are closed (locked under an approved commune report, or approved), with 2 % never reported; 2025 is
 * nearly closed; 2026 is the year in progress: drafts, submissions waiting for approval, some returned.
 */
export function reportStatus(seed: number, index: number, year: number): ReportStatus | null {
  const u = uniform(seed, 41, index, year);
  if (year <= 2024) return u < 0.02 ? null : u < 0.72 ? 'locked' : 'approved';
  if (year === 2025)
    return u < 0.02
      ? null
      : u < 0.45
        ? 'locked'
        : u < 0.95
          ? 'approved'
          : u < 0.98
            ? 'submitted'
            : 'returned';
  return u < 0.05 ? null : u < 0.3 ? 'draft' : u < 0.6 ? 'submitted' : u < 0.65 ? 'returned' : 'approved';
}

export interface ElementSpec {
  code: string;
  valueType: string;
  key: number;
  profile: ElementProfile;
}

export function elementSpec(code: string, valueType: string): ElementSpec {
  const profile = ELEMENT_PROFILES[code] ?? (valueType === 'boolean' ? DEFAULT_SHARE : DEFAULT_COUNT);
  return { code, valueType, key: hashString(code), profile };
}

/** Per-institution draws that every value of the institution shares. */
export interface InstitutionDraws {
  index: number;
  provinceKey: number;
  /** The category's size times this institution's own (log-normal, σ 0.35). */
  scale: number;
}

export function drawsOf(seed: number, institution: PlannedInstitution): InstitutionDraws {
  return {
    index: institution.index,
    provinceKey: hashString(institution.provinceCode),
    scale: institution.size * Math.exp(0.35 * normal(seed, 31, institution.index)),
  };
}

/**
 * One value. Counts and amounts: base × size × the institution's own level for the element, growing each year
 * by 2–9 % (a rate per province and element, so that growth targets are met in some provinces and missed in
 * others), ±5 % noise. Yes/no: the institution says yes once its fixed draw falls under the year's share, which
 * rises every year, with ±7.5 points between provinces.
 */
export function valueFor(seed: number, draws: InstitutionDraws, element: ElementSpec, year: number): number {
  const { index, provinceKey } = draws;
  const p = element.profile;
  if (element.valueType === 'boolean') {
    const share =
      (p.share ?? 0.5) +
      (p.sharePerYear ?? 0) * (year - 2022) +
      0.15 * (uniform(seed, 35, provinceKey, element.key) - 0.5);
    return uniform(seed, 36, index, element.key) < share ? 1 : 0;
  }
  const own = Math.exp(0.45 * normal(seed, 32, index, element.key));
  const growth = 0.02 + 0.07 * uniform(seed, 33, provinceKey, element.key);
  const noise = 1 + 0.1 * (uniform(seed, 34, index, element.key, year) - 0.5);
  const v = (p.base ?? 5) * draws.scale * own * (1 + growth) ** (year - 2022) * noise;
  return p.money ? Math.round(v / 1000) * 1000 : Math.round(v);
}

/** A draft holds about 70 % of its values; every other report holds them all. */
export function isFilled(
  seed: number,
  index: number,
  element: ElementSpec,
  year: number,
  status: ReportStatus,
) {
  return status !== 'draft' || uniform(seed, 37, index, element.key, year) < 0.7;
}
