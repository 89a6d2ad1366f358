import type { GoodModel } from '@suotdoi/shared';
import i18next, { type TFunction } from 'i18next';
import { analyticsEn } from '../../i18n/analytics.en';
import { analyticsVi } from '../../i18n/analytics.vi';
import { goodModelsEn } from '../../i18n/good-models.en';
import { goodModelsVi } from '../../i18n/good-models.vi';

/** Fixtures of the good-model helpers' unit tests: a model as the API sends it, and the real dictionaries. */

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'vi',
  initAsync: false,
  resources: {
    vi: {
      translation: { goodModels: goodModelsVi, analytics: analyticsVi, common: { loading: 'Đang tải…' } },
    },
    en: {
      translation: { goodModels: goodModelsEn, analytics: analyticsEn, common: { loading: 'Loading…' } },
    },
  },
  interpolation: { escapeValue: false },
});

/** The app's own words in one language, so a test reads what a person would read. */
export const tIn = (lang: 'vi' | 'en'): TFunction => i18n.getFixedT(lang);

/** A published reading-culture model of a commune library in Ninh Bình, adopted by two units. */
export function goodModel(over: Partial<GoodModel> = {}): GoodModel {
  return {
    id: 7,
    unit: { id: 3101, code: 'TV-HL', name: 'Thư viện xã Hoa Lư', kind: 'institution' },
    province: { id: 31, name: 'Ninh Bình' },
    title: 'Tủ sách dòng họ',
    topic: 'reading_culture',
    categories: ['library_commune'],
    summary: 'Mỗi dòng họ một tủ sách, do người trong họ quản lý.',
    description: 'Đoạn một.\n\nĐoạn hai,\ndòng hai.',
    figures: [
      {
        indicator: 'readers_per_1000',
        year: 2025,
        name: { vi: 'Bạn đọc trên 1.000 dân', en: 'Readers per 1,000 people' },
        actual: 72.5,
        text: '72,5',
        asOf: '2026-03-01T02:00:00.000Z',
      },
    ],
    photos: [
      {
        id: '0b6f3c9e-3a51-4f5e-9d5b-6c1f1a2b3c4d',
        url: '/media/0b6f3c9e-3a51-4f5e-9d5b-6c1f1a2b3c4d',
        name: 'tu-sach.jpg',
        mime: 'image/jpeg',
        size: 120_000,
      },
    ],
    contactName: 'Nguyễn Thị Lan',
    contactPhone: '0912 345 678',
    contactEmail: null,
    status: 'published',
    publishedAt: '2026-04-20T17:30:00.000Z',
    adoptionCount: 2,
    adoptions: [],
    version: 3,
    updatedAt: '2026-04-20T17:30:00.000Z',
    ...over,
  };
}
