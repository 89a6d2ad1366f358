import type { AnalyticsIndicator, FiguresResponse, GoodModelFigure, Reason } from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { formatFigure, reasonText } from '../analytics/format';

/**
 * The results of a good model, picked from the unit's own data: the writer chooses indicators and years, the form
 * shows what the dashboard says for each, and the server reads and freezes them when the model is saved
 * (GoodModelInput.figures). No React.
 */

/** One result asked for: an indicator of the unit for a year. */
export interface FigurePick {
  indicator: string;
  year: number;
}

/** GoodModelInput.figures takes at most this many. */
export const FIGURES_MAX = 8;

/** How many years back the picker offers, counting this one. */
export const YEAR_CHOICES = 6;

const keyOf = (p: FigurePick) => `${p.indicator}@${p.year}`;

/** The years offered, newest first: this year and the five before it. */
export function yearChoices(today: string, count = YEAR_CHOICES): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => year - i);
}

/** Last year: the newest year whose reports are usually approved. */
export function defaultYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/**
 * Adds every chosen indicator for every chosen year (indicator by indicator, years newest first), skipping those
 * already picked, up to `max`; `left` counts the pairs that found no room.
 */
export function addPicks(
  current: readonly FigurePick[],
  indicators: readonly string[],
  years: readonly number[],
  max = FIGURES_MAX,
): { picks: FigurePick[]; added: number; left: number } {
  const picks = [...current];
  const seen = new Set(picks.map(keyOf));
  let added = 0;
  let left = 0;
  const newestFirst = [...new Set(years)].sort((a, b) => b - a);
  for (const indicator of new Set(indicators)) {
    for (const year of newestFirst) {
      const pick = { indicator, year };
      if (seen.has(keyOf(pick))) continue;
      if (picks.length >= max) {
        left++;
        continue;
      }
      seen.add(keyOf(pick));
      picks.push(pick);
      added++;
    }
  }
  return { picks, added, left };
}

export function removePick(current: readonly FigurePick[], pick: FigurePick): FigurePick[] {
  return current.filter((p) => keyOf(p) !== keyOf(pick));
}

/** Whether two lists ask for the same results in the same order (then the frozen ones still stand). */
export function samePicks(a: readonly FigurePick[], b: readonly FigurePick[]): boolean {
  return a.length === b.length && a.every((p, i) => keyOf(p) === keyOf(b[i]!));
}

/** The picks as GoodModelInput.figures. */
export function toFiguresInput(picks: readonly FigurePick[]): FigurePick[] {
  return picks.map(({ indicator, year }) => ({ indicator, year }));
}

/** A saved model's frozen figures as the picks that asked for them. */
export function picksOf(figures: readonly Pick<GoodModelFigure, 'indicator' | 'year'>[]): FigurePick[] {
  return figures.map(({ indicator, year }) => ({ indicator, year }));
}

/** The distinct years the preview asks the figures API for, oldest first. */
export function yearsOf(picks: readonly FigurePick[]): number[] {
  return [...new Set(picks.map((p) => p.year))].sort((a, b) => a - b);
}

/** One row of the preview: what the model will show for a pick. */
export interface FigurePreview {
  pick: FigurePick;
  /** The indicator's name in the reader's language; the code when the catalogue does not know it. */
  name: string;
  /** The unit the value is measured in (formatFigure takes it); '' when unknown. */
  unit: string;
  actual: number | null;
  /** Why there is no value (no reports, …). */
  reason: Reason | null;
  asOf: string | null;
  /** Frozen: the value saved with the model; live: what saving now would freeze. */
  source: 'frozen' | 'live' | 'loading';
  /** The indicator is not in the catalogue (the server would refuse it). */
  unknown: boolean;
  /** The frozen text ("72,5 %") when the server wrote it. */
  text: string | null;
}

/**
 * The preview rows, in the order picked. While the picks are the ones saved with the model (`frozen`), those
 * frozen values show; otherwise the unit's current figures (`live`, from GET /api/analytics/figures?scope=self).
 */
export function previewRows(
  picks: readonly FigurePick[],
  indicators: readonly AnalyticsIndicator[],
  live: Pick<FiguresResponse, 'figures'> | undefined,
  language: string,
  frozen?: readonly GoodModelFigure[],
): FigurePreview[] {
  const lang = language.startsWith('en') ? 'en' : 'vi';
  const useFrozen = !!frozen && samePicks(picks, picksOf(frozen));
  return picks.map((pick, i) => {
    const indicator = indicators.find((x) => x.code === pick.indicator);
    const base = {
      pick,
      name: indicator?.name[lang] ?? pick.indicator,
      unit: indicator?.unit ?? '',
      unknown: indicators.length > 0 && !indicator,
    };
    if (useFrozen) {
      const f = frozen![i]!;
      return {
        ...base,
        name: f.name[lang] || base.name,
        actual: f.actual,
        reason: null,
        asOf: f.asOf,
        source: 'frozen' as const,
        text: f.text,
      };
    }
    const figure = live?.figures.find((f) => f.indicator === pick.indicator && f.year === pick.year);
    return {
      ...base,
      actual: figure?.actual ?? null,
      reason: figure?.reason ?? null,
      asOf: figure?.asOf ?? null,
      source: live ? ('live' as const) : ('loading' as const),
      text: null,
    };
  });
}

/** A preview's value in words: the frozen text or "72,5 %" as the dashboard writes it, or why there is none. */
export function previewText(row: FigurePreview, t: TFunction, language: string): string {
  if (row.source === 'loading') return t('common.loading');
  if (row.actual !== null) return row.text || formatFigure(row.actual, row.unit, language);
  // The server freezes no reason with an empty figure (its text is a dash): say it in words.
  if (row.source === 'frozen') return t('goodModels.figures.noData');
  return reasonText(row.reason, row.unit, t, language) || t('goodModels.figures.noData');
}
