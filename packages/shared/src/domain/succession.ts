import type { IsoDate } from './dates';

/**
 * Kế thừa: where a unit's history goes on a given date. The new Ninh Bình's 2024 figure is old Ninh Bình +
 * Hà Nam + Nam Định; a commune split in two hands each half its share. The server has the same function in SQL
 * (units.service findSuccessors); tests check that the two agree.
 */

/** One lineage link: on `date`, the share `weight` of `fromId` went to `toId`. */
export interface LineageEdge {
  fromId: number;
  toId: number;
  date: IsoDate;
  weight: number;
}

export interface SuccessionOptions {
  /**
   * Whether a unit is valid on the date asked. A valid unit is its own successor even if it has lineage on an
   * earlier date (a commune that gave away part of its land continues). Without it, a unit is terminal when it
   * has no lineage on or before the date.
   */
  isValid?: (unitId: number) => boolean;
}

/** Lineage is a DAG ordered by date; a chain longer than this means a cycle in the data. */
export const MAX_SUCCESSION_DEPTH = 64;

/** Edges grouped by source, built once and reused across many units (e.g. re-aggregating every commune). */
export class SuccessionIndex {
  private readonly bySource = new Map<number, LineageEdge[]>();

  constructor(edges: Iterable<LineageEdge>) {
    for (const edge of edges) {
      const list = this.bySource.get(edge.fromId);
      if (list) list.push(edge);
      else this.bySource.set(edge.fromId, [edge]);
    }
  }

  /**
   * The edges a unit's history follows on `date`: those of its last event on or before the date. Only the
   * last one, because an ended unit's final event hands over all of it (weights summing to 1); earlier events
   * of a unit that continued moved only part of it, and that part was already mapped by the earlier event.
   */
  outgoing(unitId: number, date: IsoDate): LineageEdge[] {
    const edges = this.bySource.get(unitId);
    if (!edges) return [];
    let last: IsoDate | null = null;
    for (const e of edges) if (e.date <= date && (last === null || e.date > last)) last = e.date;
    return last === null ? [] : edges.filter((e) => e.date === last);
  }

  /** Maps a weighted set of units to their successors on `date`; weights multiply along a path and add up. */
  map(
    weights: ReadonlyMap<number, number>,
    date: IsoDate,
    options: SuccessionOptions = {},
  ): Map<number, number> {
    const result = new Map<number, number>();
    const visit = (unitId: number, weight: number, depth: number) => {
      if (depth > MAX_SUCCESSION_DEPTH)
        throw new Error(`lineage deeper than ${MAX_SUCCESSION_DEPTH} at ${unitId}`);
      const edges = options.isValid?.(unitId) ? [] : this.outgoing(unitId, date);
      if (edges.length === 0) {
        result.set(unitId, (result.get(unitId) ?? 0) + weight);
        return;
      }
      for (const e of edges) visit(e.toId, weight * e.weight, depth + 1);
    };
    for (const [unitId, weight] of weights) visit(unitId, weight, 0);
    return result;
  }
}

/**
 * The successors of one unit on `date` with the share of it each received. A unit valid on the date (or with no
 * lineage by then) maps to itself with weight 1.
 */
export function successorsAt(
  edges: Iterable<LineageEdge> | SuccessionIndex,
  unitId: number,
  date: IsoDate,
  options: SuccessionOptions = {},
): Map<number, number> {
  const index = edges instanceof SuccessionIndex ? edges : new SuccessionIndex(edges);
  return index.map(new Map([[unitId, 1]]), date, options);
}
