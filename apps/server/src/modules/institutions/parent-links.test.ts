import { describe, expect, it } from 'vitest';
import { type ParentLink, planParentLinks } from './parent-links';

const TODAY = '2026-03-16';
const link = (
  id: number,
  parentId: number,
  validFrom: string,
  validTo: string | null = null,
): ParentLink => ({
  id,
  parentId,
  validFrom,
  validTo,
});

describe('planParentLinks', () => {
  it('moves: closes the current link today and opens one under the new parent', () => {
    const plan = planParentLinks(
      [link(1, 10, '2020-01-01')],
      { parentId: 20, validFrom: '2020-01-01', validTo: null },
      TODAY,
    );
    expect(plan).toEqual({
      update: [link(1, 10, '2020-01-01', TODAY)],
      insert: [{ parentId: 20, validFrom: TODAY, validTo: null }],
      checks: [{ parentId: 20, validFrom: TODAY, validTo: null }],
    });
  });

  it('corrects in place a link that has not started by the move date', () => {
    const plan = planParentLinks(
      [link(1, 10, TODAY)],
      { parentId: 20, validFrom: TODAY, validTo: null },
      TODAY,
    );
    expect(plan).toMatchObject({ update: [link(1, 20, TODAY)], insert: [] });
    const future = planParentLinks(
      [link(1, 10, '2026-06-01')],
      { parentId: 20, validFrom: '2026-06-01', validTo: null },
      TODAY,
    );
    expect(future).toMatchObject({ update: [link(1, 20, '2026-06-01')], insert: [] });
  });

  it('moves the first link with the start date and asks for its parent to be checked', () => {
    const plan = planParentLinks(
      [link(1, 10, '2020-01-01', '2025-07-01'), link(2, 11, '2025-07-01')],
      { parentId: 11, validFrom: '2019-05-01', validTo: null },
      TODAY,
    );
    expect(plan).toEqual({
      update: [link(1, 10, '2019-05-01', '2025-07-01')],
      insert: [],
      checks: [{ parentId: 10, validFrom: '2019-05-01', validTo: '2025-07-01' }],
    });
  });

  it('ends the last link with the institution, and reopens it', () => {
    const closed = planParentLinks(
      [link(1, 10, '2020-01-01')],
      { parentId: 10, validFrom: '2020-01-01', validTo: TODAY },
      TODAY,
    );
    expect(closed).toMatchObject({ update: [link(1, 10, '2020-01-01', TODAY)], insert: [] });
    const reopened = planParentLinks(
      [link(1, 10, '2020-01-01', TODAY)],
      { parentId: 10, validFrom: '2020-01-01', validTo: null },
      TODAY,
    );
    expect(reopened).toMatchObject({
      update: [link(1, 10, '2020-01-01', null)],
      checks: [{ parentId: 10, validFrom: '2020-01-01', validTo: null }],
    });
  });

  it('corrects rather than moves the parent of a closed institution', () => {
    const plan = planParentLinks(
      [link(1, 10, '2020-01-01', '2024-01-01')],
      { parentId: 20, validFrom: '2020-01-01', validTo: '2024-01-01' },
      TODAY,
    );
    expect(plan).toMatchObject({ update: [link(1, 20, '2020-01-01', '2024-01-01')], insert: [] });
  });

  it('refuses an end before the start and a start after a later link began', () => {
    expect(planParentLinks([], { parentId: 1, validFrom: TODAY, validTo: '2026-01-01' }, TODAY)).toEqual({
      error: 'invalid_range',
      field: 'validTo',
    });
    const late = planParentLinks(
      [link(1, 10, '2020-01-01', '2025-07-01'), link(2, 11, '2025-07-01')],
      { parentId: 11, validFrom: '2025-09-01', validTo: null },
      TODAY,
    );
    expect(late).toEqual({ error: 'invalid_range', field: 'validFrom' });
  });

  it('creates the first link when there is none', () => {
    expect(planParentLinks([], { parentId: 5, validFrom: '2025-07-01', validTo: null }, TODAY)).toEqual({
      update: [],
      insert: [{ parentId: 5, validFrom: '2025-07-01', validTo: null }],
      checks: [{ parentId: 5, validFrom: '2025-07-01', validTo: null }],
    });
  });
});
