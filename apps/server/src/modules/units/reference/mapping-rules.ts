import type { ReasonCode } from '@suotdoi/shared';
import type { WardMappingRow } from './sources';

/**
 * When a ward-mapping row may become lineage (DATA-NOTES.md, "What to do with it"): its old commune is known
 * by code, its new commune exists in the list valid from 1/7/2025, and the old commune's province merged into
 * the new commune's province according to the law (Resolution 202/2025/QH15), not according to the row.
 * The loader and the data-quality "load" action both use this, over in-memory lookups or over the database.
 */

export interface MappingLookups {
  /** An old commune (valid until 1/7/2025) by code, with the old province code it lay in. */
  oldCommune(code: string): { provinceCode: string } | undefined;
  /** A commune valid from 1/7/2025 by code, with its (new) province code. */
  newWard(code: string): { provinceCode: string } | undefined;
  /** Old province code from a name as the mapping writes it ("Tỉnh Hoà Bình", "Thành phố Huế"). */
  oldProvinceByName(name: string): string | undefined;
  /** New province code from a name as the mapping writes it ("Khánh Hòa", "Thành phố Hải Phòng"). */
  newProvinceByName(name: string): string | undefined;
  /** The new province an old province merged into (or stayed as), by the law table. */
  mergedInto(oldProvinceCode: string): string | undefined;
  /** Suggestions for an operator: an old commune found by province, district and name; a new one by name. */
  findOldCommuneByName?(province: string, district: string, commune: string): string | undefined;
  findNewWardByName?(newProvinceCode: string, name: string): string | undefined;
}

export interface MappingProblem {
  field: string;
  reason: ReasonCode;
  value?: string;
}

export type MappingVerdict =
  | { ok: true; oldCode: string; newCode: string; problems: MappingProblem[] }
  | {
      ok: false;
      reason: ReasonCode;
      problems: MappingProblem[];
      suggestion: { old_ward_code?: string; new_ward_code?: string };
      /** The new commune or, failing that, the new province the row is about (the scope). */
      newWardCode?: string;
      newProvinceCode?: string;
    };

/** The reason an issue is filed under when several checks fail: the one an operator must fix first. */
const PRIORITY: ReasonCode[] = [
  'unknown_old_code',
  'unknown_new_code',
  'province_not_merged',
  'missing_old_code',
];

const blank = (v: string | null | undefined) => v == null || v.trim() === '';

export function validateMappingRow(row: WardMappingRow, lookups: MappingLookups): MappingVerdict {
  const problems: MappingProblem[] = [];
  const oldCode = blank(row.old_ward_code) ? null : row.old_ward_code!.trim();
  const newCode = blank(row.new_ward_code) ? null : row.new_ward_code!.trim();
  const oldCommune = oldCode ? lookups.oldCommune(oldCode) : undefined;
  const newWard = newCode ? lookups.newWard(newCode) : undefined;

  if (!oldCode) problems.push({ field: 'old_ward_code', reason: 'missing_old_code' });
  else if (!oldCommune) problems.push({ field: 'old_ward_code', reason: 'unknown_old_code', value: oldCode });
  if (!newWard) problems.push({ field: 'new_ward_code', reason: 'unknown_new_code', value: newCode ?? '' });

  const oldProvince =
    oldCommune?.provinceCode ??
    (row.old_province_name ? lookups.oldProvinceByName(row.old_province_name) : undefined);
  const namedNewProvince = row.new_province_name
    ? lookups.newProvinceByName(row.new_province_name)
    : undefined;
  const newProvince = newWard?.provinceCode ?? namedNewProvince;
  if (oldProvince && newProvince && lookups.mergedInto(oldProvince) !== newProvince) {
    problems.push({
      field: 'old_province_name',
      reason: 'province_not_merged',
      value: row.old_province_name ?? oldProvince,
    });
  }
  // Informative only: the ward table, not the row's label, says which province a new commune is in.
  if (newWard && row.new_province_name && namedNewProvince !== newWard.provinceCode) {
    problems.push({
      field: 'new_province_name',
      reason: 'new_province_mismatch',
      value: row.new_province_name,
    });
  }

  const blocking = PRIORITY.find((reason) => problems.some((p) => p.reason === reason));
  if (!blocking && oldCode && newCode) return { ok: true, oldCode, newCode, problems };

  const suggestion: { old_ward_code?: string; new_ward_code?: string } = {};
  if (!oldCommune && row.old_province_name && row.old_district_name && row.old_ward_name) {
    const found = lookups.findOldCommuneByName?.(
      row.old_province_name,
      row.old_district_name,
      row.old_ward_name,
    );
    if (found) suggestion.old_ward_code = found;
  }
  if (!newWard && newProvince && row.new_ward_name) {
    const found = lookups.findNewWardByName?.(newProvince, row.new_ward_name);
    if (found) suggestion.new_ward_code = found;
  }
  return {
    ok: false,
    reason: blocking ?? 'invalid_value',
    problems,
    suggestion,
    newWardCode: newWard ? newCode! : undefined,
    newProvinceCode: newProvince,
  };
}
