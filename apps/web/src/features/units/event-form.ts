import type { CreateEvent, LineageKind, UnitKind } from '@suotdoi/shared';

/** A new unit typed into the event form; `key` names it in edges before it has an id. */
export interface NewUnitValues {
  key: string;
  code?: string;
  name?: string;
  level?: UnitKind;
  typeName?: string | null;
  parentId?: number | null;
}

/** An edge's target: an existing unit id, or `new:<key>` for a unit the event creates. */
export type EdgeTarget = number | string;

export interface EdgeValues {
  fromUnitId?: number;
  to?: EdgeTarget;
  weight?: number | null;
}

export interface EventFormValues {
  kind: LineageKind;
  date?: string | null;
  legalRef?: string;
  note?: string;
  endUnitIds?: number[];
  newUnits?: NewUnitValues[];
  edges?: EdgeValues[];
  renameUnitId?: number;
  renameName?: string;
  renameTypeName?: string | null;
  moveUnitId?: number;
  moveParentId?: number;
}

export const NEW_PREFIX = 'new:';

/** Which parts of the form an event kind uses. */
export function sectionsFor(kind: LineageKind) {
  return {
    endUnits: kind === 'merge' || kind === 'split' || kind === 'dissolve',
    newUnits: kind === 'merge' || kind === 'split',
    edges: kind === 'merge' || kind === 'split' || kind === 'dissolve',
    rename: kind === 'rename',
    move: kind === 'move',
  };
}

function clean(value: string | null | undefined): string | null {
  const text = value?.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return text ? text : null;
}

/** The form's values as the CreateEvent body, keeping only the parts the kind uses. */
export function toCreateEvent(values: EventFormValues): CreateEvent {
  const s = sectionsFor(values.kind);
  const body: CreateEvent = {
    kind: values.kind,
    date: values.date ?? '',
    legalRef: clean(values.legalRef),
    note: clean(values.note),
    endUnitIds: s.endUnits ? [...new Set(values.endUnitIds ?? [])] : [],
    newUnits: s.newUnits
      ? (values.newUnits ?? []).map((u) => ({
          key: u.key,
          code: (u.code ?? '').trim(),
          name: clean(u.name) ?? '',
          level: u.level ?? 'commune',
          typeName: clean(u.typeName),
          parentId: u.parentId ?? null,
        }))
      : [],
    edges: s.edges
      ? (values.edges ?? [])
          .filter((e) => e.fromUnitId !== undefined && e.to !== undefined && e.to !== null)
          .map((e) => {
            const weight = e.weight ?? 1;
            if (typeof e.to === 'string' && e.to.startsWith(NEW_PREFIX)) {
              return { fromUnitId: e.fromUnitId!, toNewKey: e.to.slice(NEW_PREFIX.length), weight };
            }
            return { fromUnitId: e.fromUnitId!, toUnitId: Number(e.to), weight };
          })
      : [],
  };
  if (s.rename && values.renameUnitId !== undefined) {
    body.rename = { unitId: values.renameUnitId, name: clean(values.renameName) ?? '' };
    const typeName = clean(values.renameTypeName);
    if (typeName) body.rename.typeName = typeName;
  }
  if (s.move && values.moveUnitId !== undefined && values.moveParentId !== undefined) {
    body.move = { unitId: values.moveUnitId, parentId: values.moveParentId };
  }
  return body;
}

/**
 * The source units whose outgoing weights do not add up to 1 (each ended unit's whole goes somewhere), with
 * their sums. The server refuses such an event; the form warns first.
 */
export function unbalancedSources(edges: readonly EdgeValues[]): { fromUnitId: number; sum: number }[] {
  const sums = new Map<number, number>();
  for (const e of edges) {
    if (e.fromUnitId === undefined) continue;
    sums.set(e.fromUnitId, (sums.get(e.fromUnitId) ?? 0) + (e.weight ?? 1));
  }
  return [...sums]
    .filter(([, sum]) => Math.abs(sum - 1) > 1e-6)
    .map(([fromUnitId, sum]) => ({ fromUnitId, sum: Math.round(sum * 1e6) / 1e6 }));
}

/**
 * Edges from every ended unit to every new unit, each source's weight split evenly (rounded to 4 places, the last
 * edge taking the remainder so that the sum is exactly 1).
 */
export function suggestEdges(endUnitIds: readonly number[], newKeys: readonly string[]): EdgeValues[] {
  if (newKeys.length === 0) return [];
  const share = Math.round((1 / newKeys.length) * 10_000) / 10_000;
  return endUnitIds.flatMap((fromUnitId) =>
    newKeys.map((key, i) => ({
      fromUnitId,
      to: `${NEW_PREFIX}${key}`,
      weight:
        i === newKeys.length - 1 ? Math.round((1 - share * (newKeys.length - 1)) * 10_000) / 10_000 : share,
    })),
  );
}

/** The next unused key for a new unit: n1, n2, … */
export function nextNewKey(existing: readonly (NewUnitValues | undefined)[]): string {
  const used = new Set(existing.map((u) => u?.key));
  let i = 1;
  while (used.has(`n${i}`)) i += 1;
  return `n${i}`;
}
