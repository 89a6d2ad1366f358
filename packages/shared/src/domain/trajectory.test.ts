import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorKind } from '../schemas/plans';
import { planTrajectories, previousMilestone, type TrajectoryTarget, trajectoryOf } from './trajectory';

const target = (t: Partial<TrajectoryTarget> & { year: number }): TrajectoryTarget => ({
  indicator: 'LIB_LLL_SERVICE_COVERAGE',
  indicatorKind: 'coverage',
  category: 'library_district',
  categories: null,
  from: null,
  value: null,
  min: null,
  max: null,
  baseline: null,
  ...t,
});

const line = (points: { year: number; value: number | null }[]) => points.map((p) => [p.year, p.value]);

describe('trajectoryOf', () => {
  it("draws Ninh Bình's district-library coverage from 70 % in 2025 to 90 % in 2030", () => {
    const t2025 = target({ year: 2025, value: 70 });
    const t2030 = target({ year: 2030, value: 90 });
    const [first, second] = planTrajectories([t2025, t2030], 2023);
    expect(line(first!)).toEqual([
      [2023, null],
      [2024, null],
      [2025, 70],
    ]);
    expect(line(second!)).toEqual([
      [2025, 70],
      [2026, 74],
      [2027, 78],
      [2028, 82],
      [2029, 86],
      [2030, 90],
    ]);
    expect(second![1]).toEqual({ year: 2026, value: 74, min: 74, max: 74 });
  });

  it('starts from a known baseline rather than the previous milestone', () => {
    const t = target({ year: 2025, value: 70, baseline: { year: 2022, value: 40 } });
    const previous = target({ year: 2023, value: 10 });
    expect(line(trajectoryOf(t, { planYear: 2023, previous }))).toEqual([
      [2022, 40],
      [2023, 50],
      [2024, 60],
      [2025, 70],
    ]);
  });

  it('leaves the years before the target empty when the baseline value is unknown and nothing precedes it', () => {
    const t = target({ year: 2025, value: 70, baseline: { year: 2021, value: null } });
    expect(line(trajectoryOf(t, { planYear: 2023, previous: null }))).toEqual([
      [2021, null],
      [2022, null],
      [2023, null],
      [2024, null],
      [2025, 70],
    ]);
  });

  it('opens a single start into a range as min and max lines', () => {
    const t = target({ year: 2027, min: 60, max: 80 });
    const previous = target({ year: 2025, value: 50 });
    expect(trajectoryOf(t, { planYear: 2023, previous })).toEqual([
      { year: 2025, value: 50, min: 50, max: 50 },
      { year: 2026, value: null, min: 55, max: 65 },
      { year: 2027, value: null, min: 60, max: 80 },
    ]);
  });

  it("repeats Hưng Yên's 02–03 exhibitions a year every year from 2023 to 2030", () => {
    const t = target({
      indicator: 'LIB_THEMATIC_EXHIBITIONS_YEARLY',
      indicatorKind: 'threshold',
      category: null,
      from: 2023,
      year: 2030,
      min: 2,
      max: 3,
    });
    const path = trajectoryOf(t, { planYear: 2023, previous: null });
    expect(path.map((p) => p.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(path.every((p) => p.min === 2 && p.max === 3 && p.value === null)).toBe(true);
  });

  it('gives a growth rate each year: to 2025 from the plan year, to 2030 after the 2025 milestone', () => {
    const growth = (t: Partial<TrajectoryTarget> & { year: number }) =>
      target({ indicator: 'LIB_USER_VISITS_GROWTH', indicatorKind: 'growth', category: null, ...t });
    const [to2025, to2030] = planTrajectories(
      [growth({ year: 2025, value: 5 }), growth({ year: 2030, min: 10, max: 12 })],
      2023,
    );
    expect(to2025).toEqual([2023, 2024, 2025].map((year) => ({ year, value: 5, min: 5, max: 5 })));
    expect(to2030).toEqual(
      [2026, 2027, 2028, 2029, 2030].map((year) => ({ year, value: null, min: 10, max: 12 })),
    );
  });

  it('keeps the rate, not the compounded quantity, when the growth baseline is known', () => {
    const t = target({
      indicatorKind: 'growth',
      category: null,
      year: 2025,
      value: 10,
      baseline: { year: 2022, value: 1000 },
    });
    expect(line(trajectoryOf(t, { planYear: 2023, previous: null }))).toEqual([
      [2023, 10],
      [2024, 10],
      [2025, 10],
    ]);
  });
});

describe('previousMilestone', () => {
  it('takes the latest earlier milestone of the same indicator and pooled categories, not a yearly target', () => {
    const pooled = (year: number, categories: string[]) =>
      target({ category: null, categories, year, value: year - 1950 });
    const t2030 = pooled(2030, ['village_cultural_house', 'cultural_centre_commune']);
    const others = [
      pooled(2025, ['cultural_centre_commune', 'village_cultural_house']),
      pooled(2024, ['cultural_centre_commune', 'village_cultural_house']),
      pooled(2027, ['cultural_centre_district', 'village_cultural_house']),
      target({
        category: null,
        categories: ['cultural_centre_commune', 'village_cultural_house'],
        from: 2023,
        year: 2028,
        value: 1,
      }),
      t2030,
    ];
    expect(previousMilestone(t2030, others)).toBe(others[0]);
  });
});

// ------------------------------------------------------------------ laws

const valueArb = fc.integer({ min: 0, max: 10_000 }).map((v) => v / 100);
const bandArb = fc.oneof(
  valueArb.map((value) => ({ value, min: null, max: null })),
  fc.tuple(valueArb, valueArb).map(([a, b]) => ({ value: null, min: Math.min(a, b), max: Math.max(a, b) })),
);
const kindArb = fc.constantFrom<IndicatorKind>('coverage', 'growth', 'threshold', 'sum', 'ratio');

const caseArb = fc
  .record({
    kind: kindArb,
    planYear: fc.integer({ min: 2020, max: 2030 }),
    length: fc.integer({ min: 0, max: 10 }),
    band: bandArb,
    yearly: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    baseline: fc.option(
      fc.record({ back: fc.integer({ min: 0, max: 8 }), value: fc.option(valueArb, { nil: null }) }),
      {
        nil: null,
      },
    ),
    previous: fc.option(fc.record({ back: fc.integer({ min: 1, max: 8 }), band: bandArb }), { nil: null }),
  })
  .map((c) => {
    const year = c.planYear + c.length;
    const t = target({
      indicatorKind: c.kind,
      year,
      ...c.band,
      from: c.yearly === null ? null : year - Math.min(c.yearly, c.length),
      baseline: c.baseline === null ? null : { year: year - c.baseline.back, value: c.baseline.value },
    });
    const previous =
      c.previous === null ? null : target({ year: year - c.previous.back, ...c.previous.band });
    return { t, previous, planYear: c.planYear };
  });

/** The point a target itself makes: its band, and its value where the band is one number (a range 5–5 too). */
const bandOfTarget = (t: TrajectoryTarget) =>
  t.value !== null
    ? { value: t.value, min: t.value, max: t.value }
    : { value: t.min === t.max ? t.min : null, min: t.min, max: t.max };

describe('trajectoryOf laws', () => {
  it('runs over consecutive years to the target year, ends exactly on the target, and keeps min ≤ max', () => {
    fc.assert(
      fc.property(caseArb, ({ t, previous, planYear }) => {
        const path = trajectoryOf(t, { planYear, previous });
        expect(path.length).toBeGreaterThan(0);
        path.forEach((p, i) => {
          if (i > 0) expect(p.year).toBe(path[i - 1]!.year + 1);
          if (p.min !== null && p.max !== null) expect(p.min).toBeLessThanOrEqual(p.max);
          if (p.value !== null) expect([p.min, p.max]).toEqual([p.value, p.value]);
        });
        expect(path.at(-1)).toEqual({ year: t.year, ...bandOfTarget(t) });
      }),
    );
  });

  it('starts a level line exactly on its known start and stays between start and target', () => {
    fc.assert(
      fc.property(
        caseArb.filter(({ t }) => t.indicatorKind !== 'growth' && t.from === null),
        ({ t, previous, planYear }) => {
          const path = trajectoryOf(t, { planYear, previous });
          const start =
            t.baseline && t.baseline.value !== null
              ? {
                  year: t.baseline.year,
                  value: t.baseline.value,
                  min: t.baseline.value,
                  max: t.baseline.value,
                }
              : previous && previous.year < t.year
                ? { year: previous.year, ...bandOfTarget(previous) }
                : null;
          if (start === null || start.year === t.year) return;
          expect(path[0]).toEqual(start);
          const end = bandOfTarget(t);
          for (const p of path) {
            expect(p.min).toBeGreaterThanOrEqual(Math.min(start.min!, end.min!));
            expect(p.max).toBeLessThanOrEqual(Math.max(start.max!, end.max!));
          }
        },
      ),
    );
  });

  it('gives a growth target its rate in every year', () => {
    fc.assert(
      fc.property(
        caseArb.filter(({ t }) => t.indicatorKind === 'growth'),
        ({ t, previous, planYear }) => {
          for (const p of trajectoryOf(t, { planYear, previous })) {
            expect(p).toEqual({ year: p.year, ...bandOfTarget(t) });
          }
        },
      ),
    );
  });
});
