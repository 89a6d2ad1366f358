import type { StoredValue } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { autoFiguresOf, planAutoChanges } from './auto-values';
import type { HeldActivity } from './completion.repo';

const activity = (over: Partial<HeldActivity>): HeldActivity => ({
  id: 1,
  type: 'event',
  observanceCode: null,
  participants: 0,
  sessions: 1,
  ...over,
});

const element = (code: string, observance: string | null = null) => ({ code, observance });

const LIBRARY = [
  element('LLL_ACTIVITIES'),
  element('LLL_PARTICIPANTS'),
  element('EXHIBITIONS_HELD'),
  element('LIB_THEMATIC_EXHIBITIONS'),
  element('LIB_MOBILE_TRIPS'),
  element('LIB_BOOK_ROTATIONS'),
  element('LIB_USER_VISITS'),
  element('EVENTS_READING_CULTURE_DAY', 'reading_culture_day'),
  element('EVENTS_WORLD_BOOK_DAY', 'world_book_day'),
];

const MUSEUM = [
  element('LLL_ACTIVITIES'),
  element('LLL_PARTICIPANTS'),
  element('EXHIBITIONS_HELD'),
  element('MUSEUM_EDU_ACTIVITIES'),
  element('MUSEUM_LEARNING_VISITS'),
  element('MUSEUM_DIGITAL_EXHIBITIONS'),
  element('MUSEUM_VISITS_TOTAL'),
  element('EVENTS_MUSEUM_DAY', 'international_museum_day'),
];

describe('autoFiguresOf', () => {
  it('counts a library’s activities, participations, exhibitions, trips, rotations and national-day events', () => {
    const figures = autoFiguresOf(
      [
        activity({ observanceCode: 'reading_culture_day', participants: 15 }),
        activity({ type: 'exhibition', observanceCode: 'reading_culture_day', participants: 20 }),
        activity({ type: 'digital_exhibition', participants: 0 }),
        activity({ type: 'mobile_library_trip', participants: 40, sessions: 6 }),
        activity({ type: 'book_rotation', sessions: 0 }),
      ],
      LIBRARY,
    );
    expect(Object.fromEntries(figures)).toEqual({
      LLL_ACTIVITIES: 5,
      LLL_PARTICIPANTS: 75,
      EXHIBITIONS_HELD: 2,
      LIB_THEMATIC_EXHIBITIONS: 2,
      LIB_MOBILE_TRIPS: 6,
      LIB_BOOK_ROTATIONS: 1,
      EVENTS_READING_CULTURE_DAY: 2,
      EVENTS_WORLD_BOOK_DAY: 0,
    });
  });

  it('gives a museum its education activities without exhibitions, and its learning visits from all of them', () => {
    const figures = autoFiguresOf(
      [
        activity({ type: 'class', observanceCode: 'international_museum_day', participants: 25 }),
        activity({ type: 'talk', participants: 30 }),
        activity({ type: 'exhibition', participants: 300 }),
        activity({ type: 'digital_exhibition', participants: 100 }),
      ],
      MUSEUM,
    );
    expect(Object.fromEntries(figures)).toEqual({
      LLL_ACTIVITIES: 4,
      LLL_PARTICIPANTS: 455,
      EXHIBITIONS_HELD: 2,
      MUSEUM_EDU_ACTIVITIES: 2,
      MUSEUM_LEARNING_VISITS: 455,
      MUSEUM_DIGITAL_EXHIBITIONS: 1,
      EVENTS_MUSEUM_DAY: 1,
    });
  });

  it('gives only the elements the form has, and zeros for them without activities', () => {
    const figures = autoFiguresOf(
      [],
      [element('LLL_ACTIVITIES'), element('EVENTS_LLL_WEEK', 'lifelong_learning_week')],
    );
    expect(Object.fromEntries(figures)).toEqual({ LLL_ACTIVITIES: 0, EVENTS_LLL_WEEK: 0 });
    expect(autoFiguresOf([activity({})], [element('STAFF_TRAINED')]).size).toBe(0);
  });

  it('never lets the national days exceed the activities, as the forms’ rule requires', () => {
    const all = autoFiguresOf(
      [
        activity({ type: 'mobile_library_trip', observanceCode: 'reading_culture_day' }),
        activity({ type: 'book_rotation', observanceCode: 'world_book_day' }),
      ],
      LIBRARY,
    );
    expect(all.get('EVENTS_READING_CULTURE_DAY')! + all.get('EVENTS_WORLD_BOOK_DAY')!).toBeLessThanOrEqual(
      all.get('LLL_ACTIVITIES')!,
    );
  });
});

