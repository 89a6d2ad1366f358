import { REFORM_2025_DATE, type ReasonCode } from '@suotdoi/shared';
import { type MappingLookups, validateMappingRow } from './mapping-rules';
import { bareName, splitTypedName } from './names';
import { oldProvinceNameIndex, PRE_2025_WAVE, type UnitIndex } from './plan-units';
import { linkAbsorbedCommunes } from './pre2025-links';
import type { ReferencePlan } from './reference-plan';
import { OLD_COMMUNES_SOURCE, type ProvinceLaw, type Sources, WARD_MAPPINGS_SOURCE } from './sources';

/** Districts ended with the two-level local government (the 2025 Law on the Organisation of Local Government). */
const DISTRICTS_LEGAL_REF = 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15';

export interface MappingStats {
  rows: number;
  /** Rows that became lineage (distinct old → new pairs; repeated pairs counted in `duplicates`). */
  loaded: number;
  duplicates: number;
  /** Rows without an old commune that map a commune-less island district to its special zone. */
  specialZones: number;
  heldBack: Partial<Record<ReasonCode, number>>;
}

/** Name-keyed indexes used only to suggest corrections for rows that fail. */
function suggestionIndexes(
  sources: Sources,
  index: UnitIndex,
  oldProvinceByName: (n: string) => string | undefined,
) {
  const oldByName = new Map<string, Set<string>>();
  const add = (key: string, code: string) => oldByName.set(key, (oldByName.get(key) ?? new Set()).add(code));
  for (const c of sources.oldCommunes) {
    const d = index.district.get(c.parent_code!)!;
    add(`${d.provinceCode}|${d.bare}|${bareName(c.name)}`, c.code);
  }
  for (const row of sources.wardMappings) {
    const code = row.old_ward_code?.trim();
    if (!code || !row.old_province_name || !row.old_district_name || !row.old_ward_name) continue;
    const province = oldProvinceByName(row.old_province_name);
    add(`${province}|${bareName(row.old_district_name)}|${bareName(row.old_ward_name)}`, code);
  }
  const newByName = new Map<string, Set<string>>();
  for (const w of sources.newWards) {
    const key = `${w.province_code}|${bareName(w.name)}`;
    newByName.set(key, (newByName.get(key) ?? new Set()).add(w.ward_code));
  }
  const unique = (set: Set<string> | undefined) => (set?.size === 1 ? [...set][0] : undefined);
  return {
    findOldCommuneByName: (province: string, district: string, commune: string) =>
      unique(oldByName.get(`${oldProvinceByName(province)}|${bareName(district)}|${bareName(commune)}`)),
    findNewWardByName: (province: string, name: string) =>
      unique(newByName.get(`${province}|${bareName(name)}`)),
  };
}

/** The mapping rules' lookups over the in-memory units (the loader's view). */
export function memoryLookups(sources: Sources, law: ProvinceLaw, index: UnitIndex): MappingLookups {
  const oldProvinceByName = oldProvinceNameIndex(sources, law.oldProvinceAliases);
  const newByBare = new Map(law.provinces.map((p) => [bareName(p.name), p.code]));
  return {
    oldCommune: (code) => {
      const c = index.oldCommune.get(code);
      return c?.inMapping ? c : undefined;
    },
    newWard: (code) => index.newWard.get(code),
    oldProvinceByName,
    newProvinceByName: (name) => newByBare.get(bareName(name)),
    mergedInto: (code) => index.mergedInto.get(code),
    ...suggestionIndexes(sources, index, oldProvinceByName),
  };
}

/**
 * Commune lineage of 1/7/2025 from the ward-mapping rows that pass validation, weight 1/(number of targets of
 * the old commune); every other row goes to the data-quality list with all its problems. Also the districts'
 * lineage: each district to its new province, or to its special zone when it was a commune-less island district.
 */
export function planCommuneLineage(
  plan: ReferencePlan,
  sources: Sources,
  law: ProvinceLaw,
  index: UnitIndex,
) {
  const lookups = memoryLookups(sources, law, index);
  const stats: MappingStats = {
    rows: sources.wardMappings.length,
    loaded: 0,
    duplicates: 0,
    specialZones: 0,
    heldBack: {},
  };
  const targets = new Map<string, Set<string>>();
  const districtSuccessor = new Map<string, string>();

  for (const row of sources.wardMappings) {
    const zone = specialZoneDistrict(row, index);
    if (zone) {
      districtSuccessor.set(zone.districtCode, zone.wardKey);
      stats.specialZones++;
      continue;
    }
    const verdict = validateMappingRow(row, lookups);
    if (verdict.ok) {
      const set = targets.get(verdict.oldCode) ?? new Set<string>();
      if (set.has(verdict.newCode)) stats.duplicates++;
      set.add(verdict.newCode);
      targets.set(verdict.oldCode, set);
      continue;
    }
    stats.heldBack[verdict.reason] = (stats.heldBack[verdict.reason] ?? 0) + 1;
    const unit = verdict.newWardCode
      ? index.newWard.get(verdict.newWardCode)?.key
      : verdict.newProvinceCode
        ? index.newProvince.get(verdict.newProvinceCode)
        : undefined;
    plan.issues.push({
      source: WARD_MAPPINGS_SOURCE,
      reason: verdict.reason,
      row: normalizedRow(row),
      details: { problems: verdict.problems, suggestion: verdict.suggestion },
      unit,
    });
  }

  const byProvince = new Map<string, { from: string; to: string; weight: number }[]>();
  for (const [oldCode, newCodes] of targets) {
    const from = index.oldCommune.get(oldCode)!.key;
    for (const newCode of newCodes) {
      const ward = index.newWard.get(newCode)!;
      const list = byProvince.get(ward.provinceCode) ?? [];
      list.push({ from, to: ward.key, weight: 1 / newCodes.size });
      byProvince.set(ward.provinceCode, list);
      stats.loaded++;
    }
  }
  for (const p of law.provinces) {
    plan.addEventWithEdges(
      {
        kind: 'merge',
        date: REFORM_2025_DATE,
        legalRef: null,
        note: `Sắp xếp đơn vị hành chính cấp xã, ${p.typeName.toLowerCase()} ${p.name} (ánh xạ: ${WARD_MAPPINGS_SOURCE})`,
        approximate: false,
      },
      byProvince.get(p.code) ?? [],
    );
    const districts = [...index.district.entries()].filter(
      ([, d]) =>
        index.mergedInto.get(d.provinceCode) === p.code && plan.unit(d.key).validTo === REFORM_2025_DATE,
    );
    plan.addEventWithEdges(
      {
        kind: 'dissolve',
        date: REFORM_2025_DATE,
        legalRef: DISTRICTS_LEGAL_REF,
        note: `Kết thúc cấp huyện, ${p.typeName.toLowerCase()} ${p.name}`,
        approximate: false,
      },
      districts.map(([code, d]) => ({
        from: d.key,
        to: districtSuccessor.get(code) ?? index.newProvince.get(p.code)!,
      })),
    );
  }
  return stats;
}

