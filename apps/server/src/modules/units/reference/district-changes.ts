import { foldDiacritics, REFORM_2025_DATE } from '@suotdoi/shared';
import { bareName, splitTypedName } from './names';
import { PRE_2025_WAVE, type UnitIndex } from './plan-units';
import type { ReferencePlan } from './reference-plan';
import { ADDRESS_DB, type Sources } from './sources';

/**
 * District changes between the older list and 30/6/2025, as the mapping's old_district_name shows them: a town
 * became a city (Thị xã Đông Triều → Thành phố Đông Triều: same unit, new type), communes moved to another
 * district (Cửa Lò into Thành phố Vinh), districts were formed (Quận Thuận Hóa and Quận Phú Xuân from Thành phố
 * Huế). All are dated on the approximate date of that wave (PRE_2025_WAVE). A district left without communes ends
 * then, and its lineage goes to the districts that received them, weighted by their share of its communes.
 * A formed district has no statistical code in either package, so it gets a reviewable synthetic one
 * (`<province>.<name>`, e.g. 46.thuan-hoa) and `attributes.syntheticCode`.
 */

export interface DistrictChangeStats {
  typeChanges: number;
  formed: number;
  ended: number;
  movedCommunes: number;
}

interface Target {
  key: string;
  code: string;
}

export function planDistrictChanges(
  plan: ReferencePlan,
  sources: Sources,
  index: UnitIndex,
): DistrictChangeStats {
  const stats: DistrictChangeStats = { typeChanges: 0, formed: 0, ended: 0, movedCommunes: 0 };
  const hcDistrict = new Map(sources.oldDistricts.map((d) => [d.code, d]));
  // Where each surviving commune's district was on 30/6/2025 (first row per old code).
  const districtOn30June = new Map<string, string>();
  for (const row of sources.wardMappings) {
    const code = row.old_ward_code?.trim();
    if (code && row.old_district_name && !districtOn30June.has(code))
      districtOn30June.set(code, row.old_district_name);
  }

  const targets = new Map<string, Target>();
  const typeChanged = new Map<string, { typeName: string | null; name: string }>();
  /** Resolves a 30/6/2025 district name within an old province: a district of the older list, or a formed one. */
  const resolve = (provinceCode: string, fullName: string): Target => {
    const cacheKey = `${provinceCode}|${foldDiacritics(fullName)}`;
    const cached = targets.get(cacheKey);
    if (cached) return cached;
    const { typeName, name } = splitTypedName(fullName);
    const inProvince = [...index.district.entries()].filter(
      ([code, d]) => d.provinceCode === provinceCode && hcDistrict.has(code),
    );
    const exact = inProvince.filter(
      ([code]) => foldDiacritics(hcDistrict.get(code)!.name_with_type) === foldDiacritics(fullName),
    );
    const sameName = inProvince.filter(([, d]) => d.bare === bareName(fullName));
    const found = exact.length === 1 ? exact[0] : sameName.length === 1 ? sameName[0] : undefined;
    let target: Target;
    if (found) {
      const [code, d] = found;
      target = { key: d.key, code };
      if (exact.length !== 1) typeChanged.set(code, { typeName, name });
    } else {
      const code = `${provinceCode}.${bareName(fullName).replace(/\s+/gu, '-')}`;
      const key = plan.addUnit({
        kind: 'district',
        code,
        name,
        typeName,
        validFrom: PRE_2025_WAVE,
        validTo: REFORM_2025_DATE,
        source: ADDRESS_DB,
        attributes: { syntheticCode: true, approximateValidFrom: true },
      });
      plan.addParent(key, index.oldProvince.get(provinceCode)!, PRE_2025_WAVE, REFORM_2025_DATE);
      index.district.set(code, { key, provinceCode, bare: bareName(fullName) });
      stats.formed++;
      target = { key, code };
    }
    targets.set(cacheKey, target);
    return target;
  };

  // Moves: surviving communes whose 30/6/2025 district is another unit than their older-list district.
  const survivorsOf = new Map<string, number>();
  const movedOut = new Map<string, Map<string, number>>();
  for (const [code, commune] of index.oldCommune) {
    if (!commune.inMapping) continue;
    survivorsOf.set(commune.districtCode, (survivorsOf.get(commune.districtCode) ?? 0) + 1);
    const named = districtOn30June.get(code);
    if (!named) continue;
    const target = resolve(commune.provinceCode, named);
    if (target.code === commune.districtCode) continue;
    const link = plan.parents.find((p) => p.unit === commune.key && p.validTo === REFORM_2025_DATE);
    if (!link || link.validFrom >= PRE_2025_WAVE) continue; // created in the wave: already placed by name
    link.validTo = PRE_2025_WAVE;
    plan.addParent(commune.key, target.key, PRE_2025_WAVE, REFORM_2025_DATE);
    const out = movedOut.get(commune.districtCode) ?? new Map<string, number>();
    out.set(target.key, (out.get(target.key) ?? 0) + 1);
    movedOut.set(commune.districtCode, out);
    stats.movedCommunes++;
  }

  // A district whose every surviving commune moved ends with the wave; its history follows its communes.
  const endedByProvince = new Map<string, { from: string; to: string; weight: number }[]>();
  for (const [code, out] of movedOut) {
    const moved = [...out.values()].reduce((a, b) => a + b, 0);
    if (moved < (survivorsOf.get(code) ?? 0)) continue;
    const d = index.district.get(code)!;
    const unit = plan.unit(d.key);
    unit.validTo = PRE_2025_WAVE;
    for (const p of plan.parents)
      if (p.unit === d.key && p.validTo === REFORM_2025_DATE) p.validTo = PRE_2025_WAVE;
    const list = endedByProvince.get(d.provinceCode) ?? [];
    for (const [to, n] of out) list.push({ from: d.key, to, weight: n / moved });
    endedByProvince.set(d.provinceCode, list);
    stats.ended++;
  }
  for (const [provinceCode, edges] of endedByProvince) {
    plan.addEventWithEdges(
      {
        kind: 'merge',
        date: PRE_2025_WAVE,
        legalRef: null,
        note: `Sắp xếp đơn vị hành chính cấp huyện giai đoạn 2023–2025, ${plan.unit(index.oldProvince.get(provinceCode)!).name} (ngày gần đúng; tỷ trọng theo số xã)`,
        approximate: true,
      },
      edges,
    );
  }

  // A change of type (or spelling) keeps the district: history rows for both names, the unit shows the later.
  for (const [code, next] of typeChanged) {
    const d = index.district.get(code)!;
    const unit = plan.unit(d.key);
    if (unit.validTo !== REFORM_2025_DATE) continue;
    plan.names.push({
      unit: d.key,
      name: unit.name,
      typeName: unit.typeName,
      validFrom: unit.validFrom,
      validTo: PRE_2025_WAVE,
    });
    plan.names.push({ unit: d.key, ...next, validFrom: PRE_2025_WAVE, validTo: REFORM_2025_DATE });
    plan.addEvent({
      kind: 'rename',
      date: PRE_2025_WAVE,
      legalRef: null,
      note: `${unit.typeName} ${unit.name} → ${next.typeName} ${next.name} (ngày gần đúng)`,
      approximate: true,
      unit: d.key,
    });
    unit.name = next.name;
    unit.typeName = next.typeName;
    stats.typeChanges++;
  }
  return stats;
}
