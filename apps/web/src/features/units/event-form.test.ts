import { describe, expect, it } from 'vitest';
import { nextNewKey, suggestEdges, toCreateEvent, unbalancedSources } from './event-form';

describe('toCreateEvent', () => {
  it('builds a merge into a new unit, naming it by key in the edges', () => {
    const body = toCreateEvent({
      kind: 'merge',
      date: '2025-07-01',
      legalRef: '  202/2025/QH15 ',
      note: '',
      endUnitIds: [35, 37, 36, 35],
      newUnits: [
        { key: 'n1', code: '37', name: 'Ninh  Bình', level: 'province', typeName: 'Tỉnh', parentId: 1 },
      ],
      edges: [
        { fromUnitId: 35, to: 'new:n1', weight: 1 },
        { fromUnitId: 36, to: 'new:n1' },
        { fromUnitId: 37, to: 99, weight: 1 },
        { fromUnitId: 38 },
      ],
      renameUnitId: 35,
      renameName: 'ignored for a merge',
    });
    expect(body).toEqual({
      kind: 'merge',
      date: '2025-07-01',
      legalRef: '202/2025/QH15',
      note: null,
      endUnitIds: [35, 37, 36],
      newUnits: [
        { key: 'n1', code: '37', name: 'Ninh Bình', level: 'province', typeName: 'Tỉnh', parentId: 1 },
      ],
      edges: [
        { fromUnitId: 35, toNewKey: 'n1', weight: 1 },
        { fromUnitId: 36, toNewKey: 'n1', weight: 1 },
        { fromUnitId: 37, toUnitId: 99, weight: 1 },
      ],
    });
  });

  it('keeps only the rename of a rename', () => {
    const body = toCreateEvent({
      kind: 'rename',
      date: '2026-01-01',
      endUnitIds: [5],
      newUnits: [{ key: 'n1', code: 'x' }],
      edges: [{ fromUnitId: 5, to: 6 }],
      renameUnitId: 5,
      renameName: ' Phường Mới ',
      renameTypeName: ' Phường ',
    });
    expect(body.endUnitIds).toEqual([]);
    expect(body.newUnits).toEqual([]);
    expect(body.edges).toEqual([]);
    expect(body.rename).toEqual({ unitId: 5, name: 'Phường Mới', typeName: 'Phường' });
    expect(body.move).toBeUndefined();
  });

  it('builds a move', () => {
    const body = toCreateEvent({ kind: 'move', date: '2026-01-01', moveUnitId: 5, moveParentId: 7 });
    expect(body.move).toEqual({ unitId: 5, parentId: 7 });
  });
});

describe('unbalancedSources', () => {
  it('finds sources whose shares do not add up to 1', () => {
    expect(
      unbalancedSources([
        { fromUnitId: 1, weight: 0.6 },
        { fromUnitId: 1, weight: 0.4 },
        { fromUnitId: 2, weight: 0.5 },
        { fromUnitId: 3 },
      ]),
    ).toEqual([{ fromUnitId: 2, sum: 0.5 }]);
  });
});

describe('suggestEdges', () => {
  it('splits each source evenly, summing to exactly 1', () => {
    const edges = suggestEdges([10], ['a', 'b', 'c']);
    expect(edges.map((e) => e.to)).toEqual(['new:a', 'new:b', 'new:c']);
    expect(unbalancedSources(edges)).toEqual([]);
    expect(suggestEdges([1, 2], ['n1'])).toEqual([
      { fromUnitId: 1, to: 'new:n1', weight: 1 },
      { fromUnitId: 2, to: 'new:n1', weight: 1 },
    ]);
    expect(suggestEdges([1], [])).toEqual([]);
  });
});

describe('nextNewKey', () => {
  it('takes the first free key', () => {
    expect(nextNewKey([])).toBe('n1');
    expect(nextNewKey([{ key: 'n1' }, { key: 'n3' }])).toBe('n2');
  });
});