/** A row without an old commune naming a special zone ("Đặc khu Côn Đảo") that was a commune-less district. */
function specialZoneDistrict(row: Sources['wardMappings'][number], index: UnitIndex) {
  if (row.old_ward_code?.trim() || row.old_ward_name || !row.new_ward_code || !row.new_ward_name) return null;
  const ward = index.newWard.get(row.new_ward_code.trim());
  const { typeName } = splitTypedName(row.new_ward_name);
  if (!ward || typeName !== 'Đặc khu') return null;
  const bare = bareName(row.new_ward_name);
  const matches = [...index.communelessDistricts].filter((code) => {
    const d = index.district.get(code)!;
    return d.bare === bare && index.mergedInto.get(d.provinceCode) === ward.provinceCode;
  });
  return matches.length === 1 ? { districtCode: matches[0]!, wardKey: ward.key } : null;
}

/** The source row as read, text in NFC (the package has 97 names in NFD). */
function normalizedRow(row: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? v.normalize('NFC') : v]),
  );
}

export interface Pre2025Stats {
  absorbed: number;
  linkedByName: number;
  linkedBySyllables: number;
  unlinked: number;
}

/**
 * The older list's communes merged before the 2025 reform (absent from the mapping): ended on the approximate
 * date, linked to a 30/6/2025 commune where a rule finds one (pre2025-links.ts), listed as data-quality issues
 * where none does, so that an operator can name the successor.
 */
export function planPre2025Lineage(plan: ReferencePlan, sources: Sources, index: UnitIndex): Pre2025Stats {
  const nameOn30June = new Map<string, string>();
  for (const row of sources.wardMappings) {
    const code = row.old_ward_code?.trim();
    if (code && row.old_ward_name && !nameOn30June.has(code)) nameOn30June.set(code, row.old_ward_name);
  }
  const hcByCode = new Map(sources.oldCommunes.map((c) => [c.code, c]));
  const absorbed = [];
  const survivors = [];
  for (const [code, c] of index.oldCommune) {
    const older = hcByCode.get(code);
    if (!c.inMapping) absorbed.push({ code, name: older!.name, districtCode: c.districtCode });
    else if (nameOn30June.has(code)) {
      survivors.push({
        code,
        districtCode: c.districtCode,
        olderName: older?.name ?? null,
        name: nameOn30June.get(code)!,
      });
    }
  }
  const { linked, unlinked } = linkAbsorbedCommunes(absorbed, survivors);
  const byProvince = new Map<string, { from: string; to: string }[]>();
  for (const [code, link] of linked) {
    const from = index.oldCommune.get(code)!;
    const list = byProvince.get(from.provinceCode) ?? [];
    list.push({ from: from.key, to: index.oldCommune.get(link.successorCode)!.key });
    byProvince.set(from.provinceCode, list);
  }
  for (const [provinceCode, edges] of byProvince) {
    const province = plan.unit(index.oldProvince.get(provinceCode)!);
    plan.addEventWithEdges(
      {
        kind: 'merge',
        date: PRE_2025_WAVE,
        legalRef: null,
        // Approximate: see PRE_2025_WAVE; the successors come from naming rules, not from a source.
        note: `Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023–2025, ${province.name} (ngày gần đúng; kế thừa suy ra theo tên)`,
        approximate: true,
      },
      edges,
    );
  }
  for (const commune of unlinked) {
    const c = index.oldCommune.get(commune.code)!;
    plan.issues.push({
      source: OLD_COMMUNES_SOURCE,
      reason: 'no_successor_found',
      row: normalizedRow(hcByCode.get(commune.code)!),
      details: { endedOn: PRE_2025_WAVE, approximate: true },
      unit: c.key,
    });
  }
  let byName = 0;
  for (const l of linked.values()) if (l.rule === 'name') byName++;
  return {
    absorbed: absorbed.length,
    linkedByName: byName,
    linkedBySyllables: linked.size - byName,
    unlinked: unlinked.length,
  };
}
