/**
 * The 34 provinces since 1/7/2025 (Resolution 202/2025/QH15; data/reference/province-mergers-2025.json) as a
 * tile grid, roughly north to south and west to east, so that the map needs no boundary file: one square per
 * province, all the same size, which also keeps small provinces (Hưng Yên, Bắc Ninh) as visible as large ones.
 * Five columns fit a 390-px phone.
 */
export interface ProvinceTile {
  /** The statistical code of the province (2 digits). */
  code: string;
  /** The short name the tiles print. */
  name: string;
  row: number;
  col: number;
}

export const TILE_COLUMNS = 5;

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  // The northern mountains
  { code: '11', name: 'Điện Biên', row: 0, col: 0 },
  { code: '12', name: 'Lai Châu', row: 0, col: 1 },
  { code: '15', name: 'Lào Cai', row: 0, col: 2 },
  { code: '08', name: 'Tuyên Quang', row: 0, col: 3 },
  { code: '04', name: 'Cao Bằng', row: 0, col: 4 },
  { code: '14', name: 'Sơn La', row: 1, col: 1 },
  { code: '25', name: 'Phú Thọ', row: 1, col: 2 },
  { code: '19', name: 'Thái Nguyên', row: 1, col: 3 },
  { code: '20', name: 'Lạng Sơn', row: 1, col: 4 },
  // The Red River delta
  { code: '01', name: 'Hà Nội', row: 2, col: 2 },
  { code: '24', name: 'Bắc Ninh', row: 2, col: 3 },
  { code: '22', name: 'Quảng Ninh', row: 2, col: 4 },
  { code: '37', name: 'Ninh Bình', row: 3, col: 2 },
  { code: '33', name: 'Hưng Yên', row: 3, col: 3 },
  { code: '31', name: 'Hải Phòng', row: 3, col: 4 },
  // The north-central coast
  { code: '38', name: 'Thanh Hóa', row: 4, col: 2 },
  { code: '40', name: 'Nghệ An', row: 5, col: 2 },
  { code: '42', name: 'Hà Tĩnh', row: 5, col: 3 },
  { code: '44', name: 'Quảng Trị', row: 6, col: 3 },
  { code: '46', name: 'Huế', row: 7, col: 3 },
  { code: '48', name: 'Đà Nẵng', row: 7, col: 4 },
  // The south-central coast and the Central Highlands
  { code: '51', name: 'Quảng Ngãi', row: 8, col: 4 },
  { code: '52', name: 'Gia Lai', row: 9, col: 4 },
  { code: '66', name: 'Đắk Lắk', row: 10, col: 3 },
  { code: '56', name: 'Khánh Hòa', row: 10, col: 4 },
  { code: '68', name: 'Lâm Đồng', row: 11, col: 3 },
  // The south-east
  { code: '75', name: 'Đồng Nai', row: 11, col: 2 },
  { code: '80', name: 'Tây Ninh', row: 12, col: 1 },
  { code: '79', name: 'Hồ Chí Minh', row: 12, col: 2 },
  // The Mekong delta
  { code: '91', name: 'An Giang', row: 13, col: 0 },
  { code: '82', name: 'Đồng Tháp', row: 13, col: 1 },
  { code: '86', name: 'Vĩnh Long', row: 13, col: 2 },
  { code: '96', name: 'Cà Mau', row: 14, col: 0 },
  { code: '92', name: 'Cần Thơ', row: 14, col: 1 },
];

export const TILE_ROWS = Math.max(...PROVINCE_TILES.map((t) => t.row)) + 1;

/**
 * A province's code from a GeoJSON feature's properties: `code`, else `ma_tinh` (the name the national
 * datasets use), as two digits ("1" → "01"); null when neither is there.
 */
export function provinceCodeOf(properties: Record<string, unknown> | null | undefined): string | null {
  const raw = properties?.code ?? properties?.ma_tinh ?? properties?.MA_TINH;
  if (typeof raw === 'number' && Number.isInteger(raw)) return String(raw).padStart(2, '0');
  if (typeof raw === 'string' && /^\s*\d{1,2}\s*$/.test(raw)) return raw.trim().padStart(2, '0');
  return null;
}

const TILE_CODES = new Set(PROVINCE_TILES.map((t) => t.code));

export function isProvinceCode(code: string | null): code is string {
  return code !== null && TILE_CODES.has(code);
}
