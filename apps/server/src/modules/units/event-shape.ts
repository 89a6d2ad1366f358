import { AppError, CREATABLE_UNIT_KINDS, type CreateEvent, type ReasonCode } from '@suotdoi/shared';

export interface EventProblem {
  field: string;
  reason: ReasonCode;
  value?: string;
  message?: string;
}

/** Weights are decimals typed by a person (0.33 + 0.33 + 0.34): equal to 1 within this tolerance. */
const WEIGHT_TOLERANCE = 1e-6;

/**
 * What a restructuring event must look like before the database is asked anything: every problem at once, as
 * INVALID_EVENT with `details.problems`.
 * - merge, split, dissolve end units; each ended unit's edges carry all of it (weights summing to 1), except that
 *   a dissolved unit may have no successor at all.
 * - rename and move keep the unit's identity: no units ended or created, no edges.
 */
export function checkEventShape(input: CreateEvent): void {
  const problems: EventProblem[] = [];
  const add = (field: string, reason: ReasonCode, value?: string, message?: string) =>
    problems.push({ field, reason, value, message });
  const identityKept = input.kind === 'rename' || input.kind === 'move';

  if (identityKept) {
    if (input.kind === 'rename' && !input.rename) add('rename', 'required');
    if (input.kind === 'move' && !input.move) add('move', 'required');
    if (input.endUnitIds.length)
      add('endUnitIds', 'invalid_value', undefined, `a ${input.kind} ends no unit`);
    if (input.newUnits.length) add('newUnits', 'invalid_value', undefined, `a ${input.kind} creates no unit`);
    if (input.edges.length) add('edges', 'invalid_value', undefined, `a ${input.kind} has no lineage edges`);
  } else {
    if (input.endUnitIds.length === 0) add('endUnitIds', 'required');
    if (input.rename) add('rename', 'invalid_value', undefined, `only a rename event renames`);
    if (input.move) add('move', 'invalid_value', undefined, `only a move event moves`);
  }
  if (input.move && input.move.unitId === input.move.parentId)
    add('move.parentId', 'invalid_value', String(input.move.parentId));

  const ended = new Set(input.endUnitIds);
  if (ended.size !== input.endUnitIds.length)
    add('endUnitIds', 'invalid_value', undefined, 'a unit is listed twice');

  const keys = new Set<string>();
  const codes = new Set<string>();
  for (const [i, n] of input.newUnits.entries()) {
    if (keys.has(n.key)) add(`newUnits.${i}.key`, 'invalid_value', n.key, 'keys must be unique');
    keys.add(n.key);
    if (codes.has(`${n.level}:${n.code}`)) add(`newUnits.${i}.code`, 'duplicate_in_file', n.code);
    codes.add(`${n.level}:${n.code}`);
    if (!(CREATABLE_UNIT_KINDS as readonly string[]).includes(n.level))
      add(`newUnits.${i}.level`, 'invalid_value', n.level);
    if (n.parentId === null) add(`newUnits.${i}.parentId`, 'required');
  }

  const sums = new Map<number, number>();
  const pairs = new Set<string>();
  for (const [i, e] of input.edges.entries()) {
    if ((e.toUnitId === undefined) === (e.toNewKey === undefined)) {
      add(`edges.${i}`, 'invalid_value', undefined, 'give exactly one of toUnitId and toNewKey');
      continue;
    }
    if (e.toNewKey !== undefined && !keys.has(e.toNewKey))
      add(`edges.${i}.toNewKey`, 'unknown_unit', e.toNewKey);
    if (!ended.has(e.fromUnitId))
      add(`edges.${i}.fromUnitId`, 'invalid_value', String(e.fromUnitId), 'not among endUnitIds');
    if (e.toUnitId !== undefined && (e.toUnitId === e.fromUnitId || ended.has(e.toUnitId))) {
      add(`edges.${i}.toUnitId`, 'invalid_value', String(e.toUnitId), 'a unit this event ends');
    }
    const pair = `${e.fromUnitId}>${e.toUnitId ?? `new:${e.toNewKey}`}`;
    if (pairs.has(pair)) add(`edges.${i}`, 'duplicate_in_file', pair);
    pairs.add(pair);
    sums.set(e.fromUnitId, (sums.get(e.fromUnitId) ?? 0) + e.weight);
  }
  for (const id of identityKept ? [] : ended) {
    const sum = sums.get(id);
    if (sum === undefined) {
      if (input.kind !== 'dissolve')
        add('edges', 'required', String(id), `unit ${id} ends without a successor`);
    } else if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
      add('edges.weight', 'invalid_value', String(id), `the weights of unit ${id} sum to ${sum}, not 1`);
    }
  }
  if (problems.length > 0)
    throw new AppError('INVALID_EVENT', problems.map((p) => p.message ?? p.reason).join('; '), { problems });
}
