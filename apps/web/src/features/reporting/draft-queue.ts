import {
  type FieldConflict,
  NARRATIVE_KEYS,
  type NarrativeKey,
  parseValue,
  type ReportDetail,
  type ReportValue,
  type SaveReport,
  type ValueType,
} from '@suotdoi/shared';

/**
 * Bản nháp chưa gửi: the changes typed into a report that the server has not stored yet. Pure functions over a
 * plain object, so the page can keep it in localStorage (a reload or a dropped connection loses nothing) and
 * tests can drive it without a browser.
 *
 * Every changed field remembers its `base`, the stored value the person last saw. The server compares bases
 * field by field when the report moved on (two people never overwrite each other silently); the queue does the
 * same against each fresh copy of the report (`rebaseDraft`), so a conflict shows even before the next save.
 */

/** A stored value and comment as the server holds them. */
export interface FieldBase {
  value: ReportValue;
  comment: string | null;
}

/** One changed field: the text as typed (it may not parse yet), its comment, and what it started from. */
export interface DraftField {
  value: string;
  comment: string | null;
  base: FieldBase;
}

export type DraftConflict =
  | { field: string; kind: 'element'; yours: FieldBase; theirs: FieldBase; base: FieldBase }
  | { field: string; kind: 'narrative'; key: NarrativeKey; yours: string; theirs: string; base: string };

export interface Draft {
  /** The report version the bases were read at. */
  baseVersion: number;
  fields: Record<string, DraftField>;
  narrative: Partial<Record<NarrativeKey, string>>;
  narrativeBase: Partial<Record<NarrativeKey, string>>;
  /** Fields changed on both sides, held back from saving until the person chooses. */
  conflicts: Record<string, DraftConflict>;
}

/** What one save carried, to drop exactly that from the queue when the server confirms it. */
export interface SentSnapshot {
  /** The text as typed, and what the server holds once it accepts the save. */
  fields: Record<string, { value: string; comment: string | null; saved: FieldBase }>;
  narrative: Partial<Record<NarrativeKey, string>>;
}

export type ValueTypes = Record<string, ValueType>;

const EMPTY_BASE: FieldBase = { value: null, comment: null };

export const draftStorageKey = (reportId: number) => `suotdoi.draft.${reportId}`;

export function emptyDraft(version: number): Draft {
  return { baseVersion: version, fields: {}, narrative: {}, narrativeBase: {}, conflicts: {} };
}

/** '' and whitespace mean no comment. */
export function normalizeComment(comment: string | null | undefined): string | null {
  return comment?.trim() ? comment : null;
}

export const sameBase = (a: FieldBase, b: FieldBase) =>
  (a.value ?? null) === (b.value ?? null) && normalizeComment(a.comment) === normalizeComment(b.comment);

/** The stored value and comment of a field in a report copy. */
export function storedOf(detail: Pick<ReportDetail, 'values'>, code: string): FieldBase {
  const stored = detail.values[code];
  return stored ? { value: stored.value, comment: stored.comment } : EMPTY_BASE;
}

const narrativeOf = (detail: Pick<ReportDetail, 'narrative'>, key: NarrativeKey) =>
  detail.narrative[key] ?? '';

/** The typed text as a stored value, or null when it does not parse (the field shows why). */
function parsedOf(entry: { value: string; comment: string | null }, type: ValueType): FieldBase | null {
  const parsed = parseValue(entry.value, type);
  return parsed.ok ? { value: parsed.value, comment: normalizeComment(entry.comment) } : null;
}

/** How many changes wait to be stored (fields and narrative parts). */
export function pendingCount(draft: Draft): number {
  return Object.keys(draft.fields).length + Object.keys(draft.narrative).length;
}

/** Fields whose typed text does not parse: they wait for the person, not for the network. */
export function invalidFields(draft: Draft, types: ValueTypes): string[] {
  return Object.entries(draft.fields)
    .filter(([code, entry]) => {
      const type = types[code];
      return !type || !parsedOf(entry, type);
    })
    .map(([code]) => code);
}

export function isPending(draft: Draft, field: string): boolean {
  if (field.startsWith('narrative.')) return field.slice(10) in draft.narrative;
  return field in draft.fields;
}

/**
 * Records a field as the person left it. The base is the stored value at the first change and stays put after;
 * typing back the stored value removes the change (nothing to send).
 */
export function editField(
  draft: Draft,
  code: string,
  next: { value: string; comment: string | null },
  stored: FieldBase,
  type: ValueType,
): Draft {
  const base = draft.fields[code]?.base ?? stored;
  const parsed = parsedOf(next, type);
  const fields = { ...draft.fields };
  const conflicts = { ...draft.conflicts };
  if (parsed && sameBase(parsed, base)) {
    delete fields[code];
    delete conflicts[code];
  } else {
    fields[code] = { value: next.value, comment: normalizeComment(next.comment), base };
  }
  return { ...draft, fields, conflicts };
}