const stored = (over: Partial<StoredValue>): StoredValue => ({
  value: null,
  comment: null,
  source: 'entry',
  auto: null,
  ...over,
});

describe('planAutoChanges', () => {
  it('writes a new figure as an automatic value, and no zero where there was no figure', () => {
    const changes = planAutoChanges(
      new Map([
        ['LLL_ACTIVITIES', 2],
        ['EVENTS_WORLD_BOOK_DAY', 0],
      ]),
      {},
    );
    expect(changes).toEqual([{ element: 'LLL_ACTIVITIES', value: 2, autoValue: 2, source: 'auto' }]);
  });

  it('lets a value that still equals its figure, or an empty one, follow the new figure', () => {
    const changes = planAutoChanges(
      new Map([
        ['LLL_ACTIVITIES', 3],
        ['LLL_PARTICIPANTS', 50],
        ['EXHIBITIONS_HELD', 1],
      ]),
      {
        LLL_ACTIVITIES: stored({ value: 2, auto: 2, source: 'auto' }),
        // Typed back to the figure by a person: still following it.
        LLL_PARTICIPANTS: stored({ value: 35, auto: 35, source: 'entry' }),
        // A comment about another thing on a field nobody filled in.
        EXHIBITIONS_HELD: stored({ value: null, comment: 'Chưa tổ chức', auto: null }),
      },
    );
    expect(changes).toEqual([
      { element: 'LLL_ACTIVITIES', value: 3, autoValue: 3, source: 'auto' },
      { element: 'LLL_PARTICIPANTS', value: 50, autoValue: 50, source: 'auto' },
      { element: 'EXHIBITIONS_HELD', value: 1, autoValue: 1, source: 'auto' },
    ]);
  });

  it('keeps a person’s value and moves only the figure beside it', () => {
    const changes = planAutoChanges(
      new Map([
        ['LLL_PARTICIPANTS', 42],
        ['LLL_ACTIVITIES', 3],
        ['EVENTS_LLL_WEEK', 1],
      ]),
      {
        LLL_PARTICIPANTS: stored({ value: 40, comment: 'Thêm buổi ngoài trời', auto: 35 }),
        // Typed before the activities gave any figure.
        LLL_ACTIVITIES: stored({ value: 8, auto: null, source: 'import' }),
        // Emptied on purpose, with the reason.
        EVENTS_LLL_WEEK: stored({ value: null, comment: 'Tuần lễ tổ chức chung với xã', auto: 1 }),
      },
    );
    expect(changes).toEqual([
      { element: 'LLL_PARTICIPANTS', value: 40, autoValue: 42, source: 'entry' },
      { element: 'LLL_ACTIVITIES', value: 8, autoValue: 3, source: 'import' },
    ]);
  });

  it('writes nothing when nothing moved, and corrects an earlier figure down to zero', () => {
    expect(
      planAutoChanges(new Map([['LLL_ACTIVITIES', 2]]), {
        LLL_ACTIVITIES: stored({ value: 2, auto: 2, source: 'auto' }),
      }),
    ).toEqual([]);
    expect(
      planAutoChanges(new Map([['EVENTS_WORLD_BOOK_DAY', 0]]), {
        EVENTS_WORLD_BOOK_DAY: stored({ value: 1, auto: 1, source: 'auto' }),
      }),
    ).toEqual([{ element: 'EVENTS_WORLD_BOOK_DAY', value: 0, autoValue: 0, source: 'auto' }]);
  });
});
