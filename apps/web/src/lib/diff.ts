/** A readable before/after of one audit entry: one row per changed leaf field. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'same';

export interface DiffRow {
  path: string;
  before: unknown;
  after: unknown;
  change: ChangeKind;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Objects are walked into dotted paths; arrays and scalars are compared as whole values. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  out.set(prefix, value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Compares two snapshots (either may be null: a creation has no before, a deletion no after) and returns every
 * field with what happened to it, changed fields first in the order they appear.
 */
export function diffValues(before: unknown, after: unknown): DiffRow[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, '', left);
  if (after !== null && after !== undefined) flatten(after, '', right);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  const rows = paths.map((path): DiffRow => {
    // null and absent read the same to a person: a phone filled in where there was none is "added".
    const hasBefore = left.get(path) !== undefined && left.get(path) !== null;
    const hasAfter = right.get(path) !== undefined && right.get(path) !== null;
    const b = left.get(path);
    const a = right.get(path);
    const change: ChangeKind =
      !hasBefore && !hasAfter
        ? 'same'
        : !hasBefore && hasAfter
          ? 'added'
          : hasBefore && !hasAfter
            ? 'removed'
            : same(b, a)
              ? 'same'
              : 'changed';
    return { path, before: b, after: a, change };
  });
  const rank = (row: DiffRow) => (row.change === 'same' ? 1 : 0);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => rank(x.row) - rank(y.row) || x.index - y.index)
    .map((x) => x.row);
}

/** A value as a person reads it: '—' for nothing, text as is, lists joined, anything else as compact JSON. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.length ? value.join(', ') : '—';
  }
  return JSON.stringify(value);
}