/** Records a narrative part; typing back the stored text removes the change. */
export function editNarrative(draft: Draft, key: NarrativeKey, text: string, stored: string): Draft {
  const base = draft.narrativeBase[key] ?? stored;
  const narrative = { ...draft.narrative };
  const narrativeBase = { ...draft.narrativeBase };
  const conflicts = { ...draft.conflicts };
  if (text === base) {
    delete narrative[key];
    delete narrativeBase[key];
    delete conflicts[`narrative.${key}`];
  } else {
    narrative[key] = text;
    narrativeBase[key] = base;
  }
  return { ...draft, narrative, narrativeBase, conflicts };
}

/**
 * The body of the next save: every change that parses and is not in conflict, each with its base. Null when
 * there is nothing to send. Fields that do not parse are listed in `invalid` and wait for the person.
 */
export function buildSave(
  draft: Draft,
  types: ValueTypes,
): { body: SaveReport; sent: SentSnapshot; invalid: string[] } | null {
  const values: SaveReport['values'] = [];
  const sent: SentSnapshot = { fields: {}, narrative: {} };
  const invalid: string[] = [];
  for (const [code, entry] of Object.entries(draft.fields)) {
    if (draft.conflicts[code]) continue;
    const type = types[code];
    const parsed = type ? parsedOf(entry, type) : null;
    if (!parsed) {
      invalid.push(code);
      continue;
    }
    const change: SaveReport['values'][number] = { element: code, value: parsed.value, base: entry.base };
    // An untouched comment is not sent, so someone else's new comment is not a conflict with my number.
    if (parsed.comment !== normalizeComment(entry.base.comment)) change.comment = parsed.comment;
    values.push(change);
    sent.fields[code] = {
      value: entry.value,
      comment: entry.comment,
      saved: {
        value: parsed.value,
        comment: change.comment === undefined ? entry.base.comment : parsed.comment,
      },
    };
  }
  const narrative: SaveReport['narrative'] = {};
  const narrativeBase: SaveReport['narrativeBase'] = {};
  for (const key of NARRATIVE_KEYS) {
    const text = draft.narrative[key];
    if (text === undefined || draft.conflicts[`narrative.${key}`]) continue;
    narrative[key] = text;
    narrativeBase[key] = draft.narrativeBase[key] ?? '';
    sent.narrative[key] = text;
  }
  const hasNarrative = Object.keys(narrative).length > 0;
  if (values.length === 0 && !hasNarrative) return null;
  const body: SaveReport = { version: draft.baseVersion, values };
  if (hasNarrative) {
    body.narrative = narrative;
    body.narrativeBase = narrativeBase;
  }
  return { body, sent, invalid };
}

/**
 * Compares the queue with a fresh copy of the report: a change the server already holds is dropped; a change
 * whose field someone else moved since its base becomes a conflict; the rest now rests on `detail.version`.
 */
export function rebaseDraft(draft: Draft, detail: ReportDetail, types: ValueTypes): Draft {
  const fields: Draft['fields'] = {};
  const conflicts: Draft['conflicts'] = {};
  for (const [code, entry] of Object.entries(draft.fields)) {
    const stored = storedOf(detail, code);
    const type = types[code];
    if (!type) continue; // the element left the form
    const yours = parsedOf(entry, type);
    if (yours && sameBase(yours, stored)) continue;
    fields[code] = entry;
    if (!sameBase(stored, entry.base)) {
      conflicts[code] = {
        field: code,
        kind: 'element',
        yours: yours ?? { value: entry.value, comment: entry.comment },
        theirs: stored,
        base: entry.base,
      };
    }
  }
  const narrative: Draft['narrative'] = {};
  const narrativeBase: Draft['narrativeBase'] = {};
  for (const key of NARRATIVE_KEYS) {
    const text = draft.narrative[key];
    if (text === undefined) continue;
    const stored = narrativeOf(detail, key);
    if (text === stored) continue;
    const base = draft.narrativeBase[key] ?? '';
    narrative[key] = text;
    narrativeBase[key] = base;
    if (stored !== base) {
      conflicts[`narrative.${key}`] = {
        field: `narrative.${key}`,
        kind: 'narrative',
        key,
        yours: text,
        theirs: stored,
        base,
      };
    }
  }
  return { baseVersion: detail.version, fields, narrative, narrativeBase, conflicts };
}

/**
 * After a save succeeded: drops what was sent; a field typed over while the save was on its way stays, now
 * resting on the value just saved. Then rebases on the answer.
 */
export function applySaved(draft: Draft, sent: SentSnapshot, detail: ReportDetail, types: ValueTypes): Draft {
  const fields = { ...draft.fields };
  for (const [code, was] of Object.entries(sent.fields)) {
    const now = fields[code];
    if (!now) continue;
    if (now.value === was.value && now.comment === was.comment) delete fields[code];
    else fields[code] = { ...now, base: was.saved };
  }
  const narrative = { ...draft.narrative };
  const narrativeBase = { ...draft.narrativeBase };
  for (const key of NARRATIVE_KEYS) {
    const text = sent.narrative[key];
    if (text === undefined || narrative[key] === undefined) continue;
    if (narrative[key] === text) {
      delete narrative[key];
      delete narrativeBase[key];
    } else {
      narrativeBase[key] = text;
    }
  }
  return rebaseDraft({ ...draft, fields, narrative, narrativeBase }, detail, types);
}

