/** The plan lineage as a small tree: the plans above (one level each, top first), this plan, the plans below. */

export interface LineageRef {
  planId: number | null;
  key: string | null;
  symbol: string | null;
  title: string | null;
}

export interface LineageNode {
  key: string;
  refs: LineageRef[];
  current: boolean;
  children: LineageNode[];
}

const refKey = (r: LineageRef, i: number) => String(r.planId ?? r.key ?? r.symbol ?? i);

/**
 * Nests the levels: `ancestors[0]` (the top, e.g. Program 1520) holds the next level, and so on down to this
 * plan, whose children are the plans that implement it. Several plans at one level (Khánh Hòa's department
 * plan implements both 4538/KH-UBND and 1346/QĐ-BVHTTDL) share one node.
 */
export function lineageChain(
  ancestors: readonly (readonly LineageRef[])[],
  self: LineageRef,
  children: readonly LineageRef[],
): LineageNode[] {
  let node: LineageNode = {
    key: `self-${refKey(self, 0)}`,
    refs: [self],
    current: true,
    children: children.map((c, i) => ({
      key: `child-${refKey(c, i)}`,
      refs: [c],
      current: false,
      children: [],
    })),
  };
  for (let level = ancestors.length - 1; level >= 0; level--) {
    const refs = [...ancestors[level]!];
    node = { key: `up${level}-${refs.map(refKey).join('+')}`, refs, current: false, children: [node] };
  }
  return [node];
}
