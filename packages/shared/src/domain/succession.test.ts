import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidOn } from './dates';
import { type LineageEdge, SuccessionIndex, successorsAt } from './succession';

const BASE = Date.UTC(2020, 0, 1);
const day = (offset: number) => new Date(BASE + offset * 86_400_000).toISOString().slice(0, 10);

interface World {
  windows: { validFrom: string; validTo: string | null }[];
  edges: LineageEdge[];
}

/**
 * A random restructuring history shaped like the real one: every unit that ends hands all of itself to units
 * valid just after its end (weights summing to 1), and a continuing unit may give part of itself away.
 * Edges only go to units that end later (or never), so the lineage is acyclic, as dated lineage must be.
 */
const worldArb = fc
  .array(
    fc.record({
      birth: fc.integer({ min: 0, max: 100 }),
      life: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
      targets: fc.array(fc.record({ pick: fc.nat(), share: fc.integer({ min: 1, max: 9 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
      partial: fc.option(fc.record({ pick: fc.nat(), after: fc.integer({ min: 1, max: 30 }) }), {
        nil: null,
      }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((specs): World => {
    const units = specs.map((s) => ({ birth: s.birth, end: s.life === null ? null : s.birth + s.life }));
    const edges: LineageEdge[] = [];
    specs.forEach((s, i) => {
      const end = units[i]!.end;
      const aliveAt = (d: number) =>
        units
          .map((u, j) => ({ u, j }))
          .filter(
            ({ u, j }) =>
              j !== i &&
              u.birth <= d &&
              (u.end === null || u.end > d) &&
              (end === null || u.end === null || u.end > end),
          );
      if (end !== null) {
        const candidates = aliveAt(end);
        if (candidates.length === 0) return;
        const chosen = new Map<number, number>();
        for (const t of s.targets) {
          const j = candidates[t.pick % candidates.length]!.j;
          chosen.set(j, (chosen.get(j) ?? 0) + t.share);
        }
        const total = [...chosen.values()].reduce((a, b) => a + b, 0);
        for (const [j, share] of chosen)
          edges.push({ fromId: i, toId: j, date: day(end), weight: share / total });
      } else if (s.partial) {
        const d = units[i]!.birth + s.partial.after;
        const candidates = aliveAt(d).filter(({ u }) => u.end === null);
        if (candidates.length === 0) return;
        const j = candidates[s.partial.pick % candidates.length]!.j;
        edges.push({ fromId: i, toId: j, date: day(d), weight: 0.3 });
      }
    });
    return {
      windows: units.map((u) => ({ validFrom: day(u.birth), validTo: u.end === null ? null : day(u.end) })),
      edges,
    };
  });

const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const dateArb = fc.integer({ min: -5, max: 200 }).map(day);
const validity = (w: World, date: string) => ({ isValid: (id: number) => isValidOn(w.windows[id]!, date) });

describe('successorsAt', () => {
  it('loses nothing: the weights of a unit’s successors sum to its own weight', () => {
    fc.assert(
      fc.property(worldArb, dateArb, fc.nat(), (w, date, pick) => {
        const unit = pick % w.windows.length;
        const result = successorsAt(w.edges, unit, date, validity(w, date));
        expect(sum(result)).toBeCloseTo(1, 9);
        for (const weight of result.values()) expect(weight).toBeGreaterThan(0);
      }),
    );
  });

  it('loses nothing over a weighted set of units either', () => {
    fc.assert(
      fc.property(
        worldArb,
        dateArb,
        fc.array(fc.double({ min: 0.1, max: 1000, noNaN: true })),
        (w, date, ws) => {
          const weights = new Map(ws.slice(0, w.windows.length).map((x, i) => [i, x] as [number, number]));
          const mapped = new SuccessionIndex(w.edges).map(weights, date, validity(w, date));
          expect(sum(mapped)).toBeCloseTo(sum(weights), 6);
        },
      ),
    );
  });

  it('is idempotent at a fixed date: mapping the successors again changes nothing', () => {
    fc.assert(
      fc.property(worldArb, dateArb, fc.nat(), (w, date, pick) => {
        const index = new SuccessionIndex(w.edges);
        const once = index.map(new Map([[pick % w.windows.length, 1]]), date, validity(w, date));
        const twice = index.map(once, date, validity(w, date));
        expect([...twice.keys()].sort()).toEqual([...once.keys()].sort());
        for (const [id, weight] of once) expect(twice.get(id)).toBeCloseTo(weight, 12);
      }),
    );
  });

  it('maps a unit valid on the date to itself', () => {
    fc.assert(
      fc.property(worldArb, dateArb, (w, date) => {
        w.windows.forEach((window, id) => {
          if (!isValidOn(window, date)) return;
          expect([...successorsAt(w.edges, id, date, validity(w, date))]).toEqual([[id, 1]]);
        });
      }),
    );
  });

  it('merges a unit reached by two paths and multiplies weights along each path', () => {
    // A splits 60/40 into B and C on 2025-01-01; B and C merge into D on 2025-07-01.
    const edges: LineageEdge[] = [
      { fromId: 1, toId: 2, date: '2025-01-01', weight: 0.6 },
      { fromId: 1, toId: 3, date: '2025-01-01', weight: 0.4 },
      { fromId: 2, toId: 4, date: '2025-07-01', weight: 1 },
      { fromId: 3, toId: 4, date: '2025-07-01', weight: 1 },
    ];
    expect([...successorsAt(edges, 1, '2024-12-31')]).toEqual([[1, 1]]);
    expect(Object.fromEntries(successorsAt(edges, 1, '2025-03-01'))).toEqual({ 2: 0.6, 3: 0.4 });
    expect([...successorsAt(edges, 1, '2026-01-01')]).toEqual([[4, 1]]);
  });

  it('refuses a cycle instead of looping', () => {
    const edges: LineageEdge[] = [
      { fromId: 1, toId: 2, date: '2025-01-01', weight: 1 },
      { fromId: 2, toId: 1, date: '2025-01-01', weight: 1 },
    ];
    expect(() => successorsAt(edges, 1, '2025-02-01')).toThrow(/deeper/);
  });
});
