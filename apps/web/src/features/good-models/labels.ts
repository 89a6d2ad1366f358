import { type ContentTopic, todayInVietnam } from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../../lib/format';
import { categoryLabel } from '../institutions/categories';

/** How a good model's topic, categories and text read. No React. */

export const topicLabel = (topic: ContentTopic | string, t: TFunction) => t(`goodModels.topics.${topic}`);

/** The categories it suits, by name; none chosen: it suits any. */
export function categoriesText(categories: readonly string[], t: TFunction, language: string): string {
  return categories.length
    ? categories.map((c) => categoryLabel(c, language)).join(', ')
    : t('goodModels.anyCategory');
}

/** The description's paragraphs (a blank line between them); single line breaks stay inside a paragraph. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A timestamp's day in Vietnam as dd/mm/yyyy (a model published at 23:30 UTC came out the next morning there). */
export function dayOf(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime()) ? '' : formatDate(todayInVietnam(at));
}

/** "12 đơn vị đã áp dụng" / "Adopted by 12 units" (the spread), with words for none and one. */
export function adoptionText(count: number, t: TFunction, language: string): string {
  if (count === 0) return t('goodModels.adoptionCount.none');
  if (count === 1) return t('goodModels.adoptionCount.one');
  return t('goodModels.adoptionCount.many', { n: formatNumber(count, language) });
}
