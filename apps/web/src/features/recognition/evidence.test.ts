import type { EvidenceOptions } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  choicesOfLinks,
  evidenceChoices,
  evidenceHref,
  evidenceInputOf,
  evidenceKeyOf,
  evidenceKindOf,
  evidenceLabelOf,
  toEvidenceForm,
  toEvidenceInputs,
} from './evidence';
import { recognition } from './test-support';

const options: EvidenceOptions = {
  activities: [
    { id: 12, title: 'Ngày Sách 21/4', startsAt: '2026-04-21T01:00:00.000Z', status: 'completed' },
  ],
  indicators: [{ indicator: 'LIB_VISITS', year: 2026, label: 'Lượt bạn đọc', value: '152.300' }],
  tasks: [{ id: 5, code: '2.1', title: 'Phát triển văn hóa đọc', status: 'in_progress' }],
  goodModels: [{ id: 3, title: 'Tủ sách cộng đồng' }],
};
const words = {
  date: (v: string) => `d(${v.slice(0, 10)})`,
  activityStatus: (s: string) => `a(${s})`,
  taskStatus: (s: string) => `t(${s})`,
};

describe('evidence keys', () => {
  it('go from a link to a key and back for every kind', () => {
    for (const link of [
      { kind: 'activity', activityId: 12 },
      { kind: 'indicator', indicator: 'LIB_VISITS', year: 2026 },
      { kind: 'task', taskId: 5 },
      { kind: 'good_model', goodModelId: 3 },
    ] as const) {
      expect(evidenceInputOf(evidenceKeyOf(link))).toEqual(link);
    }
  });

  it('keep an indicator code that holds a colon whole', () => {
    expect(evidenceInputOf('indicator:2026:A:B')).toEqual({
      kind: 'indicator',
      indicator: 'A:B',
      year: 2026,
    });
  });

  it('give the same key for a link read back as for the link sent', () => {
    const [activity, indicator] = recognition().evidence;
    expect(evidenceKeyOf(activity!)).toBe('activity:12');
    expect(evidenceKeyOf(indicator!)).toBe('indicator:2026:LIB_VISITS');
  });

  it('refuse keys that are not links', () => {
    expect(evidenceInputOf('activity:abc')).toBeNull();
    expect(evidenceInputOf('activity:0')).toBeNull();
    expect(evidenceInputOf('meeting:3')).toBeNull();
    expect(evidenceInputOf('indicator:2026:')).toBeNull();
    expect(evidenceKindOf('meeting:3')).toBeNull();
    expect(
      toEvidenceInputs({ activity: ['activity:x', 'activity:4'], indicator: [], task: [], good_model: [] }),
    ).toEqual([{ kind: 'activity', activityId: 4 }]);
  });

  it('sort a nomination read back into its pickers', () => {
    expect(toEvidenceForm(recognition().evidence)).toEqual({
      activity: ['activity:12'],
      indicator: ['indicator:2026:LIB_VISITS'],
      task: [],
      good_model: [],
    });
  });
});

describe('evidenceChoices', () => {
  it('name each option with a second line: the date and status, the figure and year, the task status', () => {
    const choices = evidenceChoices(options, words);
    expect(choices.activity).toEqual([
      {
        key: 'activity:12',
        kind: 'activity',
        label: 'Ngày Sách 21/4',
        detail: 'd(2026-04-21) · a(completed)',
      },
    ]);
    expect(choices.indicator).toEqual([
      {
        key: 'indicator:2026:LIB_VISITS',
        kind: 'indicator',
        label: 'Lượt bạn đọc',
        detail: '152.300 (2026)',
      },
    ]);
    expect(choices.task).toEqual([
      { key: 'task:5', kind: 'task', label: '2.1 Phát triển văn hóa đọc', detail: 't(in_progress)' },
    ]);
    expect(choices.good_model).toEqual([
      { key: 'good_model:3', kind: 'good_model', label: 'Tủ sách cộng đồng', detail: '' },
    ]);
  });

  it('offer nothing before the options are read', () => {
    expect(evidenceChoices(undefined, words)).toEqual({
      activity: [],
      indicator: [],
      task: [],
      good_model: [],
    });
  });

  it('name the links a nomination already holds with the labels frozen in it', () => {
    expect(choicesOfLinks(recognition().evidence).map((c) => [c.key, c.label, c.detail])).toEqual([
      ['activity:12', 'Ngày Sách 21/4', ''],
      ['indicator:2026:LIB_VISITS', 'Lượt bạn đọc', '152.300 (2026)'],
    ]);
  });
});

describe('evidenceLabelOf', () => {
  it('names a link sent by the option it was picked from, else by the nomination it was saved in', () => {
    expect(evidenceLabelOf('indicator:2026:LIB_VISITS', options)).toBe('Lượt bạn đọc');
    expect(evidenceLabelOf('task:5', options)).toBe('2.1 Phát triển văn hóa đọc');
    expect(evidenceLabelOf('activity:12', undefined, recognition().evidence)).toBe('Ngày Sách 21/4');
    expect(evidenceLabelOf('activity:99', options, recognition().evidence)).toBeUndefined();
  });
});

describe('evidenceHref', () => {
  it('opens an activity and a good model at their pages', () => {
    expect(evidenceHref({ kind: 'activity', refId: 12 })).toBe('/activities/12');
    expect(evidenceHref({ kind: 'good_model', refId: 3 })).toBe('/good-models/3');
  });

  it("opens a task at its plan's tasks once the plan is known", () => {
    expect(evidenceHref({ kind: 'task', refId: 5 }, 40)).toBe('/plans/40?tab=tasks');
    expect(evidenceHref({ kind: 'task', refId: 5 })).toBeNull();
  });

  it('opens nothing for an indicator: its figure shows in place', () => {
    expect(evidenceHref({ kind: 'indicator', refId: null })).toBeNull();
  });
});