const asBase = (v: unknown): FieldBase => {
  const o = (v && typeof v === 'object' ? v : {}) as { value?: unknown; comment?: unknown };
  const value = typeof o.value === 'number' || typeof o.value === 'string' ? o.value : null;
  return { value, comment: typeof o.comment === 'string' ? o.comment : null };
};

/** The conflicts of a 409 answer, held back until the person chooses. */
export function applyServerConflicts(draft: Draft, conflicts: readonly FieldConflict[]): Draft {
  const next = { ...draft.conflicts };
  for (const c of conflicts) {
    if (c.field.startsWith('narrative.')) {
      const key = c.field.slice(10) as NarrativeKey;
      if (!NARRATIVE_KEYS.includes(key)) continue;
      const text = (v: unknown) => (typeof v === 'string' ? v : '');
      next[c.field] = {
        field: c.field,
        kind: 'narrative',
        key,
        yours: text(c.yours),
        theirs: text(c.theirs),
        base: text(c.base),
      };
    } else {
      next[c.field] = {
        field: c.field,
        kind: 'element',
        yours: asBase(c.yours),
        theirs: asBase(c.theirs),
        base: asBase(c.base),
      };
    }
  }
  return { ...draft, conflicts: next };
}

/** "Giữ của tôi": my change stays and rests on their value, so the next save overwrites it knowingly. */
export function keepMine(draft: Draft, field: string): Draft {
  const conflict = draft.conflicts[field];
  if (!conflict) return draft;
  const conflicts = { ...draft.conflicts };
  delete conflicts[field];
  if (conflict.kind === 'narrative') {
    if (draft.narrative[conflict.key] === undefined) return { ...draft, conflicts };
    return {
      ...draft,
      conflicts,
      narrativeBase: { ...draft.narrativeBase, [conflict.key]: conflict.theirs },
    };
  }
  const entry = draft.fields[field];
  if (!entry) return { ...draft, conflicts };
  return { ...draft, conflicts, fields: { ...draft.fields, [field]: { ...entry, base: conflict.theirs } } };
}

/** "Lấy của họ": my change is dropped and the field shows the stored value. */
export function takeTheirs(draft: Draft, field: string): Draft {
  const conflicts = { ...draft.conflicts };
  delete conflicts[field];
  if (field.startsWith('narrative.')) {
    const key = field.slice(10) as NarrativeKey;
    const narrative = { ...draft.narrative };
    const narrativeBase = { ...draft.narrativeBase };
    delete narrative[key];
    delete narrativeBase[key];
    return { ...draft, conflicts, narrative, narrativeBase };
  }
  const fields = { ...draft.fields };
  delete fields[field];
  return { ...draft, conflicts, fields };
}

/** The values and comments the rules see: stored ones overlaid with the queue's (a bad entry counts as empty). */
export function effectiveValues(
  detail: Pick<ReportDetail, 'values'>,
  draft: Draft,
  types: ValueTypes,
): { values: Record<string, ReportValue>; comments: Record<string, string | undefined> } {
  const values: Record<string, ReportValue> = {};
  const comments: Record<string, string | undefined> = {};
  for (const [code, stored] of Object.entries(detail.values)) {
    values[code] = stored.value;
    comments[code] = stored.comment ?? undefined;
  }
  for (const [code, entry] of Object.entries(draft.fields)) {
    const type = types[code];
    const parsed = type ? parseValue(entry.value, type) : null;
    values[code] = parsed?.ok ? parsed.value : null;
    comments[code] = normalizeComment(entry.comment) ?? undefined;
  }
  return { values, comments };
}

export function serializeDraft(draft: Draft): string {
  return JSON.stringify(draft);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** A stored draft, or null when the text is missing or not a draft (an older shape, a hand edit). */
export function parseDraft(text: string | null): Draft | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw) || typeof raw.baseVersion !== 'number' || !isRecord(raw.fields)) return null;
  const fields: Draft['fields'] = {};
  for (const [code, entry] of Object.entries(raw.fields)) {
    if (!isRecord(entry) || typeof entry.value !== 'string') continue;
    fields[code] = {
      value: entry.value,
      comment: typeof entry.comment === 'string' ? entry.comment : null,
      base: asBase(entry.base),
    };
  }
  const narrative: Draft['narrative'] = {};
  const narrativeBase: Draft['narrativeBase'] = {};
  const rawNarrative = isRecord(raw.narrative) ? raw.narrative : {};
  const rawBase = isRecord(raw.narrativeBase) ? raw.narrativeBase : {};
  for (const key of NARRATIVE_KEYS) {
    const text = rawNarrative[key];
    if (typeof text !== 'string') continue;
    narrative[key] = text;
    narrativeBase[key] = typeof rawBase[key] === 'string' ? (rawBase[key] as string) : '';
  }
  // Conflicts are recomputed against the fresh report on load (rebaseDraft), so they are not trusted from disk.
  return { baseVersion: raw.baseVersion, fields, narrative, narrativeBase, conflicts: {} };
}
