import { REFORM_2025_DATE, SINCE_BEFORE_RECORDS } from '@suotdoi/shared';
import { bareName } from './names';
import type { UnitIndex } from './plan-units';
import type { ReferencePlan } from './reference-plan';
import type { AgencyTemplate, AgencyTemplates, ProvinceLaw } from './sources';

const SOURCE = 'data/reference/agencies.json';
const DISTRICTS_LEGAL_REF = 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15';

/** "tỉnh Ninh Bình" / "thành phố Hải Phòng", as agency names write their unit. */
const unitPhrase = (unit: { name: string; typeName: string | null }) =>
  `${(unit.typeName ?? '').toLowerCase()} ${unit.name}`.trim();

function agencyName(template: AgencyTemplate, unit: { name: string; typeName: string | null }) {
  const pattern = unit.typeName === 'Thành phố' && template.nameCity ? template.nameCity : template.name;
  return pattern.replace('{unit}', unitPhrase(unit)).replace('{name}', unit.name);
}

/**
 * Agencies (units of kind agency, parented to their province or district): the standard set of each of the 34
 * provinces, and the 2023 agencies the seed plans name with their 2025 mergers as lineage. Templates and the
 * reasons for each choice are in data/reference/agencies.json. Returns how many agencies were planned.
 */
export function planAgencies(
  plan: ReferencePlan,
  templates: AgencyTemplates,
  law: ProvinceLaw,
  index: UnitIndex,
) {
  let count = 0;
  const add = (
    parent: string,
    code: string,
    template: AgencyTemplate,
    override: { abbr?: string; name?: string } | undefined,
    validFrom: string,
    validTo: string | null,
  ) => {
    const parentUnit = plan.unit(parent);
    const key = plan.addUnit({
      kind: 'agency',
      code: `${code}.${override?.abbr ?? template.abbr}`,
      name: override?.name ?? agencyName(template, parentUnit),
      typeName: null,
      validFrom,
      validTo,
      source: SOURCE,
    });
    plan.addParent(key, parent, validFrom, validTo);
    plan.agencies.push({ unit: key, agencyType: template.agencyType, sector: template.sector });
    count++;
    return key;
  };

  // The 34 provinces' standard agencies, by template abbreviation, for the successors below.
  const current = new Map<string, Map<string, string>>();
  for (const p of law.provinces) {
    const province = index.newProvince.get(p.code)!;
    const validFrom = plan.unit(province).validFrom;
    const byAbbr = new Map<string, string>();
    for (const t of templates.standard.agencies) {
      byAbbr.set(
        t.abbr,
        add(province, p.code, t, templates.standard.overrides[p.code]?.[t.abbr], validFrom, null),
      );
    }
    current.set(p.code, byAbbr);
  }

  const before = templates.before2025;
  for (const seed of before.provinces) {
    const province = index.oldProvince.get(seed.code)!;
    const newCode = index.mergedInto.get(seed.code)!;
    if (plan.unit(province).validTo !== REFORM_2025_DATE)
      throw new Error(`agencies: ${seed.code} did not merge`);
    const byAbbr = new Map<string, string>();
    for (const t of before.agencies) {
      const validTo = t.mergedInto ? before.departmentMerger.date : REFORM_2025_DATE;
      byAbbr.set(t.abbr, add(province, seed.code, t, seed.overrides[t.abbr], SINCE_BEFORE_RECORDS, validTo));
    }
    const merged = before.agencies.filter((t) => t.mergedInto);
    plan.addEventWithEdges(
      {
        kind: 'merge',
        date: before.departmentMerger.date,
        legalRef: before.departmentMerger.legalRef,
        note: `Hợp nhất sở, ${unitPhrase(plan.unit(province))}`,
        approximate: false,
      },
      merged.map((t) => ({ from: byAbbr.get(t.abbr)!, to: byAbbr.get(t.mergedInto!)! })),
    );
    const successors = before.agencies.filter((t) => t.successor);
    plan.addEventWithEdges(
      {
        kind: 'merge',
        date: REFORM_2025_DATE,
        legalRef: law.legalRef,
        note: `Cơ quan của ${unitPhrase(plan.unit(province))} hợp nhất vào cơ quan của tỉnh/thành phố mới`,
        approximate: false,
      },
      successors.map((t) => ({ from: byAbbr.get(t.abbr)!, to: successorOf(current, newCode, t.successor!) })),
    );
  }

  for (const d of before.districts) {
    const bare = bareName(d.districtName);
    const found = [...index.district.entries()].find(
      ([, x]) => x.provinceCode === d.province && x.bare === bare,
    );
    if (!found) throw new Error(`agencies: no district ${d.districtName} in ${d.province}`);
    const [districtCode, district] = found;
    const newCode = index.mergedInto.get(d.province)!;
    const keys = d.agencies.map((t) =>
      add(district.key, districtCode, t, undefined, SINCE_BEFORE_RECORDS, REFORM_2025_DATE),
    );
    plan.addEventWithEdges(
      {
        kind: 'dissolve',
        date: REFORM_2025_DATE,
        legalRef: DISTRICTS_LEGAL_REF,
        note: `Cơ quan của ${unitPhrase(plan.unit(district.key))} kết thúc cùng cấp huyện`,
        approximate: false,
      },
      d.agencies.map((t, i) => ({ from: keys[i]!, to: successorOf(current, newCode, t.successor!) })),
    );
  }
  return count;
}

function successorOf(current: Map<string, Map<string, string>>, provinceCode: string, abbr: string): string {
  const key = current.get(provinceCode)?.get(abbr);
  if (!key) throw new Error(`agencies: no ${abbr} in province ${provinceCode}`);
  return key;
}
