import { INSTITUTION_CATEGORIES, type InstitutionCategory } from '../schemas/institutions';
import { foldDiacritics } from '../text';
import type { Lang } from './errors';

/**
 * Tên loại thiết chế: the names the plans use for each institution category (Decision 1520/QĐ-TTg and the five
 * provincial plans: "thư viện cấp xã", "thư viện lực lượng vũ trang", "nhà văn hóa - khu thể thao thôn", …).
 * The import accepts the Vietnamese name as well as the code, so these names are part of the file format.
 */
export const CATEGORY_NAMES: Record<InstitutionCategory, Record<Lang, string>> = {
  library_national: { vi: 'Thư viện Quốc gia', en: 'National library' },
  library_province: { vi: 'Thư viện cấp tỉnh', en: 'Provincial library' },
  library_district: { vi: 'Thư viện cấp huyện', en: 'District library' },
  library_commune: {
    vi: 'Thư viện cấp xã, phòng đọc sách, điểm bưu điện văn hóa xã',
    en: 'Commune library, reading room or post-office cultural point',
  },
  library_university: { vi: 'Thư viện cơ sở giáo dục đại học', en: 'University library' },
  library_armed_forces: { vi: 'Thư viện lực lượng vũ trang nhân dân', en: 'Armed forces library' },
  library_school: {
    vi: 'Thư viện cơ sở giáo dục phổ thông, nghề nghiệp và cơ sở giáo dục khác',
    en: 'School, vocational or other education library',
  },
  library_community: { vi: 'Thư viện cộng đồng', en: 'Community library' },
  library_private: { vi: 'Thư viện tư nhân có phục vụ cộng đồng', en: 'Private library serving the public' },
  museum_public: { vi: 'Bảo tàng công lập', en: 'Public museum' },
  museum_non_public: { vi: 'Bảo tàng ngoài công lập', en: 'Non-public museum' },
  cultural_centre_province: { vi: 'Trung tâm văn hóa cấp tỉnh', en: 'Provincial cultural centre' },
  cultural_centre_district: { vi: 'Trung tâm văn hóa cấp huyện', en: 'District cultural centre' },
  cultural_centre_commune: {
    vi: 'Trung tâm văn hóa - thể thao cấp xã',
    en: 'Commune cultural and sports centre',
  },
  village_cultural_house: {
    vi: 'Nhà văn hóa - khu thể thao thôn, tổ dân phố',
    en: 'Village cultural house and sports area',
  },
  community_learning_centre: { vi: 'Trung tâm học tập cộng đồng', en: 'Community learning centre' },
  traditional_room: { vi: 'Phòng truyền thống', en: 'Traditional room' },
};

/** The category's name in `lang`. */
export function categoryName(category: InstitutionCategory, lang: Lang): string {
  return CATEGORY_NAMES[category][lang];
}

const byFoldedName = new Map<string, InstitutionCategory>();
for (const code of INSTITUTION_CATEGORIES) {
  byFoldedName.set(foldDiacritics(code), code);
  byFoldedName.set(foldDiacritics(CATEGORY_NAMES[code].vi), code);
  byFoldedName.set(foldDiacritics(CATEGORY_NAMES[code].en), code);
}

/**
 * The category a person typed: its code or its Vietnamese or English name, with or without diacritics and in
 * any case ("thu vien cap tinh" finds library_province). Undefined when nothing matches.
 */
export function findCategory(text: string): InstitutionCategory | undefined {
  return byFoldedName.get(foldDiacritics(text));
}
