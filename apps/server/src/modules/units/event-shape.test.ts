import { AppError, type CreateEvent, CreateEventSchema } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { checkEventShape } from './event-shape';

const event = (input: Record<string, unknown>): CreateEvent =>
  CreateEventSchema.parse({ date: '2026-01-01', ...input });
const problems = (input: Record<string, unknown>) => {
  try {
    checkEventShape(event(input));
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_EVENT');
    return ((error as AppError).details as { problems: { field: string }[] }).problems.map((p) => p.field);
  }
};

describe('checkEventShape', () => {
  it('accepts a merge whose ended units hand over all of themselves', () => {
    expect(
      problems({
        kind: 'merge',
        endUnitIds: [1, 2],
        edges: [
          { fromUnitId: 1, toUnitId: 3 },
          { fromUnitId: 2, toUnitId: 3 },
        ],
      }),
    ).toEqual([]);
  });

  it('wants a split’s weights to sum to 1, within rounding', () => {
    const split = (a: number, b: number) =>
      problems({
        kind: 'split',
        endUnitIds: [1],
        edges: [
          { fromUnitId: 1, toUnitId: 2, weight: a },
          { fromUnitId: 1, toUnitId: 3, weight: b },
        ],
      });
    expect(split(0.6, 0.4)).toEqual([]);
    expect(split(0.5, 0.4)).toEqual(['edges.weight']);
  });

  it('lets a dissolved unit go without successor but not a merged one', () => {
    expect(problems({ kind: 'dissolve', endUnitIds: [1] })).toEqual([]);
    expect(problems({ kind: 'merge', endUnitIds: [1] })).toEqual(['edges']);
  });

  it('keeps renames and moves free of ended units and edges', () => {
    expect(problems({ kind: 'rename', rename: { unitId: 1, name: 'X' } })).toEqual([]);
    expect(problems({ kind: 'rename', endUnitIds: [1] })).toEqual(['rename', 'endUnitIds']);
    expect(problems({ kind: 'move', move: { unitId: 1, parentId: 1 } })).toEqual(['move.parentId']);
  });

  it('checks edges against the ended units and the new units’ keys', () => {
    expect(
      problems({
        kind: 'merge',
        endUnitIds: [1],
        edges: [{ fromUnitId: 5, toNewKey: 'x' }, { fromUnitId: 1, toUnitId: 1 }, { fromUnitId: 1 }],
      }),
    ).toEqual(['edges.0.toNewKey', 'edges.0.fromUnitId', 'edges.1.toUnitId', 'edges.2']);
  });
});
