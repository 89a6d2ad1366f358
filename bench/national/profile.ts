/**
 * What a national dataset looks like: how many institutions of each category a commune or a province has, how
 * large each is, and what its reports hold. Rough orders of magnitude of the real network (about 100,000 village
 * cultural houses, one community learning centre and one cultural centre per commune, a few museums and
 * university libraries per province), tuned so that scale 1 gives ~120,000 institutions and ~10 M values.
 */

export type Placement = 'commune' | 'province';

export interface CategoryProfile {
  category: string;
  placement: Placement;
  /** Expected count per current commune, and per old commune merged into it (bigger communes have more). */
  perCommune?: number;
  perOldCommune?: number;
  /** Expected count per current province. */
  perProvince?: number;
  /** Only in the province with this code (the national library, in Hà Nội). */
  onlyProvince?: string;
  /** Multiplies every count and amount it reports: a village house is 1, a provincial library 20. */
  size: number;
  /** The name before the number and the place, e.g. "Nhà văn hóa thôn 12 – Xã Hòa Bình". */
  label: string;
  numbered: boolean;
}

export const CATEGORY_PROFILES: readonly CategoryProfile[] = [
  {
    category: 'village_cultural_house',
    placement: 'commune',
    perOldCommune: 9.1,
    size: 1,
    label: 'Nhà văn hóa thôn',
    numbered: true,
  },
  {
    category: 'library_school',
    placement: 'commune',
    perOldCommune: 1,
    size: 1.2,
    label: 'Thư viện trường',
    numbered: true,
  },
  {
    category: 'library_community',
    placement: 'commune',
    perOldCommune: 0.5,
    size: 0.8,
    label: 'Phòng đọc cộng đồng',
    numbered: true,
  },
  {
    category: 'cultural_centre_commune',
    placement: 'commune',
    perCommune: 1,
    size: 2.5,
    label: 'Trung tâm Văn hóa – Thể thao',
    numbered: false,
  },
  {
    category: 'community_learning_centre',
    placement: 'commune',
    perCommune: 1,
    size: 1.5,
    label: 'Trung tâm học tập cộng đồng',
    numbered: false,
  },
  {
    category: 'library_commune',
    placement: 'commune',
    perCommune: 0.8,
    size: 1.5,
    label: 'Thư viện',
    numbered: false,
  },
  {
    category: 'traditional_room',
    placement: 'commune',
    perCommune: 0.4,
    size: 0.5,
    label: 'Phòng truyền thống',
    numbered: true,
  },
  {
    category: 'library_private',
    placement: 'commune',
    perCommune: 0.3,
    size: 0.8,
    label: 'Thư viện tư nhân',
    numbered: true,
  },
  {
    category: 'library_district',
    placement: 'commune',
    perCommune: 0.2,
    size: 4,
    label: 'Thư viện khu vực',
    numbered: true,
  },
  {
    category: 'cultural_centre_district',
    placement: 'commune',
    perCommune: 0.2,
    size: 4,
    label: 'Trung tâm Văn hóa khu vực',
    numbered: true,
  },
  {
    category: 'library_province',
    placement: 'province',
    perProvince: 1,
    size: 20,
    label: 'Thư viện',
    numbered: false,
  },
  {
    category: 'cultural_centre_province',
    placement: 'province',
    perProvince: 1,
    size: 15,
    label: 'Trung tâm Văn hóa',
    numbered: false,
  },
  {
    category: 'museum_public',
    placement: 'province',
    perProvince: 4,
    size: 12,
    label: 'Bảo tàng',
    numbered: true,
  },
  {
    category: 'museum_non_public',
    placement: 'province',
    perProvince: 1,
    size: 4,
    label: 'Bảo tàng tư nhân',
    numbered: true,
  },
  {
    category: 'library_university',
    placement: 'province',
    perProvince: 7,
    size: 10,
    label: 'Thư viện trường đại học',
    numbered: true,
  },
  {
    category: 'library_armed_forces',
    placement: 'province',
    perProvince: 2,
    size: 3,
    label: 'Thư viện lực lượng vũ trang',
    numbered: true,
  },
  {
    category: 'library_national',
    placement: 'province',
    perProvince: 1,
    onlyProvince: '01',
    size: 60,
    label: 'Thư viện Quốc gia Việt Nam',
    numbered: false,
  },
];

/**
 * What an element holds for an institution of size 1 in 2022: a count (`base`), an amount in đồng, or, for a
 * yes/no element, the share answering yes (`share`, rising `sharePerYear`). Elements not listed get a default.
 */
export interface ElementProfile {
  base?: number;
  share?: number;
  sharePerYear?: number;
  money?: boolean;
}

export const ELEMENT_PROFILES: Readonly<Record<string, ElementProfile>> = {
  LIB_LLL_SERVICE: { share: 0.62, sharePerYear: 0.06 },
  LIB_IT_DIGITAL: { share: 0.35, sharePerYear: 0.08 },
  LIB_FREE_INTERNET: { share: 0.5, sharePerYear: 0.05 },
  MUSEUM_EDU_PROGRAMME: { share: 0.7, sharePerYear: 0.05 },
  CC_CREATIVE_SUPPORT: { share: 0.75, sharePerYear: 0.04 },
  CC_CLUBS_REGULAR: { share: 0.55, sharePerYear: 0.05 },
  LIB_USER_VISITS: { base: 1500 },
  LIB_THEMATIC_EXHIBITIONS: { base: 2.4 },
  LIB_BOOK_ROTATIONS: { base: 6 },
  LIB_MOBILE_TRIPS: { base: 4 },
  MUSEUM_LEARNING_VISITS: { base: 800 },
  MUSEUM_VISITS_TOTAL: { base: 3000 },
  MUSEUM_EDU_ACTIVITIES: { base: 5 },
  MUSEUM_DIGITAL_EXHIBITIONS: { base: 0.8 },
  CC_CLUBS_COUNT: { base: 3 },
  CLUB_MEMBERS: { base: 60 },
  LLL_ACTIVITIES: { base: 12 },
  LLL_PARTICIPANTS: { base: 400 },
  EXHIBITIONS_HELD: { base: 2 },
  STAFF_TRAINED: { base: 2 },
  EVENTS_LLL_WEEK: { base: 1.5 },
  EVENTS_READING_CULTURE_DAY: { base: 1.2 },
  EVENTS_WORLD_BOOK_DAY: { base: 0.8 },
  EVENTS_ETHNIC_CULTURE_DAY: { base: 0.9 },
  EVENTS_MUSEUM_DAY: { base: 0.6 },
  EVENTS_DIGITAL_TRANSFORMATION_DAY: { base: 0.7 },
  EVENTS_HERITAGE_DAY: { base: 0.9 },
  SOCIALISATION_FUNDS_VND: { base: 6_000_000, money: true },
  BUDGET_SPENT_VND: { base: 12_000_000, money: true },
};

export const DEFAULT_COUNT: ElementProfile = { base: 5 };
export const DEFAULT_SHARE: ElementProfile = { share: 0.5, sharePerYear: 0.05 };

export const YEARS = [2022, 2023, 2024, 2025, 2026] as const;

/** The first day of the institutions that existed before the dataset's years. */
export const LONG_AGO = '2018-01-01';
