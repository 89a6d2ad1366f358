import type { Article } from '@suotdoi/shared';
import i18next, { type TFunction } from 'i18next';
import { articlesEn } from '../../i18n/articles.en';
import { articlesVi } from '../../i18n/articles.vi';
import { goodModelsEn } from '../../i18n/good-models.en';
import { goodModelsVi } from '../../i18n/good-models.vi';

/** Fixtures of the article helpers' unit tests: an article as the API sends it, and the real dictionaries. */

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'vi',
  initAsync: false,
  resources: {
    vi: { translation: { articles: articlesVi, goodModels: goodModelsVi, common: { none: 'Không có' } } },
    en: { translation: { articles: articlesEn, goodModels: goodModelsEn, common: { none: 'None' } } },
  },
  interpolation: { escapeValue: false },
});

/** The app's own words in one language, so a test reads what a person would read. */
export const tIn = (lang: 'vi' | 'en'): TFunction => i18n.getFixedT(lang);

/** A Book Day article of Ninh Bình's library, published 23/04/2027 08:00 in Vietnam. */
export function article(over: Partial<Article> = {}): Article {
  return {
    id: 7,
    unit: { id: 501, code: 'TV-NB', name: 'Thư viện tỉnh Ninh Bình', kind: 'institution' },
    province: { id: 37, name: 'Ninh Bình' },
    title: 'Ngày Sách và Văn hóa đọc Việt Nam 2027',
    summary: 'Chuỗi hoạt động tại thư viện tỉnh.',
    body: '<h2>Chương trình</h2><p>Trưng bày sách.</p>',
    author: 'Nguyễn Thị Lan',
    cover: null,
    topic: 'reading_culture',
    observanceCode: 'reading_culture_day',
    featured: false,
    publishFrom: '2027-04-23T01:00:00.000Z',
    publishUntil: null,
    status: 'published',
    publishedAt: '2027-04-22T09:30:00.000Z',
    reviewNote: null,
    history: [],
    removed: [],
    version: 4,
    updatedAt: '2027-04-22T09:30:00.000Z',
    ...over,
  };
}
