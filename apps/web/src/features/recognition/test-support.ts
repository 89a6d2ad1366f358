import type { Recognition } from '@suotdoi/shared';
import i18next, { type TFunction } from 'i18next';
import { recognitionEn } from '../../i18n/recognition.en';
import { recognitionVi } from '../../i18n/recognition.vi';

/** Fixtures of the recognition helpers' unit tests: a nomination as the API sends it, and the real dictionaries. */

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'vi',
  initAsync: false,
  resources: {
    vi: { translation: { recognition: recognitionVi } },
    en: { translation: { recognition: recognitionEn } },
  },
  interpolation: { escapeValue: false },
});

/** The app's own words in one language, so a test reads what a person would read. */
export const tIn = (lang: 'vi' | 'en'): TFunction => i18n.getFixedT(lang);

/** The provincial library nominated for the provincial committee's certificate on 10/11/2026, not yet reviewed. */
export function recognition(over: Partial<Recognition> = {}): Recognition {
  return {
    id: 7,
    year: 2026,
    nomineeKind: 'collective',
    unit: { id: 501, code: 'TV-NB', name: 'Thư viện tỉnh Ninh Bình', kind: 'institution' },
    province: { id: 37, name: 'Ninh Bình' },
    personName: null,
    personPosition: null,
    form: 'province_certificate',
    reason: 'Dẫn đầu phong trào đọc sách năm 2026 với 120 buổi đọc sách cho thiếu nhi.',
    evidence: [
      { kind: 'activity', refId: 12, indicator: null, year: null, label: 'Ngày Sách 21/4', value: null },
      {
        kind: 'indicator',
        refId: null,
        indicator: 'LIB_VISITS',
        year: 2026,
        label: 'Lượt bạn đọc',
        value: '152.300',
      },
    ],
    status: 'nominated',
    nominatedOn: '2026-11-10',
    nominatedBy: { id: 'u-1', name: 'Nguyễn Văn An' },
    reviewedAt: null,
    reviewedBy: null,
    reviewNote: null,
    decisionNumber: null,
    decisionDate: null,
    decidedAt: null,
    decidedBy: null,
    declineReason: null,
    version: 1,
    updatedAt: '2026-11-10T02:00:00.000Z',
    ...over,
  };
}
