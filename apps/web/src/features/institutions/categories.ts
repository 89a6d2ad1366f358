import {
  CATEGORY_GROUPS,
  CATEGORY_NAMES,
  INSTITUTION_CATEGORIES,
  INSTITUTION_SHEET_COLUMNS,
  type InstitutionCategory,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';

type Lang = 'vi' | 'en';

export function langOf(language: string): Lang {
  return language.startsWith('en') ? 'en' : 'vi';
}

/** The category's name as the plans write it (packages/shared/src/i18n/categories.ts). */
export function categoryLabel(category: string, language: string): string {
  return (
    (CATEGORY_NAMES as Record<string, Record<Lang, string> | undefined>)[category]?.[langOf(language)] ??
    category
  );
}

/** The category select's options, grouped: libraries, museums, cultural centres, other. */
export function categoryOptions(t: TFunction, language: string) {
  return (Object.keys(CATEGORY_GROUPS) as (keyof typeof CATEGORY_GROUPS)[]).map((group) => ({
    label: t(`institutions.groups.${group}`),
    title: t(`institutions.groups.${group}`),
    options: (CATEGORY_GROUPS[group] as readonly InstitutionCategory[]).map((c) => ({
      value: c,
      label: categoryLabel(c, language),
    })),
  }));
}

export function isCategory(value: string | null): value is InstitutionCategory {
  return !!value && (INSTITUTION_CATEGORIES as readonly string[]).includes(value);
}

/**
 * The label of an import column: the template's Vietnamese header in Vietnamese, the English one otherwise;
 * the raw name for anything else (a whole-file problem, an unknown column).
 */
export function columnLabel(field: string, t: TFunction, language: string): string {
  const column = INSTITUTION_SHEET_COLUMNS.find((c) => c.key === field);
  if (column && langOf(language) === 'vi') return column.vi;
  const translated = t(`institutions.columns.${field}`, { defaultValue: '' });
  return translated || column?.vi || field;
}
