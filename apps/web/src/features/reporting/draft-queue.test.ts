import type { ReportDetail } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  applySaved,
  applyServerConflicts,
  buildSave,
  type Draft,
  editField,
  editNarrative,
  effectiveValues,
  emptyDraft,
  keepMine,
  parseDraft,
  pendingCount,
  rebaseDraft,
  serializeDraft,
  storedOf,
  takeTheirs,
  type ValueTypes,
} from './draft-queue';

const types: ValueTypes = { VISITS: 'integer', SHARE: 'percent', OPEN: 'boolean', NOTE: 'text' };

function report(
  version: number,
  values: Record<string, { value: number | string | null; comment?: string | null }>,
  narrative: ReportDetail['narrative'] = {},
): ReportDetail {
  return {
    version,
    values: Object.fromEntries(
      Object.entries(values).map(([k, v]) => [
        k,
        { value: v.value, comment: v.comment ?? null, source: 'entry' },
      ]),
    ),
    narrative,
  } as unknown as ReportDetail;
}

const v1 = report(1, { VISITS: { value: 100 } });

function typed(draft: Draft, code: string, value: string, detail = v1, comment: string | null = null) {
  return editField(draft, code, { value, comment }, storedOf(detail, code), types[code]!);
}

describe('editField', () => {
  it('keeps the stored value as the base and the text as typed', () => {
    const draft = typed(emptyDraft(1), 'VISITS', '1.234');
    expect(draft.fields.VISITS).toEqual({
      value: '1.234',
      comment: null,
      base: { value: 100, comment: null },
    });
    expect(pendingCount(draft)).toBe(1);
  });

  it('keeps the first base when the field is typed again', () => {
    const once = typed(emptyDraft(1), 'VISITS', '150');
    const twice = typed(once, 'VISITS', '160', report(2, { VISITS: { value: 150 } }));
    expect(twice.fields.VISITS?.base.value).toBe(100);
  });

  it('drops the change when the stored value is typed back', () => {
    const draft = typed(typed(emptyDraft(1), 'VISITS', '150'), 'VISITS', '100');
    expect(pendingCount(draft)).toBe(0);
  });
});

describe('buildSave', () => {
  it('sends parsed values with their bases and the version they were read at', () => {
    const draft = typed(emptyDraft(1), 'VISITS', '1.234');
    const save = buildSave(draft, types);
    expect(save?.body).toEqual({
      version: 1,
      values: [{ element: 'VISITS', value: 1234, base: { value: 100, comment: null } }],
    });
  });

  it('holds back a field that does not parse and names it', () => {
    const draft = typed(typed(emptyDraft(1), 'VISITS', 'abc'), 'SHARE', '12,5');
    const save = buildSave(draft, types);
    expect(save?.invalid).toEqual(['VISITS']);
    expect(save?.body.values).toEqual([
      { element: 'SHARE', value: 12.5, base: { value: null, comment: null } },
    ]);
  });

  it('sends a comment only when it changed', () => {
    const draft = typed(emptyDraft(1), 'VISITS', '300', v1, 'Thêm điểm đọc sách');
    expect(buildSave(draft, types)?.body.values[0]?.comment).toBe('Thêm điểm đọc sách');
  });

  it('sends the narrative with what it started from', () => {
    const draft = editNarrative(emptyDraft(1), 'results', 'Tăng 20%', 'Cũ');
    expect(buildSave(draft, types)?.body).toMatchObject({
      narrative: { results: 'Tăng 20%' },
      narrativeBase: { results: 'Cũ' },
    });
  });

  it('answers null when there is nothing to send', () => {
    expect(buildSave(emptyDraft(1), types)).toBeNull();
  });
});

describe('applySaved', () => {
  it('empties the queue once the server holds the change', () => {
    const draft = typed(emptyDraft(1), 'VISITS', '150');
    const save = buildSave(draft, types)!;
    const after = applySaved(draft, save.sent, report(2, { VISITS: { value: 150 } }), types);
    expect(pendingCount(after)).toBe(0);
    expect(after.baseVersion).toBe(2);
  });

  it('keeps what was typed while the save was on its way, resting on the saved value', () => {
    const draft = typed(emptyDraft(1), 'VISITS', '150');
    const save = buildSave(draft, types)!;
    const meanwhile = typed(draft, 'VISITS', '155');
    const after = applySaved(meanwhile, save.sent, report(2, { VISITS: { value: 150 } }), types);
    expect(after.fields.VISITS?.value).toBe('155');
    expect(after.conflicts).toEqual({});
  });
});

describe('rebaseDraft', () => {
  it('turns a field someone else changed into a conflict', () => {
    const draft = typed(emptyDraft(1), 'VISITS', '150');
    const after = rebaseDraft(draft, report(3, { VISITS: { value: 120 } }), types);
    expect(after.conflicts.VISITS).toMatchObject({
      yours: { value: 150 },
      theirs: { value: 120 },
      base: { value: 100 },
    });
    expect(buildSave(after, types)).toBeNull();
  });

  it('leaves fields nobody else touched to merge', () => {
    const draft = typed(emptyDraft(1), 'SHARE', '40');
    const after = rebaseDraft(draft, report(3, { VISITS: { value: 120 } }), types);
    expect(after.conflicts).toEqual({});
    expect(buildSave(after, types)?.body.version).toBe(3);
  });
});

describe('resolving a conflict', () => {
  const conflicted = applyServerConflicts(typed(emptyDraft(1), 'VISITS', '150'), [
    {
      field: 'VISITS',
      yours: { value: 150, comment: null },
      theirs: { value: 120, comment: null },
      base: { value: 100, comment: null },
    },
  ]);

  it('re-sends mine on top of theirs with "Giữ của tôi"', () => {
    const kept = keepMine(conflicted, 'VISITS');
    expect(kept.conflicts).toEqual({});
    expect(buildSave(kept, types)?.body.values[0]).toMatchObject({
      value: 150,
      base: { value: 120, comment: null },
    });
  });

  it('drops mine with "Lấy của họ"', () => {
    const taken = takeTheirs(conflicted, 'VISITS');
    expect(pendingCount(taken)).toBe(0);
    expect(taken.conflicts).toEqual({});
  });
});

describe('effectiveValues', () => {
  it('overlays typed values on stored ones, a bad entry counting as empty', () => {
    const draft = typed(typed(emptyDraft(1), 'SHARE', '12,5'), 'VISITS', 'x');
    expect(effectiveValues(v1, draft, types).values).toEqual({ VISITS: null, SHARE: 12.5 });
  });
});

describe('parseDraft', () => {
  it('reads back what serializeDraft wrote', () => {
    const draft = editNarrative(typed(emptyDraft(4), 'NOTE', 'Ghi chú', v1, 'c'), 'proposals', 'Đề xuất', '');
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
  });

  it('refuses text that is not a draft', () => {
    expect(parseDraft('{"x":1}')).toBeNull();
    expect(parseDraft('not json')).toBeNull();
    expect(parseDraft(null)).toBeNull();
  });
});
